//! The C ABI of the chat-errors catalog; `include/chat_errors.h` is generated
//! from this crate by cbindgen (configured by `ffi/cbindgen.toml`), with the
//! catalog's constants written into it by `chat-errors-codegen`
//! (`scripts/generate.sh`).
//!
//! Conventions, for every exported function:
//! - Space, language, category and action cross the boundary as `uint32_t`
//!   values (`CHAT_ERRORS_SPACE_*`, ...); an out-of-range value is answered
//!   (NULL, 0, or the fallback each function documents), never trusted.
//! - Every string returned is static, NUL-terminated UTF-8: the caller never
//!   frees anything, and no lookup allocates.
//! - An entry handle is checked to point at an entry of the static tables
//!   before it is used; any other pointer, NULL included, is answered like an
//!   unknown entry.
//! - Every body runs inside [`boundary`]: a panic is caught there and the
//!   function returns its documented default instead of unwinding into C.

#![warn(missing_docs)]
#![cfg_attr(all(panic = "abort", not(test)), no_std)]

#[cfg(all(panic = "abort", feature = "uniffi"))]
compile_error!("the UniFFI build keeps its panic boundary: build it with panic = \"unwind\"");
#[cfg(all(panic = "abort", feature = "test-panic"))]
compile_error!("the test-panic trigger needs the panic boundary: build it with panic = \"unwind\"");

mod abi;

pub use abi::CHAT_ERRORS_ABI_VERSION;

#[cfg(feature = "uniffi")]
pub use chat_errors_bindings;

use chat_errors::{entries, lookup, lookup_name, message, Action, Category, Entry, Language, Space, StaticText};
use core::ffi::c_char;
use core::fmt::{self, Write};
use core::ptr;

/// The longest name or language tag, in bytes without the NUL, that a lookup
/// scans; a longer one is answered like an unknown name.
pub const CHAT_ERRORS_NAME_MAX_LEN: usize = 256;

/// Returned in place of a space, category or action when the entry handle is
/// NULL or not an entry of the catalog.
pub const CHAT_ERRORS_INVALID: u32 = u32::MAX;

/// Returned by chat_errors_entry_code() when the entry handle is NULL or not
/// an entry of the catalog. No catalog entry has this code.
pub const CHAT_ERRORS_INVALID_CODE: i32 = i32::MIN;

/// One entry of the catalog. Opaque: handles point into the library's static
/// tables, stay valid for the life of the process and are never freed.
#[allow(non_camel_case_types)]
pub struct chat_errors_entry {
    _opaque: [u8; 0],
}

/// The one panic boundary: runs `body`, and answers `default` if it panics.
#[cfg(panic = "unwind")]
fn boundary<R>(default: R, body: impl FnOnce() -> R) -> R {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(body)).unwrap_or(default)
}

/// Without unwinding (the C-only build), `body` runs as is: the C suite
/// proves that this build has no panic path left, and the panic handler
/// below is only the language's required fallback.
#[cfg(not(panic = "unwind"))]
fn boundary<R>(_default: R, body: impl FnOnce() -> R) -> R {
    body()
}

/// The panic handler of the C-only build (`no_std`, panic = "abort"): it
/// aborts. `tests/c/run.sh` checks that the built library does not contain
/// it, that is, that no exported function can reach a panic.
#[cfg(all(panic = "abort", not(test)))]
#[panic_handler]
fn on_panic(_: &core::panic::PanicInfo) -> ! {
    extern "C" {
        /// The C library's abort (every C runtime Rust targets has it).
        fn abort() -> !;
    }
    // SAFETY: abort takes no arguments and never returns.
    unsafe { abort() }
}

/// The handle C sees for an entry of the static tables.
fn handle(entry: &'static Entry) -> *const chat_errors_entry {
    ptr::from_ref(entry).cast()
}

/// The entry a handle points at, when it points exactly at an entry of the
/// static tables (decided by address alone: nothing else is dereferenced).
fn entry_at(handle: *const chat_errors_entry) -> Option<&'static Entry> {
    let address = handle as usize;
    let size = size_of::<Entry>();
    Space::ALL.iter().find_map(|&space| {
        let table = entries(space);
        let offset = address.checked_sub(table.as_ptr() as usize)?;
        if offset % size == 0 {
            table.get(offset / size)
        } else {
            None
        }
    })
}

