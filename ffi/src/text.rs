//! Text across the C boundary: strings read from C (bounded, never trusted)
//! and the static NUL-terminated strings handed back.

use chat_errors::{Language, LocalizedText, StaticText};
use core::ffi::c_char;
use core::fmt::{self, Write};
use core::ptr;

use super::CHAT_ERRORS_NAME_MAX_LEN;

/// A static text as a C string.
pub(crate) fn c_text(text: StaticText) -> *const c_char {
    text.as_bytes_with_nul().as_ptr().cast()
}

/// The language for a value from C; unknown values fall back to English.
pub(crate) fn language_or_english(language: u32) -> Language {
    Language::from_value(language).unwrap_or(Language::En)
}

/// `text` in the language a C value names (unknown: English), as a C string.
pub(crate) fn text_in(text: &LocalizedText, language: u32) -> *const c_char {
    c_text(text.get(language_or_english(language)))
}

/// The C string `text` gives for item `index` of `items`; NULL past the end.
pub(crate) fn item_text<T: 'static>(
    items: &'static [T],
    index: usize,
    text: impl FnOnce(&'static T) -> StaticText,
) -> *const c_char {
    items.get(index).map_or(ptr::null(), |item| c_text(text(item)))
}

/// Text in `language` of item `index` of `items`; NULL past the end.
pub(crate) fn item_text_in<T: 'static>(
    items: &'static [T],
    index: usize,
    language: u32,
    text: impl FnOnce(&'static T) -> &'static LocalizedText,
) -> *const c_char {
    items
        .get(index)
        .map_or(ptr::null(), |item| text_in(text(item), language))
}

extern "C" {
    /// The C library's bounded string length (POSIX, and in every C runtime Rust targets).
    fn strnlen(text: *const c_char, max_len: usize) -> usize;
}

/// The bytes before the NUL of a C string, scanning at most
/// `CHAT_ERRORS_NAME_MAX_LEN + 1` bytes; `None` for NULL or a longer string.
///
/// # Safety
/// `text` is NULL, or readable up to its NUL or for `CHAT_ERRORS_NAME_MAX_LEN + 1` bytes.
pub(crate) unsafe fn capped_c_str<'a>(text: *const c_char) -> Option<&'a [u8]> {
    if text.is_null() {
        return None;
    }
    // SAFETY: strnlen reads no further than the NUL or the cap, both readable per the contract.
    let len = unsafe { strnlen(text, CHAT_ERRORS_NAME_MAX_LEN + 1) };
    if len > CHAT_ERRORS_NAME_MAX_LEN {
        return None;
    }
    // SAFETY: the `len` bytes before the NUL are readable.
    Some(unsafe { core::slice::from_raw_parts(text.cast::<u8>(), len) })
}

/// The `len` bytes at `name`, or `None` for NULL or `len` above the cap
/// (then nothing is read).
///
/// # Safety
/// `name` is NULL or readable for `len` bytes (when `len` is at most the cap).
pub(crate) unsafe fn capped_bytes<'a>(name: *const c_char, len: usize) -> Option<&'a [u8]> {
    if name.is_null() || len > CHAT_ERRORS_NAME_MAX_LEN {
        return None;
    }
    // SAFETY: the caller guarantees `len` readable bytes at `name`.
    Some(unsafe { core::slice::from_raw_parts(name.cast::<u8>(), len) })
}

/// A name from C, as the bytes the catalog looks up: names are ASCII, so
/// bytes that are not UTF-8 match no name and need no validation first.
/// (With the test-only feature `test-panic`, the name
/// `CHAT_ERRORS_TEST_PANIC` panics here.)
pub(crate) fn name_key(name: &[u8]) -> &[u8] {
    #[cfg(feature = "test-panic")]
    if name == b"CHAT_ERRORS_TEST_PANIC" {
        panic!("test-panic: the documented trigger name was looked up");
    }
    name
}

/// The NUL-terminated name of a member of a closed set, or NULL for a value
/// that names no member. The names are built at compile time from core's.
macro_rules! member_name {
    ($kind:ty, $value:expr) => {{
        const COUNT: usize = <$kind>::ALL.len();
        const CAPACITY: usize = 32;
        static NAMES: [[u8; CAPACITY]; COUNT] = {
            let mut names = [[0; CAPACITY]; COUNT];
            let mut member = 0;
            while member < COUNT {
                let name = <$kind>::ALL[member].as_str().as_bytes();
                assert!(name.len() < CAPACITY, "member name too long for its C copy");
                let mut i = 0;
                while i < name.len() {
                    names[member][i] = name[i];
                    i += 1;
                }
                member += 1;
            }
            names
        };
        let value: u32 = $value;
        <$kind>::ALL
            .iter()
            .position(|member| member.value() == value)
            .and_then(|index| NAMES.get(index))
            .map_or(core::ptr::null(), |name| name.as_ptr().cast::<core::ffi::c_char>())
    }};
}
pub(crate) use member_name;

/// A decimal number at compile time (the parts of the crate version).
pub(crate) const fn parse_decimal(text: &str) -> u32 {
    let digits = text.as_bytes();
    let mut value = 0;
    let mut i = 0;
    while i < digits.len() {
        value = value * 10 + (digits[i] - b'0') as u32;
        i += 1;
    }
    value
}

/// Writes into a byte buffer, keeping the part that fits (cut on a UTF-8
/// character boundary) and counting the length of the whole text.
pub(crate) struct TruncatingWriter<'a> {
    buffer: &'a mut [u8],
    written: usize,
    needed: usize,
    truncated: bool,
}

impl<'a> TruncatingWriter<'a> {
    /// A writer into `buffer`, empty so far.
    pub(crate) fn new(buffer: &'a mut [u8]) -> Self {
        TruncatingWriter {
            buffer,
            written: 0,
            needed: 0,
            truncated: false,
        }
    }

    /// How many bytes were written into the buffer.
    pub(crate) fn written(&self) -> usize {
        self.written
    }

    /// The length of the whole text given, written or not.
    pub(crate) fn needed(&self) -> usize {
        self.needed
    }
}

impl Write for TruncatingWriter<'_> {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        self.needed += text.len();
        if !self.truncated {
            let room = self.buffer.len().saturating_sub(self.written);
            let mut take = text.len().min(room);
            while !text.is_char_boundary(take) {
                take -= 1;
            }
            self.truncated = take < text.len();
            let source = text.as_bytes().get(..take).unwrap_or_default();
            if let Some(target) = self.buffer.get_mut(self.written..self.written + take) {
                // Both sides have `take` bytes; zip copies without a length check that could panic.
                for (to, from) in target.iter_mut().zip(source) {
                    *to = *from;
                }
                self.written += take;
            }
        }
        Ok(())
    }

    fn write_char(&mut self, c: char) -> fmt::Result {
        // core's default goes through char::encode_utf8, which keeps a panic path.
        let mut utf8 = [0u8; 4];
        let code = u32::from(c);
        let len = c.len_utf8();
        let lead = match len {
            1 => 0,
            2 => 0xc0,
            3 => 0xe0,
            _ => 0xf0,
        };
        for (at, byte) in utf8.iter_mut().enumerate().take(len) {
            let shift = 6 * (len - 1 - at);
            let bits = (code >> shift) as u8;
            *byte = if at == 0 { lead | bits } else { 0x80 | (bits & 0x3f) };
        }
        let text = core::str::from_utf8(utf8.get(..len).unwrap_or_default()).map_err(|_| fmt::Error)?;
        self.write_str(text)
    }
}
