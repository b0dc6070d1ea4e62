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
//! - Every body runs inside `boundary` (in `handles.rs`): a panic is caught there and the
//!   function returns its documented default instead of unwinding into C.

#![warn(missing_docs)]
#![cfg_attr(all(panic = "abort", not(test)), no_std)]

#[cfg(all(panic = "abort", feature = "uniffi"))]
compile_error!("the UniFFI build keeps its panic boundary: build it with panic = \"unwind\"");

#[cfg(all(panic = "abort", feature = "test-panic"))]
compile_error!("the test-panic trigger needs the panic boundary: build it with panic = \"unwind\"");

mod abi;
mod handles;
mod text;

pub use abi::CHAT_ERRORS_ABI_VERSION;

#[cfg(feature = "uniffi")]
pub use chat_errors_bindings;

use chat_errors::{entries, lookup, message, Conflict, Entry, Family, Language, Meaning, Platform, Scope, Seed};
use chat_errors::{Action, Category, Source, Space, Status};
use core::ffi::c_char;
use core::fmt::Write;
use core::ptr;
use handles::*;
use text::*;

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

/// One meaning of an entry (its default meaning or a variant). Opaque:
/// handles point into the library's static tables, stay valid for the life
/// of the process and are never freed.
#[allow(non_camel_case_types)]
pub struct chat_errors_meaning {
    _opaque: [u8; 0],
}

/// A release number MAJOR[.MINOR[.PATCH]]: `parts` (0 to 3) says how many of
/// `major`, `minor`, `patch` are given. A partial version stands for the
/// newest release of its line ("3.9": the newest 3.9.x); `parts` 0 is no
/// version (an SDK: its newest release; a scope bound: open).
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[allow(non_camel_case_types)]
pub struct chat_errors_release {
    /// How many parts are given: 0 (none) to 3. Any other value is invalid.
    pub parts: u32,
    /// The major version (read when `parts` >= 1; at most 65535).
    pub major: u32,
    /// The minor version (read when `parts` >= 2; at most 65535).
    pub minor: u32,
    /// The patch version (read when `parts` == 3; at most 65535).
    pub patch: u32,
}

/// The SDK a code came from, for the lookups that answer in its context:
/// a CHAT_ERRORS_FAMILY_* value and a version. Fill it with
/// chat_errors_sdk_parse("easemob-ios@3.9", &sdk) or field by field; the
/// lookups check every field (an unknown family, `parts` above 3 or a part
/// above 65535 makes the value invalid) and answer an invalid one with NULL.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[allow(non_camel_case_types)]
pub struct chat_errors_sdk {
    /// The SDK family (a CHAT_ERRORS_FAMILY_* value).
    pub family: u32,
    /// The release (`parts` 0: the family's newest release).
    pub version: chat_errors_release,
}

/// chat_errors_sdk_parse(): the text is an SDK; `*out` holds it.
pub const CHAT_ERRORS_SDK_OK: u32 = 0;

/// chat_errors_sdk_parse(): the part before '@' names no SDK family (no
/// CHAT_ERRORS_FAMILY_* has that name); `*out` is left as it was.
pub const CHAT_ERRORS_SDK_UNKNOWN_FAMILY: u32 = 1;

/// chat_errors_sdk_parse(): the part after '@' is not MAJOR[.MINOR[.PATCH]]
/// (one to three parts of ASCII digits, each at most 65535); `*out` is left as
/// it was.
pub const CHAT_ERRORS_SDK_MALFORMED_VERSION: u32 = 2;

/// chat_errors_sdk_parse(): the text is NULL, not UTF-8, or longer than
/// CHAT_ERRORS_NAME_MAX_LEN bytes (also the default on an internal error);
/// `*out` is left as it was.
pub const CHAT_ERRORS_SDK_BAD_TEXT: u32 = 3;

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
    // SAFETY: forwarded from this function's contract.
    boundary(ptr::null(), || name_entry(space, unsafe { capped_c_str(name) }))
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
    // SAFETY: forwarded from this function's contract.
    boundary(ptr::null(), || name_entry(space, unsafe { capped_bytes(name, len) }))
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
    read(entry, CHAT_ERRORS_INVALID, |entry| entry.space().value())
}

/// The numeric code of `entry`. Bad input: a NULL or foreign `entry` gives
/// CHAT_ERRORS_INVALID_CODE (also the default on an internal error).
#[no_mangle]
pub extern "C" fn chat_errors_entry_code(entry: *const chat_errors_entry) -> i32 {
    read(entry, CHAT_ERRORS_INVALID_CODE, Entry::code)
}