/// A static text as a C string.
fn c_text(text: StaticText) -> *const c_char {
    text.as_bytes_with_nul().as_ptr().cast()
}

/// The language for a value from C; unknown values fall back to English.
fn language_or_english(language: u32) -> Language {
    Language::from_value(language).unwrap_or(Language::En)
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
unsafe fn capped_c_str<'a>(text: *const c_char) -> Option<&'a [u8]> {
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

/// A name from C, as the bytes the catalog looks up: names are ASCII, so
/// bytes that are not UTF-8 match no name and need no validation first.
/// (With the test-only feature `test-panic`, the name
/// `CHAT_ERRORS_TEST_PANIC` panics here.)
fn name_key(name: &[u8]) -> &[u8] {
    #[cfg(feature = "test-panic")]
    if name == b"CHAT_ERRORS_TEST_PANIC" {
        panic!("test-panic: the documented trigger name was looked up");
    }
    name
}

/// The entry of `space` named `name` (UTF-8 bytes, no NUL).
fn lookup_name_bytes(space: u32, name: &[u8]) -> Option<&'static Entry> {
    let space = Space::from_value(space)?;
    lookup_name(space, name_key(name))
}

/// The `len` bytes at `name`, or `None` for NULL or `len` above the cap
/// (then nothing is read).
///
/// # Safety
/// `name` is NULL or readable for `len` bytes (when `len` is at most the cap).
unsafe fn capped_bytes<'a>(name: *const c_char, len: usize) -> Option<&'a [u8]> {
    if name.is_null() || len > CHAT_ERRORS_NAME_MAX_LEN {
        return None;
    }
    // SAFETY: the caller guarantees `len` readable bytes at `name`.
    Some(unsafe { core::slice::from_raw_parts(name.cast::<u8>(), len) })
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
            .map_or(ptr::null(), |name| name.as_ptr().cast::<c_char>())
    }};
}

/// A decimal number at compile time (the parts of the crate version).
const fn parse_decimal(text: &str) -> u32 {
    let digits = text.as_bytes();
    let mut value = 0;
    let mut i = 0;
    while i < digits.len() {
        value = value * 10 + (digits[i] - b'0') as u32;
        i += 1;
    }
    value
}

/// The library version, "MAJOR.MINOR.PATCH", as a static NUL-terminated
/// string. Never NULL.
#[no_mangle]
pub extern "C" fn chat_errors_version() -> *const c_char {
    concat!(env!("CARGO_PKG_VERSION"), "\0").as_ptr().cast()
}

/// The major version of the library at run time (compare with
/// CHAT_ERRORS_VERSION_MAJOR, the version compiled against).
#[no_mangle]
pub extern "C" fn chat_errors_version_major() -> u32 {
    const MAJOR: u32 = parse_decimal(env!("CARGO_PKG_VERSION_MAJOR"));
    MAJOR
}

/// The minor version of the library at run time (compare with
/// CHAT_ERRORS_VERSION_MINOR).
#[no_mangle]
pub extern "C" fn chat_errors_version_minor() -> u32 {
    const MINOR: u32 = parse_decimal(env!("CARGO_PKG_VERSION_MINOR"));
    MINOR
}

/// The patch version of the library at run time (compare with
/// CHAT_ERRORS_VERSION_PATCH).
#[no_mangle]
pub extern "C" fn chat_errors_version_patch() -> u32 {
    const PATCH: u32 = parse_decimal(env!("CARGO_PKG_VERSION_PATCH"));
    PATCH
}

/// The ABI version of the library at run time (compare with
/// CHAT_ERRORS_ABI_VERSION; it is also the number in the shared library's
/// SONAME, libchat_errors.so.<ABI>).
#[no_mangle]
pub extern "C" fn chat_errors_abi_version() -> u32 {
    CHAT_ERRORS_ABI_VERSION
}

