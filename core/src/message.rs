//! A message to show for any code, documented or not.

use crate::catalog::lookup;
use crate::entry::Entry;
use crate::kinds::{Language, Space};
use core::fmt;

/// The text to show for `code` in `space`: the entry's summary when the code
/// is documented, otherwise a generic "Unknown error (web 12345)" in
/// `language`. Formats without allocating; use `to_string()` or `write!`.
pub fn message(space: Space, code: i32, language: Language) -> Message {
    message_wide(space, i64::from(code), language)
}

/// [`message`] for a code held in a wider integer (Swift's `Int`, Kotlin's
/// `Long`): a code outside the `i32` range is never documented and gets the
/// unknown-error text with the code as given.
pub fn message_wide(space: Space, code: i64, language: Language) -> Message {
    Message {
        space,
        code,
        language,
        entry: i32::try_from(code).ok().and_then(|code| lookup(space, code)),
    }
}

/// A displayable message for one code; see [`message`].
#[derive(Clone, Copy, Debug)]
pub struct Message {
    space: Space,
    code: i64,
    language: Language,
    entry: Option<&'static Entry>,
}

impl Message {
    /// The documented entry, when there is one.
    pub fn entry(&self) -> Option<&'static Entry> {
        self.entry
    }
}

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.entry, self.language) {
            (Some(entry), language) => f.write_str(entry.summary().get(language).as_str()),
            (None, Language::En) => write!(f, "Unknown error ({} {})", self.space, self.code),
            (None, Language::Zh) => write!(f, "未知错误（{} {}）", self.space, self.code),
        }
    }
}