/// The SDK's constant name of `entry`, exactly as the SDK spells it. Bad
/// input: a NULL or foreign `entry` gives NULL (also the default on an
/// internal error).
#[no_mangle]
pub extern "C" fn chat_errors_entry_name(entry: *const chat_errors_entry) -> *const c_char {
    read(entry, ptr::null(), |entry| c_text(entry.name_text()))
}

/// How many aliases (other names that also look it up) `entry` has. Bad
/// input: a NULL or foreign `entry` gives 0 (also the default on an internal
/// error).
#[no_mangle]
pub extern "C" fn chat_errors_entry_alias_count(entry: *const chat_errors_entry) -> usize {
    read(entry, 0, |entry| entry.aliases().len())
}

/// The alias at `index` of `entry`. Bad input gives NULL: a NULL or foreign
/// `entry`, an index past the end (also the default on an internal error).
#[no_mangle]
pub extern "C" fn chat_errors_entry_alias(entry: *const chat_errors_entry, index: usize) -> *const c_char {
    read(entry, ptr::null(), |entry| {
        item_text(entry.aliases(), index, |alias| *alias)
    })
}

/// What `entry` is about (a CHAT_ERRORS_CATEGORY_* value). Bad input: a NULL
/// or foreign `entry` gives CHAT_ERRORS_INVALID (also the default on an
/// internal error).
#[no_mangle]
pub extern "C" fn chat_errors_entry_category(entry: *const chat_errors_entry) -> u32 {
    read(entry, CHAT_ERRORS_INVALID, |entry| entry.category().value())
}

/// Whether the same call may succeed if retried later. Bad input: a NULL or
/// foreign `entry` gives false (also the default on an internal error).
#[no_mangle]
pub extern "C" fn chat_errors_entry_transient(entry: *const chat_errors_entry) -> bool {
    read(entry, false, Entry::is_transient)
}

/// The recovery a developer should take (a CHAT_ERRORS_ACTION_* value). Bad
/// input: a NULL or foreign `entry` gives CHAT_ERRORS_INVALID (also the
/// default on an internal error).
#[no_mangle]
pub extern "C" fn chat_errors_entry_action(entry: *const chat_errors_entry) -> u32 {
    read(entry, CHAT_ERRORS_INVALID, |entry| entry.action().value())
}

/// One short sentence an app could show a person, in `language` (a
/// CHAT_ERRORS_LANGUAGE_* value; an unknown language falls back to English).
/// Bad input: a NULL or foreign `entry` gives NULL (also the default on an
/// internal error).
#[no_mangle]
pub extern "C" fn chat_errors_entry_summary(entry: *const chat_errors_entry, language: u32) -> *const c_char {
    read(entry, ptr::null(), |entry| text_in(entry.summary(), language))
}

/// The full explanation (what happened, likely cause, what to do) in
/// `language` (a CHAT_ERRORS_LANGUAGE_* value; an unknown language falls
/// back to English). Bad input: a NULL or foreign `entry` gives NULL (also
/// the default on an internal error).
#[no_mangle]
pub extern "C" fn chat_errors_entry_detail(entry: *const chat_errors_entry, language: u32) -> *const c_char {
    read(entry, ptr::null(), |entry| text_in(entry.detail(), language))
}

/// How many equivalents (codes in the other space with the same meaning)
/// `entry` has. Bad input: a NULL or foreign `entry` gives 0 (also the
/// default on an internal error).
#[no_mangle]
pub extern "C" fn chat_errors_entry_equivalent_count(entry: *const chat_errors_entry) -> usize {
    read(entry, 0, |entry| entry.equivalents().len())
}

/// The equivalent at `index` of `entry`, as the entry of the other space.
/// Bad input gives NULL: a NULL or foreign `entry`, an index past the end
/// (also the default on an internal error).
#[no_mangle]
pub extern "C" fn chat_errors_entry_equivalent(
    entry: *const chat_errors_entry,
    index: usize,
) -> *const chat_errors_entry {
    read(entry, ptr::null(), |entry| {
        let equivalent = entry.equivalents().get(index);
        equivalent
            .and_then(|equivalent| lookup(equivalent.space, equivalent.code))
            .map_or(ptr::null(), handle)
    })
}