/// The entry for `code` in `space`, or NULL.
///
/// Bad input: an unknown space (not a CHAT_ERRORS_SPACE_* value) or a code
/// the catalog does not document, INT32_MIN and INT32_MAX included, gives
/// NULL. Allocates nothing. Default on an internal error: NULL.
#[no_mangle]
pub extern "C" fn chat_errors_lookup(space: u32, code: i32) -> *const chat_errors_entry {
    boundary(ptr::null(), || {
        Space::from_value(space)
            .and_then(|space| lookup(space, code))
            .map_or(ptr::null(), handle)
    })
}

/// The entry of `space` whose name or alias is `name` (ASCII
/// case-insensitive), or NULL. `name` is NUL-terminated UTF-8.
///
/// Bad input gives NULL: an unknown space, a NULL `name`, a name that is not
/// UTF-8, an empty name, and a name longer than CHAT_ERRORS_NAME_MAX_LEN
/// bytes (at most CHAT_ERRORS_NAME_MAX_LEN + 1 bytes are read, so `name` must
/// be readable up to its NUL or up to that many bytes). Allocates nothing.
/// Default on an internal error: NULL.
///
/// # Safety
/// `name` is NULL or points to memory readable as described above.
#[no_mangle]
pub unsafe extern "C" fn chat_errors_lookup_name(space: u32, name: *const c_char) -> *const chat_errors_entry {
    boundary(ptr::null(), || {
        // SAFETY: forwarded from this function's contract.
        unsafe { capped_c_str(name) }
            .and_then(|name| lookup_name_bytes(space, name))
            .map_or(ptr::null(), handle)
    })
}

/// Like chat_errors_lookup_name(), for a name given as `len` bytes of UTF-8
/// that need not be NUL-terminated.
///
/// Bad input gives NULL: an unknown space, a NULL `name` (whatever `len`),
/// `len` greater than CHAT_ERRORS_NAME_MAX_LEN (then nothing is read), bytes
/// that are not UTF-8, `len` 0, and bytes with an interior NUL (no name has
/// one). Allocates nothing. Default on an internal error: NULL.
///
/// # Safety
/// `name` is NULL or readable for `len` bytes (when `len` is at most
/// CHAT_ERRORS_NAME_MAX_LEN).
#[no_mangle]
pub unsafe extern "C" fn chat_errors_lookup_name_len(
    space: u32,
    name: *const c_char,
    len: usize,
) -> *const chat_errors_entry {
    boundary(ptr::null(), || {
        // SAFETY: forwarded from this function's contract.
        unsafe { capped_bytes(name, len) }
            .and_then(|name| lookup_name_bytes(space, name))
            .map_or(ptr::null(), handle)
    })
}

/// How many entries `space` has; 0 for an unknown space. With
/// chat_errors_at(), iterates a space in code order. Default on an internal
/// error: 0.
#[no_mangle]
pub extern "C" fn chat_errors_count(space: u32) -> usize {
    boundary(0, || Space::from_value(space).map_or(0, |space| entries(space).len()))
}

/// The entry at `index` (0 .. chat_errors_count(space) - 1) of `space`, in
/// code order. Bad input gives NULL: an unknown space, an index past the end.
/// Default on an internal error: NULL.
#[no_mangle]
pub extern "C" fn chat_errors_at(space: u32, index: usize) -> *const chat_errors_entry {
    boundary(ptr::null(), || {
        Space::from_value(space)
            .and_then(|space| entries(space).get(index))
            .map_or(ptr::null(), handle)
    })
}

/// The numbering space of `entry` (a CHAT_ERRORS_SPACE_* value). Bad input:
/// a NULL or foreign `entry` gives CHAT_ERRORS_INVALID (also the default on
/// an internal error).
#[no_mangle]
pub extern "C" fn chat_errors_entry_space(entry: *const chat_errors_entry) -> u32 {
    boundary(CHAT_ERRORS_INVALID, || {
        entry_at(entry).map_or(CHAT_ERRORS_INVALID, |entry| entry.space().value())
    })
}

/// The numeric code of `entry`. Bad input: a NULL or foreign `entry` gives
/// CHAT_ERRORS_INVALID_CODE (also the default on an internal error).
#[no_mangle]
pub extern "C" fn chat_errors_entry_code(entry: *const chat_errors_entry) -> i32 {
    boundary(CHAT_ERRORS_INVALID_CODE, || {
        entry_at(entry).map_or(CHAT_ERRORS_INVALID_CODE, Entry::code)
    })
}

