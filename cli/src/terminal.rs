//! Text from the input or the arguments, made safe to show on a terminal.
//!
//! Every message and every human-readable report of the `chat-errors`
//! command shows such text through [`escaped`]: control characters cannot
//! move the cursor, retitle the window, ring the bell, start a new line or
//! reorder the text around them. The characters escaped are
//!
//! - the C0 controls U+0000–U+001F (tab and line feed included) and DEL U+007F,
//! - the C1 controls U+0080–U+009F,
//! - the bidirectional controls U+202A–U+202E and U+2066–U+2069,
//!
//! each shown as Rust writes a character escape, `\u{` hex `}` (ESC is
//! `\u{1b}`, the right-to-left override `\u{202e}`). Everything else, Chinese
//! included, is shown as it is. The escapes are for reading, not for reversing:
//! a backslash is not escaped. JSON output is never passed through here; its
//! own escaping keeps every string exact.

use std::fmt;

/// Whether `c` is escaped on a terminal (see the module documentation).
pub fn is_escaped(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `text` shown with its control characters escaped, for `format!` and `write!`.
pub fn escaped(text: &str) -> Escaped<'_> {
    Escaped(text)
}

/// Text displayed with its control characters escaped (made by [`escaped`]).
#[derive(Clone, Copy, Debug)]
pub struct Escaped<'a>(&'a str);

impl fmt::Display for Escaped<'_> {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut rest = self.0;
        while let Some(at) = rest.find(is_escaped) {
            formatter.write_str(&rest[..at])?;
            let c = rest[at..].chars().next().unwrap_or_default();
            write!(formatter, "\\u{{{:x}}}", u32::from(c))?;
            rest = &rest[at + c.len_utf8()..];
        }
        formatter.write_str(rest)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_bidi_are_shown_as_escapes() {
        assert_eq!(escaped("\u{1b}]0;pwned\u{7}").to_string(), "\\u{1b}]0;pwned\\u{7}");
        assert_eq!(escaped("A\nB\r\tC").to_string(), "A\\u{a}B\\u{d}\\u{9}C");
        assert_eq!(
            escaped("\u{7f}\u{80}\u{9b}\u{9f}").to_string(),
            "\\u{7f}\\u{80}\\u{9b}\\u{9f}"
        );
        assert_eq!(
            escaped("a\u{202a}\u{202e}\u{2066}\u{2069}b").to_string(),
            "a\\u{202a}\\u{202e}\\u{2066}\\u{2069}b"
        );
        assert_eq!(escaped("\u{0}").to_string(), "\\u{0}");
    }

    #[test]
    fn printable_text_is_untouched() {
        for text in [
            "登录失败：获取 token 失败。",
            "WEBIM_CONNCTION_DISCONNECTED",
            "a\\u{1b}",
            "é ü ñ 😀",
            "",
        ] {
            assert_eq!(escaped(text).to_string(), text);
        }
        assert!(!is_escaped('\u{a0}') && !is_escaped('\u{2065}') && !is_escaped('\u{2029}'));
    }
}