/// How many seeds (official pages that list the code) `entry` has. Bad
/// input: a NULL or foreign `entry` gives 0 (also the default on an internal
/// error).
#[no_mangle]
pub extern "C" fn chat_errors_entry_seed_count(entry: *const chat_errors_entry) -> usize {
    read(entry, 0, |entry| entry.seeds().len())
}

/// The file name of the page of seed `index` of `entry`. Bad input gives
/// NULL: a NULL or foreign `entry`, an index past the end (also the default
/// on an internal error).
#[no_mangle]
pub extern "C" fn chat_errors_entry_seed_page(entry: *const chat_errors_entry, index: usize) -> *const c_char {
    read(entry, ptr::null(), |entry| {
        item_text(entry.seeds(), index, Seed::source)
    })
}

/// The name that the page of seed `index` of `entry` prints for the code
/// (possibly a misprint). Bad input gives NULL: a NULL or foreign `entry`,
/// an index past the end (also the default on an internal error).
#[no_mangle]
pub extern "C" fn chat_errors_entry_seed_name(entry: *const chat_errors_entry, index: usize) -> *const c_char {
    read(entry, ptr::null(), |entry| item_text(entry.seeds(), index, Seed::name))
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
        let mut writer = TruncatingWriter::new(buffer.get_mut(..capacity).unwrap_or_default());
        let language = language_or_english(language);
        let formatted = match Space::from_value(space) {
            Some(space) => write!(writer, "{}", message(space, code, language)),
            None => match language {
                Language::En => write!(writer, "Unknown error (space {space}, code {code})"),
                Language::Zh => write!(writer, "未知错误（space {space}, code {code}）"),
            },
        };
        let (written, needed) = (writer.written(), writer.needed());
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

/// Parses an SDK spelled "family" or "family@VERSION" (family names exact,
/// as chat_errors_family_name() gives them, e.g. "easemob-ios@3.9" or
/// "agora-ios"; VERSION is MAJOR[.MINOR[.PATCH]]) into `*out`. Returns
/// CHAT_ERRORS_SDK_OK, or why the text is not an SDK: CHAT_ERRORS_SDK_BAD_TEXT
/// for a NULL `sdk_text`, one that is not UTF-8 or longer than
/// CHAT_ERRORS_NAME_MAX_LEN bytes (at most CHAT_ERRORS_NAME_MAX_LEN + 1 bytes
/// are read); CHAT_ERRORS_SDK_UNKNOWN_FAMILY (an empty text included);
/// CHAT_ERRORS_SDK_MALFORMED_VERSION (a part above 65535, more than three
/// parts, anything but digits and dots). `*out` is written only on success;
/// a NULL `out` only checks the text. Allocates nothing. Default on an
/// internal error: CHAT_ERRORS_SDK_BAD_TEXT.
///
/// # Safety
/// `sdk_text` is NULL or readable up to its NUL or for
/// CHAT_ERRORS_NAME_MAX_LEN + 1 bytes; `out` is NULL or writable for one
/// chat_errors_sdk.
#[no_mangle]
pub unsafe extern "C" fn chat_errors_sdk_parse(sdk_text: *const c_char, out: *mut chat_errors_sdk) -> u32 {
    boundary(CHAT_ERRORS_SDK_BAD_TEXT, || {
        // SAFETY: forwarded from this function's contract.
        unsafe { parse_into(capped_c_str(sdk_text), out) }
    })
}

/// Like chat_errors_sdk_parse(), for a text given as `len` bytes that need
/// not be NUL-terminated. `len` above CHAT_ERRORS_NAME_MAX_LEN or a NULL
/// `sdk_text` gives CHAT_ERRORS_SDK_BAD_TEXT (nothing is read); an interior
/// NUL is part of the text (so it names no family, or is no version).
/// Default on an internal error: CHAT_ERRORS_SDK_BAD_TEXT.
///
/// # Safety
/// `sdk_text` is NULL or readable for `len` bytes (when `len` is at most
/// CHAT_ERRORS_NAME_MAX_LEN); `out` is NULL or writable for one chat_errors_sdk.
#[no_mangle]
pub unsafe extern "C" fn chat_errors_sdk_parse_len(
    sdk_text: *const c_char,
    len: usize,
    out: *mut chat_errors_sdk,
) -> u32 {
    boundary(CHAT_ERRORS_SDK_BAD_TEXT, || {
        // SAFETY: forwarded from this function's contract.
        unsafe { parse_into(capped_bytes(sdk_text, len), out) }
    })
}

/// Whether `*sdk` is a valid SDK value (a known family, `parts` 0 to 3, each
/// given part at most 65535). A NULL `sdk` gives false (also the default on
/// an internal error).
///
/// # Safety
/// `sdk` is NULL or readable for one chat_errors_sdk.
#[no_mangle]
pub unsafe extern "C" fn chat_errors_sdk_valid(sdk: *const chat_errors_sdk) -> bool {
    // SAFETY: forwarded from this function's contract.
    boundary(false, || !sdk.is_null() && unsafe { sdk_at(sdk) }.is_ok())
}

/// The meaning of `code` in `space` that `sdk` emits: the meaning whose
/// scope covers the SDK, else the default meaning (check which with
/// chat_errors_meaning_emitted_by()); with a NULL `sdk`, the default meaning.
/// chat_errors_meaning_entry() gives the entry.
///
/// Bad input gives NULL: an unknown space, a code the catalog does not
/// document, an invalid `*sdk` (see chat_errors_sdk). Allocates nothing.
/// Default on an internal error: NULL.
///
/// # Safety
/// `sdk` is NULL or readable for one chat_errors_sdk (any alignment).
#[no_mangle]
pub unsafe extern "C" fn chat_errors_lookup_in(
    space: u32,
    code: i32,
    sdk: *const chat_errors_sdk,
) -> *const chat_errors_meaning {
    // SAFETY: forwarded from this function's contract.
    boundary(ptr::null(), || unsafe { code_in(space, code, sdk) })
}

/// The meaning in `space` one of whose names (canonical, any platform's, an
/// alias; ASCII case-insensitive) is `name`, for `sdk`: a meaning `sdk`
/// emits first; else, or with a NULL `sdk`, a default meaning before a
/// variant, then current before deprecated before removed, then the lower
/// code. So "EMErrorGroupNotExist" gives native 606 with no SDK and 605 for
/// easemob-ios@3.9. chat_errors_meaning_entry() gives the entry.
///
/// Bad input gives NULL: an unknown space, an invalid `*sdk`, and every name
/// chat_errors_lookup_name() refuses (NULL, empty, not UTF-8, longer than
/// CHAT_ERRORS_NAME_MAX_LEN bytes; at most CHAT_ERRORS_NAME_MAX_LEN + 1
/// bytes are read). Allocates nothing. Default on an internal error: NULL.
///
/// # Safety
/// `name` is NULL or readable up to its NUL or for CHAT_ERRORS_NAME_MAX_LEN
/// + 1 bytes; `sdk` is NULL or readable for one chat_errors_sdk.
#[no_mangle]
pub unsafe extern "C" fn chat_errors_lookup_name_in(
    space: u32,
    name: *const c_char,
    sdk: *const chat_errors_sdk,
) -> *const chat_errors_meaning {
    boundary(ptr::null(), || {
        // SAFETY: forwarded from this function's contract.
        unsafe { name_in(space, capped_c_str(name), sdk) }
    })
}

/// Like chat_errors_lookup_name_in(), for a name given as `len` bytes that
/// need not be NUL-terminated; bad input as for chat_errors_lookup_name_len()
/// (NULL, `len` 0, `len` above CHAT_ERRORS_NAME_MAX_LEN with nothing read,
/// not UTF-8, an interior NUL) and an invalid `*sdk` give NULL. Default on an
/// internal error: NULL.
///
/// # Safety
/// `name` is NULL or readable for `len` bytes (when `len` is at most
/// CHAT_ERRORS_NAME_MAX_LEN); `sdk` is NULL or readable for one chat_errors_sdk.
#[no_mangle]
pub unsafe extern "C" fn chat_errors_lookup_name_in_len(
    space: u32,
    name: *const c_char,
    len: usize,
    sdk: *const chat_errors_sdk,
) -> *const chat_errors_meaning {
    boundary(ptr::null(), || {
        // SAFETY: forwarded from this function's contract.
        unsafe { name_in(space, capped_bytes(name, len), sdk) }
    })
}

/// Looks `name` up in every space at once (as chat_errors_lookup_name() does
/// in each): writes the entries found, web first, then native, into
/// `out[0 .. capacity - 1]` and returns how many were found (0 to
/// CHAT_ERRORS_SPACE_COUNT). Like snprintf, a return value above `capacity`
/// means some were not written; a NULL `out` or `capacity` 0 only counts.
/// Bad input gives 0: every name chat_errors_lookup_name() refuses. Allocates
/// nothing. Default on an internal error: 0 (entries written before it stay).
///
/// # Safety
/// `name` is NULL or readable up to its NUL or for CHAT_ERRORS_NAME_MAX_LEN
/// + 1 bytes; `out` is NULL or writable for `capacity` handles.
#[no_mangle]
pub unsafe extern "C" fn chat_errors_lookup_name_any(
    name: *const c_char,
    out: *mut *const chat_errors_entry,
    capacity: usize,
) -> usize {
    boundary(0, || {
        // SAFETY: forwarded from this function's contract.
        unsafe { name_any(capped_c_str(name), out, capacity) }
    })
}

/// Like chat_errors_lookup_name_any(), for a name given as `len` bytes that
/// need not be NUL-terminated (bad input as for
/// chat_errors_lookup_name_len() gives 0). Default on an internal error: 0.
///
/// # Safety
/// `name` is NULL or readable for `len` bytes (when `len` is at most
/// CHAT_ERRORS_NAME_MAX_LEN); `out` is NULL or writable for `capacity` handles.
#[no_mangle]
pub unsafe extern "C" fn chat_errors_lookup_name_any_len(
    name: *const c_char,
    len: usize,
    out: *mut *const chat_errors_entry,
    capacity: usize,
) -> usize {
    boundary(0, || {
        // SAFETY: forwarded from this function's contract.
        unsafe { name_any(capped_bytes(name, len), out, capacity) }
    })
}

/// How many meanings `entry` has: its default meaning and its variants (at
/// least 1). Bad input: a NULL or foreign `entry` gives 0 (also the default
/// on an internal error).
#[no_mangle]
pub extern "C" fn chat_errors_entry_meaning_count(entry: *const chat_errors_entry) -> usize {
    read(entry, 0, |entry| entry.meanings().len())
}

/// The meaning at `index` of `entry`: 0 is the default meaning (the one the
/// chat_errors_entry_* accessors answer from), 1 and up the variants that
/// other SDKs or releases emit. Bad input gives NULL: a NULL or foreign
/// `entry`, an index past the end (also the default on an internal error).
#[no_mangle]
pub extern "C" fn chat_errors_entry_meaning(
    entry: *const chat_errors_entry,
    index: usize,
) -> *const chat_errors_meaning {
    read(entry, ptr::null(), |entry| {
        entry.meanings().get(index).map_or(ptr::null(), meaning_handle)
    })
}

/// Whether SDKs still emit the default meaning of `entry` (a
/// CHAT_ERRORS_STATUS_* value). Bad input: a NULL or foreign `entry` gives
/// CHAT_ERRORS_INVALID (also the default on an internal error).
#[no_mangle]
pub extern "C" fn chat_errors_entry_status(entry: *const chat_errors_entry) -> u32 {
    read(entry, CHAT_ERRORS_INVALID, |entry| entry.status().value())
}

/// Whether a current official page lists the code of `entry`. Bad input: a
/// NULL or foreign `entry` gives false (also the default on an internal
/// error).
#[no_mangle]
pub extern "C" fn chat_errors_entry_documented(entry: *const chat_errors_entry) -> bool {
    read(entry, false, Entry::is_documented)
}

/// A message an app can show its end user for `entry` (default meaning), in
/// `language` (a CHAT_ERRORS_LANGUAGE_* value; an unknown language falls
/// back to English). Bad input: a NULL or foreign `entry` gives NULL (also
/// the default on an internal error).
#[no_mangle]
pub extern "C" fn chat_errors_entry_user(entry: *const chat_errors_entry, language: u32) -> *const c_char {
    read(entry, ptr::null(), |entry| text_in(entry.user(), language))
}

/// How many conflicts `entry` has: sources that print something else for
/// the code with no SDK artifact behind them. Bad input: a NULL or foreign
/// `entry` gives 0 (also the default on an internal error).
#[no_mangle]
pub extern "C" fn chat_errors_entry_conflict_count(entry: *const chat_errors_entry) -> usize {
    read(entry, 0, |entry| entry.conflicts().len())
}

/// The source file (see sources/README.md) of conflict `index` of `entry`.
/// Bad input gives NULL: a NULL or foreign `entry`, an index past the end
/// (also the default on an internal error).
#[no_mangle]
pub extern "C" fn chat_errors_entry_conflict_source(entry: *const chat_errors_entry, index: usize) -> *const c_char {
    read(entry, ptr::null(), |entry| {
        item_text(entry.conflicts(), index, Conflict::source)
    })
}

/// The name that the source of conflict `index` of `entry` prints for the
/// code. Bad input gives NULL: a NULL or foreign `entry`, an index past the
/// end (also the default on an internal error).
#[no_mangle]
pub extern "C" fn chat_errors_entry_conflict_says(entry: *const chat_errors_entry, index: usize) -> *const c_char {
    read(entry, ptr::null(), |entry| {
        item_text(entry.conflicts(), index, Conflict::says)
    })
}

/// Why the catalog does not follow conflict `index` of `entry`, in
/// `language` (an unknown language falls back to English). Bad input gives
/// NULL: a NULL or foreign `entry`, an index past the end (also the default
/// on an internal error).
#[no_mangle]
pub extern "C" fn chat_errors_entry_conflict_reason(
    entry: *const chat_errors_entry,
    index: usize,
    language: u32,
) -> *const c_char {
    read(entry, ptr::null(), |entry| {
        item_text_in(entry.conflicts(), index, language, Conflict::reason)
    })
}

/// The entry `meaning` belongs to. Bad input: a NULL or foreign `meaning`
/// (any pointer that is not a meaning of the static tables, an entry handle
/// included) gives NULL (also the default on an internal error).
#[no_mangle]
pub extern "C" fn chat_errors_meaning_entry(meaning: *const chat_errors_meaning) -> *const chat_errors_entry {
    boundary(ptr::null(), || {
        meaning_at(meaning).map_or(ptr::null(), |(entry, _, _)| handle(entry))
    })
}

/// The index of `meaning` among its entry's meanings: 0 for the default
/// meaning, 1 and up for a variant. Bad input: a NULL or foreign `meaning`
/// gives SIZE_MAX (also the default on an internal error).
#[no_mangle]
pub extern "C" fn chat_errors_meaning_index(meaning: *const chat_errors_meaning) -> usize {
    boundary(usize::MAX, || {
        meaning_at(meaning).map_or(usize::MAX, |(_, index, _)| index)
    })
}

/// Whether the SDK `*sdk` emits `meaning` (its scope covers the SDK; no
/// version: the family's newest release). After chat_errors_lookup_in() or
/// chat_errors_lookup_name_in() with that SDK, false means the catalog knows
/// no release of it with this meaning and answered the default as its best
/// guess. Bad input gives false: a NULL or foreign `meaning`, a NULL or
/// invalid `sdk` (also the default on an internal error).
///
/// # Safety
/// `sdk` is NULL or readable for one chat_errors_sdk (any alignment).
#[no_mangle]
pub unsafe extern "C" fn chat_errors_meaning_emitted_by(
    meaning: *const chat_errors_meaning,
    sdk: *const chat_errors_sdk,
) -> bool {
    boundary(false, || {
        // SAFETY: forwarded from this function's contract.
        let sdk = unsafe { sdk_at(sdk) };
        matches!((meaning_of(meaning), sdk), (Some(meaning), Ok(Some(sdk))) if meaning.is_emitted_by(&sdk))
    })
}

/// The name of `meaning` on `platform` (a CHAT_ERRORS_PLATFORM_* value):
/// CHAT_ERRORS_PLATFORM_CANONICAL gives the canonical name (the Android
/// constant, or the JS name on the web); any other platform gives the name it
/// prints where that differs from the canonical one, and NULL where it prints
/// the canonical name. Bad input gives NULL: a NULL or foreign `meaning`, an
/// unknown platform (also the default on an internal error).
#[no_mangle]
pub extern "C" fn chat_errors_meaning_name(meaning: *const chat_errors_meaning, platform: u32) -> *const c_char {
    read(meaning, ptr::null(), |meaning| platform_name(meaning, platform))
}

/// The name the SDK `*sdk` prints for `meaning` (its platform's name, else the
/// canonical one); a NULL `sdk` gives the canonical name. Bad input gives
/// NULL: a NULL or foreign `meaning`, an invalid `*sdk` (also the default on
/// an internal error).
///
/// # Safety
/// `sdk` is NULL or readable for one chat_errors_sdk (any alignment).
#[no_mangle]
pub unsafe extern "C" fn chat_errors_meaning_name_for(
    meaning: *const chat_errors_meaning,
    sdk: *const chat_errors_sdk,
) -> *const c_char {
    boundary(ptr::null(), || {
        // SAFETY: forwarded from this function's contract.
        match (meaning_of(meaning), unsafe { sdk_at(sdk) }) {
            (Some(meaning), Ok(None)) => c_text(meaning.names().canonical()),
            (Some(meaning), Ok(Some(sdk))) => c_text(meaning.names().for_family(sdk.family)),
            _ => ptr::null(),
        }
    })
}

/// How many aliases (other names that also look it up) `meaning` has. Bad
/// input: a NULL or foreign `meaning` gives 0 (also the default on an
/// internal error).
#[no_mangle]
pub extern "C" fn chat_errors_meaning_alias_count(meaning: *const chat_errors_meaning) -> usize {
    read(meaning, 0, |meaning| meaning.names().aliases().len())
}

/// The alias at `index` of `meaning`. Bad input gives NULL: a NULL or
/// foreign `meaning`, an index past the end (also the default on an internal
/// error).
#[no_mangle]
pub extern "C" fn chat_errors_meaning_alias(meaning: *const chat_errors_meaning, index: usize) -> *const c_char {
    read(meaning, ptr::null(), |meaning| {
        item_text(meaning.names().aliases(), index, |alias| *alias)
    })
}

/// What `meaning` is about (a CHAT_ERRORS_CATEGORY_* value). Bad input: a
/// NULL or foreign `meaning` gives CHAT_ERRORS_INVALID (also the default on
/// an internal error).
#[no_mangle]
pub extern "C" fn chat_errors_meaning_category(meaning: *const chat_errors_meaning) -> u32 {
    read(meaning, CHAT_ERRORS_INVALID, |meaning| meaning.category().value())
}

/// Whether the same call may succeed if retried later, in `meaning`. Bad
/// input: a NULL or foreign `meaning` gives false (also the default on an
/// internal error).
#[no_mangle]
pub extern "C" fn chat_errors_meaning_transient(meaning: *const chat_errors_meaning) -> bool {
    read(meaning, false, Meaning::is_transient)
}

/// The recovery a developer should take for `meaning` (a
/// CHAT_ERRORS_ACTION_* value). Bad input: a NULL or foreign `meaning` gives
/// CHAT_ERRORS_INVALID (also the default on an internal error).
#[no_mangle]
pub extern "C" fn chat_errors_meaning_action(meaning: *const chat_errors_meaning) -> u32 {
    read(meaning, CHAT_ERRORS_INVALID, |meaning| meaning.action().value())
}

/// Whether SDKs still emit `meaning` (a CHAT_ERRORS_STATUS_* value). Bad
/// input: a NULL or foreign `meaning` gives CHAT_ERRORS_INVALID (also the
/// default on an internal error).
#[no_mangle]
pub extern "C" fn chat_errors_meaning_status(meaning: *const chat_errors_meaning) -> u32 {
    read(meaning, CHAT_ERRORS_INVALID, |meaning| meaning.status().value())
}

/// One sentence for developers about `meaning`, in `language` (an unknown
/// language falls back to English). Bad input: a NULL or foreign `meaning`
/// gives NULL (also the default on an internal error).
#[no_mangle]
pub extern "C" fn chat_errors_meaning_summary(meaning: *const chat_errors_meaning, language: u32) -> *const c_char {
    read(meaning, ptr::null(), |meaning| text_in(meaning.summary(), language))
}

/// The full explanation of `meaning` (what happened, likely cause, what to
/// do), in `language` (an unknown language falls back to English). Bad
/// input: a NULL or foreign `meaning` gives NULL (also the default on an
/// internal error).
#[no_mangle]
pub extern "C" fn chat_errors_meaning_detail(meaning: *const chat_errors_meaning, language: u32) -> *const c_char {
    read(meaning, ptr::null(), |meaning| text_in(meaning.detail(), language))
}

/// A message an app can show its end user for `meaning`, in `language` (an
/// unknown language falls back to English). Bad input: a NULL or foreign
/// `meaning` gives NULL (also the default on an internal error).
#[no_mangle]
pub extern "C" fn chat_errors_meaning_user(meaning: *const chat_errors_meaning, language: u32) -> *const c_char {
    read(meaning, ptr::null(), |meaning| text_in(meaning.user(), language))
}

/// How many scopes (SDK families, each with a range of releases) emit
/// `meaning`; 0 when no SDK does. Bad input: a NULL or foreign `meaning`
/// gives 0 (also the default on an internal error).
#[no_mangle]
pub extern "C" fn chat_errors_meaning_scope_count(meaning: *const chat_errors_meaning) -> usize {
    read(meaning, 0, |meaning| meaning.scope().len())
}

/// The SDK family (a CHAT_ERRORS_FAMILY_* value) of scope `index` of
/// `meaning`. Bad input gives CHAT_ERRORS_INVALID: a NULL or foreign
/// `meaning`, an index past the end (also the default on an internal error).
#[no_mangle]
pub extern "C" fn chat_errors_meaning_scope_family(meaning: *const chat_errors_meaning, index: usize) -> u32 {
    read(meaning, CHAT_ERRORS_INVALID, |meaning| {
        meaning
            .scope()
            .get(index)
            .map_or(CHAT_ERRORS_INVALID, |scope| scope.family().value())
    })
}

/// The first release (inclusive; a partial version: the first release of its
/// line) of scope `index` of `meaning`; `parts` 0 when the scope has no lower
/// bound. Bad input gives a version with `parts` 0: a NULL or foreign
/// `meaning`, an index past the end (also the default on an internal error;
/// chat_errors_meaning_scope_family() tells the cases apart).
#[no_mangle]
pub extern "C" fn chat_errors_meaning_scope_from(
    meaning: *const chat_errors_meaning,
    index: usize,
) -> chat_errors_release {
    read(meaning, chat_errors_release::default(), |meaning| {
        c_version(meaning.scope().get(index).and_then(Scope::from))
    })
}

/// The last release (inclusive; a partial version: the newest release of its
/// line) of scope `index` of `meaning`; `parts` 0 when the scope has no upper
/// bound. Bad input gives a version with `parts` 0: a NULL or foreign
/// `meaning`, an index past the end (also the default on an internal error).
#[no_mangle]
pub extern "C" fn chat_errors_meaning_scope_until(
    meaning: *const chat_errors_meaning,
    index: usize,
) -> chat_errors_release {
    read(meaning, chat_errors_release::default(), |meaning| {
        c_version(meaning.scope().get(index).and_then(Scope::until))
    })
}

/// How many sources (official page revisions and SDK headers) list
/// `meaning`. Bad input: a NULL or foreign `meaning` gives 0 (also the
/// default on an internal error).
#[no_mangle]
pub extern "C" fn chat_errors_meaning_source_count(meaning: *const chat_errors_meaning) -> usize {
    read(meaning, 0, |meaning| meaning.sources().len())
}

/// The file name (see sources/README.md) of source `index` of `meaning`. Bad
/// input gives NULL: a NULL or foreign `meaning`, an index past the end
/// (also the default on an internal error).
#[no_mangle]
pub extern "C" fn chat_errors_meaning_source_file(meaning: *const chat_errors_meaning, index: usize) -> *const c_char {
    read(meaning, ptr::null(), |meaning| {
        item_text(meaning.sources(), index, Source::source)
    })
}

/// The name source `index` of `meaning` prints for the code (possibly a
/// misprint). Bad input gives NULL: a NULL or foreign `meaning`, an index
/// past the end (also the default on an internal error).
#[no_mangle]
pub extern "C" fn chat_errors_meaning_source_name(meaning: *const chat_errors_meaning, index: usize) -> *const c_char {
    read(meaning, ptr::null(), |meaning| {
        item_text(meaning.sources(), index, Source::name)
    })
}

/// The stable name of an SDK family ("easemob-ios", ...), as
/// chat_errors_sdk_parse() reads it, or NULL for a value that is no
/// CHAT_ERRORS_FAMILY_* (also the default on an internal error).
#[no_mangle]
pub extern "C" fn chat_errors_family_name(family: u32) -> *const c_char {
    boundary(ptr::null(), || member_name!(Family, family))
}

/// The stable lower-case name of a status ("current", "deprecated",
/// "removed"), or NULL for a value that is no CHAT_ERRORS_STATUS_* (also the
/// default on an internal error).
#[no_mangle]
pub extern "C" fn chat_errors_status_name(status: u32) -> *const c_char {
    boundary(ptr::null(), || member_name!(Status, status))
}

/// The stable lower-case name of a platform ("canonical", "ios_easemob",
/// ..., as the JSON export's "names" keys), or NULL for a value that is no
/// CHAT_ERRORS_PLATFORM_* (also the default on an internal error).
#[no_mangle]
pub extern "C" fn chat_errors_platform_name(platform: u32) -> *const c_char {
    boundary(ptr::null(), || member_name!(Platform, platform))
}

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