/// The SDK's constant name of `entry`, exactly as the SDK spells it. Bad
/// input: a NULL or foreign `entry` gives NULL (also the default on an
/// internal error).
#[no_mangle]
pub extern "C" fn chat_errors_entry_name(entry: *const chat_errors_entry) -> *const c_char {
    boundary(ptr::null(), || {
        entry_at(entry).map_or(ptr::null(), |entry| c_text(entry.name_text()))
    })
}

/// How many aliases (other names that also look it up) `entry` has. Bad
/// input: a NULL or foreign `entry` gives 0 (also the default on an internal
/// error).
#[no_mangle]
pub extern "C" fn chat_errors_entry_alias_count(entry: *const chat_errors_entry) -> usize {
    boundary(0, || entry_at(entry).map_or(0, |entry| entry.aliases().len()))
}

/// The alias at `index` of `entry`. Bad input gives NULL: a NULL or foreign
/// `entry`, an index past the end (also the default on an internal error).
#[no_mangle]
pub extern "C" fn chat_errors_entry_alias(entry: *const chat_errors_entry, index: usize) -> *const c_char {
    boundary(ptr::null(), || {
        entry_at(entry)
            .and_then(|entry| entry.aliases().get(index))
            .map_or(ptr::null(), |alias| c_text(*alias))
    })
}

/// What `entry` is about (a CHAT_ERRORS_CATEGORY_* value). Bad input: a NULL
/// or foreign `entry` gives CHAT_ERRORS_INVALID (also the default on an
/// internal error).
#[no_mangle]
pub extern "C" fn chat_errors_entry_category(entry: *const chat_errors_entry) -> u32 {
    boundary(CHAT_ERRORS_INVALID, || {
        entry_at(entry).map_or(CHAT_ERRORS_INVALID, |entry| entry.category().value())
    })
}

/// Whether the same call may succeed if retried later. Bad input: a NULL or
/// foreign `entry` gives false (also the default on an internal error).
#[no_mangle]
pub extern "C" fn chat_errors_entry_transient(entry: *const chat_errors_entry) -> bool {
    boundary(false, || entry_at(entry).is_some_and(Entry::is_transient))
}

/// The recovery a developer should take (a CHAT_ERRORS_ACTION_* value). Bad
/// input: a NULL or foreign `entry` gives CHAT_ERRORS_INVALID (also the
/// default on an internal error).
#[no_mangle]
pub extern "C" fn chat_errors_entry_action(entry: *const chat_errors_entry) -> u32 {
    boundary(CHAT_ERRORS_INVALID, || {
        entry_at(entry).map_or(CHAT_ERRORS_INVALID, |entry| entry.action().value())
    })
}

/// One short sentence an app could show a person, in `language` (a
/// CHAT_ERRORS_LANGUAGE_* value; an unknown language falls back to English).
/// Bad input: a NULL or foreign `entry` gives NULL (also the default on an
/// internal error).
#[no_mangle]
pub extern "C" fn chat_errors_entry_summary(entry: *const chat_errors_entry, language: u32) -> *const c_char {
    boundary(ptr::null(), || {
        entry_at(entry).map_or(ptr::null(), |entry| {
            c_text(entry.summary().get(language_or_english(language)))
        })
    })
}

/// The full explanation (what happened, likely cause, what to do) in
/// `language` (a CHAT_ERRORS_LANGUAGE_* value; an unknown language falls
/// back to English). Bad input: a NULL or foreign `entry` gives NULL (also
/// the default on an internal error).
#[no_mangle]
pub extern "C" fn chat_errors_entry_detail(entry: *const chat_errors_entry, language: u32) -> *const c_char {
    boundary(ptr::null(), || {
        entry_at(entry).map_or(ptr::null(), |entry| {
            c_text(entry.detail().get(language_or_english(language)))
        })
    })
}

/// How many equivalents (codes in the other space with the same meaning)
/// `entry` has. Bad input: a NULL or foreign `entry` gives 0 (also the
/// default on an internal error).
#[no_mangle]
pub extern "C" fn chat_errors_entry_equivalent_count(entry: *const chat_errors_entry) -> usize {
    boundary(0, || entry_at(entry).map_or(0, |entry| entry.equivalents().len()))
}

