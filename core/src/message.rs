//! A message to show for any code, documented or not.

use crate::catalog::lookup;
use crate::entry::Entry;
use crate::kinds::{Language, Space};
use core::fmt;

/// The text to show for `code` in `space`: the entry's summary when the code
/// is documented, otherwise a generic "Unknown error (web 12345)" in
/// `language`. Formats without allocating; use `to_string()` or `write!`.
pub fn message(space: Space, code: i32, language: Language) -> Message {
    Message {
        space,
        code,
        language,
        entry: lookup(space, code),
    }
}

/// A displayable message for one code; see [`message`].
#[derive(Clone, Copy, Debug)]
pub struct Message {
    space: Space,
    code: i32,
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