/// The equivalent at `index` of `entry`, as the entry of the other space.
/// Bad input gives NULL: a NULL or foreign `entry`, an index past the end
/// (also the default on an internal error).
#[no_mangle]
pub extern "C" fn chat_errors_entry_equivalent(
    entry: *const chat_errors_entry,
    index: usize,
) -> *const chat_errors_entry {
    boundary(ptr::null(), || {
        entry_at(entry)
            .and_then(|entry| entry.equivalents().get(index))
            .and_then(|equivalent| lookup(equivalent.space, equivalent.code))
            .map_or(ptr::null(), handle)
    })
}

/// How many seeds (official pages that list the code) `entry` has. Bad
/// input: a NULL or foreign `entry` gives 0 (also the default on an internal
/// error).
#[no_mangle]
pub extern "C" fn chat_errors_entry_seed_count(entry: *const chat_errors_entry) -> usize {
    boundary(0, || entry_at(entry).map_or(0, |entry| entry.seeds().len()))
}

/// The file name of the page of seed `index` of `entry`. Bad input gives
/// NULL: a NULL or foreign `entry`, an index past the end (also the default
/// on an internal error).
#[no_mangle]
pub extern "C" fn chat_errors_entry_seed_page(entry: *const chat_errors_entry, index: usize) -> *const c_char {
    boundary(ptr::null(), || {
        entry_at(entry)
            .and_then(|entry| entry.seeds().get(index))
            .map_or(ptr::null(), |seed| c_text(seed.source()))
    })
}

/// The name that the page of seed `index` of `entry` prints for the code
/// (possibly a misprint). Bad input gives NULL: a NULL or foreign `entry`,
/// an index past the end (also the default on an internal error).
#[no_mangle]
pub extern "C" fn chat_errors_entry_seed_name(entry: *const chat_errors_entry, index: usize) -> *const c_char {
    boundary(ptr::null(), || {
        entry_at(entry)
            .and_then(|entry| entry.seeds().get(index))
            .map_or(ptr::null(), |seed| c_text(seed.name()))
    })
}

/// The stable lower-case name of a space ("web", "native"), or NULL for a
/// value that is no CHAT_ERRORS_SPACE_* (also the default on an internal
/// error).
#[no_mangle]
pub extern "C" fn chat_errors_space_name(space: u32) -> *const c_char {
    boundary(ptr::null(), || member_name!(Space, space))
}

/// The stable lower-case name of a language ("en", "zh"), or NULL for a
/// value that is no CHAT_ERRORS_LANGUAGE_* (also the default on an internal
/// error).
#[no_mangle]
pub extern "C" fn chat_errors_language_name(language: u32) -> *const c_char {
    boundary(ptr::null(), || member_name!(Language, language))
}

/// The stable lower-case name of a category ("group", ...), or NULL for a
/// value that is no CHAT_ERRORS_CATEGORY_* (also the default on an internal
/// error).
#[no_mangle]
pub extern "C" fn chat_errors_category_name(category: u32) -> *const c_char {
    boundary(ptr::null(), || member_name!(Category, category))
}

/// The stable lower-case name of an action ("retry_later", ...), or NULL for
/// a value that is no CHAT_ERRORS_ACTION_* (also the default on an internal
/// error).
#[no_mangle]
pub extern "C" fn chat_errors_action_name(action: u32) -> *const c_char {
    boundary(ptr::null(), || member_name!(Action, action))
}

/// The language (a CHAT_ERRORS_LANGUAGE_* value) for a language tag such as
/// "zh", "zh-CN", "zh_Hans" or "en-US" (case-insensitive, by primary
/// subtag). Bad input falls back to CHAT_ERRORS_LANGUAGE_EN: a NULL tag, an
/// unknown tag, a tag that is not UTF-8 or is longer than
/// CHAT_ERRORS_NAME_MAX_LEN bytes (at most CHAT_ERRORS_NAME_MAX_LEN + 1 bytes
/// are read). Default on an internal error: CHAT_ERRORS_LANGUAGE_EN.
///
/// # Safety
/// `tag` is NULL or readable up to its NUL or for CHAT_ERRORS_NAME_MAX_LEN + 1 bytes.
#[no_mangle]
pub unsafe extern "C" fn chat_errors_language_from_tag(tag: *const c_char) -> u32 {
    boundary(Language::En.value(), || {
        // SAFETY: forwarded from this function's contract.
        unsafe { capped_c_str(tag) }
            .and_then(|tag| core::str::from_utf8(tag).ok())
            .map_or(Language::En, |tag| Language::from_tag_or(tag, Language::En))
            .value()
    })
}

/// Writes into a byte buffer, keeping the part that fits (cut on a UTF-8
/// character boundary) and counting the length of the whole text.
struct TruncatingWriter<'a> {
    buffer: &'a mut [u8],
    written: usize,
    needed: usize,
    truncated: bool,
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

/// Writes the message for `code` in `space` (the entry's summary, or
/// "Unknown error (web 12345)" for a code the catalog does not document) in
/// `language`, snprintf-style, into `buf`; returns the message's full length
/// in bytes, without the NUL.
///
/// When `buf_len` > 0 the text is always NUL-terminated: at most
/// `buf_len - 1` bytes are written, cut on a UTF-8 character boundary, so a
/// return value >= `buf_len` means the message was truncated. With `buf_len`
/// 0 or a NULL `buf`, nothing is written and only the length is returned.
/// Other bad input is answered, never refused: an unknown language falls
/// back to English; an unknown space gives "Unknown error (space 7, code
/// 12345)". Allocates nothing. Default on an internal error: 0, with `buf`
/// holding "" when `buf_len` > 0.
///
/// # Safety
/// `buf` is NULL or writable for `buf_len` bytes.
#[no_mangle]
pub unsafe extern "C" fn chat_errors_message(
    space: u32,
    code: i32,
    language: u32,
    buf: *mut c_char,
    buf_len: usize,
) -> usize {
    let buffer: &mut [u8] = if buf.is_null() || buf_len == 0 {
        &mut []
    } else {
        // SAFETY: the caller guarantees `buf_len` writable bytes at `buf`.
        unsafe { core::slice::from_raw_parts_mut(buf.cast::<u8>(), buf_len) }
    };
    if let Some(first) = buffer.first_mut() {
        *first = 0;
    }
    boundary(0, move || {
        let capacity = buffer.len().saturating_sub(1);
        let mut writer = TruncatingWriter {
            buffer: buffer.get_mut(..capacity).unwrap_or_default(),
            written: 0,
            needed: 0,
            truncated: false,
        };
        let language = language_or_english(language);
        let formatted = match Space::from_value(space) {
            Some(space) => write!(writer, "{}", message(space, code, language)),
            None => match language {
                Language::En => write!(writer, "Unknown error (space {space}, code {code})"),
                Language::Zh => write!(writer, "未知错误（space {space}, code {code}）"),
            },
        };
        let (written, needed) = (writer.written, writer.needed);
        if let Some(end) = buffer.get_mut(written) {
            *end = 0;
        }
        if formatted.is_ok() {
            needed
        } else {
            0
        }
    })
}

mod meaning;

pub use meaning::*;

#[cfg(test)]
mod boundary_tests;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_library_version_is_the_catalog_version() {
        assert_eq!(chat_errors::CATALOG_VERSION, env!("CARGO_PKG_VERSION"));
    }

    #[test]
    fn no_entry_has_the_invalid_code() {
        for &space in Space::ALL {
            assert!(entries(space)
                .iter()
                .all(|entry| entry.code() != CHAT_ERRORS_INVALID_CODE));
        }
    }

    #[test]
    fn handles_off_an_entry_boundary_are_rejected() {
        let first = handle(&entries(Space::Web)[0]);
        assert!(entry_at(first).is_some());
        assert!(entry_at(first.cast::<u8>().wrapping_add(1).cast()).is_none());
        let past_end = first.cast::<Entry>().wrapping_add(entries(Space::Web).len()).cast();
        assert!(!matches!(entry_at(past_end), Some(entry) if entry.space() == Space::Web));
    }
}
