//! Catalog schema 2 in the C ABI: the SDK context, meanings (the default and
//! the variants, with their names per platform, status, scope, user message
//! and sources), an entry's status, user message and conflicts, and name
//! lookups in both spaces. The conventions of the crate root apply; in
//! addition, a meaning handle is checked like an entry handle (by address,
//! against every entry's meanings) and an SDK value from C is checked field
//! by field before it is used.

use super::{
    boundary, c_text, capped_bytes, capped_c_str, chat_errors_entry, entry_at, handle, language_or_english, name_key,
    Entry, Space, CHAT_ERRORS_INVALID,
};
use chat_errors::{
    entries, lookup_in, lookup_name_in, Family, Found, Meaning, Platform, Sdk, SdkError, Status, Version,
};
use core::ffi::c_char;
use core::ptr;

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

/// The C value of a version (`parts` 0 for none).
fn c_version(version: Option<Version>) -> chat_errors_release {
    let Some(version) = version else {
        return chat_errors_release::default();
    };
    let parts = version.parts();
    let part = |index: usize| parts.get(index).map_or(0, |&part| u32::from(part));
    chat_errors_release {
        parts: u32::try_from(parts.len()).unwrap_or(0),
        major: part(0),
        minor: part(1),
        patch: part(2),
    }
}

/// The version a C value stands for: `Ok(None)` for `parts` 0, `Err` for an
/// invalid value.
fn rust_version(version: chat_errors_release) -> Result<Option<Version>, ()> {
    let all = [version.major, version.minor, version.patch];
    let given = all.get(..version.parts as usize).ok_or(())?;
    if given.is_empty() {
        return Ok(None);
    }
    let mut parts = [0u16; 3];
    for (slot, &part) in parts.iter_mut().zip(given) {
        *slot = u16::try_from(part).map_err(|_| ())?;
    }
    Version::from_parts(&parts[..given.len()]).map(Some).ok_or(())
}

/// The SDK a pointer from C gives: `Ok(None)` for NULL (no SDK), `Err` for a
/// value that is not an SDK.
///
/// # Safety
/// `sdk` is NULL or readable for one `chat_errors_sdk` (any alignment).
unsafe fn sdk_at(sdk: *const chat_errors_sdk) -> Result<Option<Sdk>, ()> {
    if sdk.is_null() {
        return Ok(None);
    }
    // SAFETY: readable per the contract; read unaligned, so no alignment is assumed.
    let sdk = unsafe { ptr::read_unaligned(sdk) };
    let family = Family::from_value(sdk.family).ok_or(())?;
    let version = rust_version(sdk.version)?;
    Ok(Some(Sdk { family, version }))
}

/// The handle C sees for a meaning of the static tables.
fn meaning_handle(meaning: &'static Meaning) -> *const chat_errors_meaning {
    ptr::from_ref(meaning).cast()
}

/// The entry, index and meaning a handle points at, when it points exactly
/// at a meaning of an entry of the static tables (decided by address alone:
/// nothing else is dereferenced).
fn meaning_at(handle: *const chat_errors_meaning) -> Option<(&'static Entry, usize, &'static Meaning)> {
    let address = handle as usize;
    let size = size_of::<Meaning>();
    Space::ALL.iter().flat_map(|&space| entries(space)).find_map(|entry| {
        let meanings = entry.meanings();
        let offset = address.checked_sub(meanings.as_ptr() as usize)?;
        if offset % size != 0 {
            return None;
        }
        let index = offset / size;
        meanings.get(index).map(|meaning| (entry, index, meaning))
    })
}

/// The meaning a handle points at (see [`meaning_at`]).
fn meaning_of(handle: *const chat_errors_meaning) -> Option<&'static Meaning> {
    meaning_at(handle).map(|(_, _, meaning)| meaning)
}

/// The CHAT_ERRORS_PLATFORM_* value of a platform: its position in
/// [`Platform::ALL`] (core gives platforms no integer value of their own).
trait PlatformValue {
    fn value(self) -> u32;
}

impl PlatformValue for Platform {
    fn value(self) -> u32 {
        Platform::ALL
            .iter()
            .position(|&known| known == self)
            .map_or(CHAT_ERRORS_INVALID, |index| index as u32)
    }
}

/// The meaning a lookup found, as a handle.
fn found_handle(found: Option<Found>) -> *const chat_errors_meaning {
    found.map_or(ptr::null(), |found| meaning_handle(found.meaning))
}

/// Parses `sdk_text`, `len` bytes, into `out` (see chat_errors_sdk_parse()).
///
/// # Safety
/// `out` is NULL or writable for one `chat_errors_sdk` (any alignment).
unsafe fn parse_into(text: Option<&[u8]>, out: *mut chat_errors_sdk) -> u32 {
    let Some(text) = text.and_then(|text| core::str::from_utf8(text).ok()) else {
        return CHAT_ERRORS_SDK_BAD_TEXT;
    };
    match Sdk::parse(text) {
        Ok(sdk) => {
            if !out.is_null() {
                let value = chat_errors_sdk {
                    family: sdk.family.value(),
                    version: c_version(sdk.version),
                };
                // SAFETY: writable per the contract; written unaligned, so no alignment is assumed.
                unsafe { ptr::write_unaligned(out, value) };
            }
            CHAT_ERRORS_SDK_OK
        }
        Err(SdkError::UnknownFamily) => CHAT_ERRORS_SDK_UNKNOWN_FAMILY,
        Err(SdkError::MalformedVersion) => CHAT_ERRORS_SDK_MALFORMED_VERSION,
    }
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
    boundary(ptr::null(), || {
        // SAFETY: forwarded from this function's contract.
        let (Some(space), Ok(sdk)) = (Space::from_value(space), unsafe { sdk_at(sdk) }) else {
            return ptr::null();
        };
        found_handle(lookup_in(space, code, sdk.as_ref()))
    })
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

/// The meaning named `name` for the SDK at `sdk`.
///
/// # Safety
/// `sdk` is NULL or readable for one chat_errors_sdk.
unsafe fn name_in(space: u32, name: Option<&[u8]>, sdk: *const chat_errors_sdk) -> *const chat_errors_meaning {
    // SAFETY: forwarded from the caller's contract.
    let (Some(space), Ok(sdk)) = (Space::from_value(space), unsafe { sdk_at(sdk) }) else {
        return ptr::null();
    };
    found_handle(
        name.map(name_key)
            .and_then(|name| lookup_name_in(space, name, sdk.as_ref())),
    )
}

/// Writes the entries named `name` (one per space at most) into `out`, web
/// first, then native, and returns how many there are.
///
/// # Safety
/// `out` is NULL or writable for `capacity` handles.
unsafe fn name_any(name: Option<&[u8]>, out: *mut *const chat_errors_entry, capacity: usize) -> usize {
    let Some(name) = name.map(name_key) else {
        return 0;
    };
    let mut found = 0;
    for entry in chat_errors::lookup_name_any(name) {
        if !out.is_null() && found < capacity {
            // SAFETY: `found < capacity` slots are writable per the contract.
            unsafe { out.add(found).write_unaligned(handle(entry)) };
        }
        found += 1;
    }
    found
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
    boundary(0, || entry_at(entry).map_or(0, |entry| entry.meanings().len()))
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
    boundary(ptr::null(), || {
        entry_at(entry)
            .and_then(|entry| entry.meanings().get(index))
            .map_or(ptr::null(), meaning_handle)
    })
}

/// Whether SDKs still emit the default meaning of `entry` (a
/// CHAT_ERRORS_STATUS_* value). Bad input: a NULL or foreign `entry` gives
/// CHAT_ERRORS_INVALID (also the default on an internal error).
#[no_mangle]
pub extern "C" fn chat_errors_entry_status(entry: *const chat_errors_entry) -> u32 {
    boundary(CHAT_ERRORS_INVALID, || {
        entry_at(entry).map_or(CHAT_ERRORS_INVALID, |entry| entry.status().value())
    })
}

/// Whether a current official page lists the code of `entry`. Bad input: a
/// NULL or foreign `entry` gives false (also the default on an internal
/// error).
#[no_mangle]
pub extern "C" fn chat_errors_entry_documented(entry: *const chat_errors_entry) -> bool {
    boundary(false, || entry_at(entry).is_some_and(Entry::is_documented))
}

/// A message an app can show its end user for `entry` (default meaning), in
/// `language` (a CHAT_ERRORS_LANGUAGE_* value; an unknown language falls
/// back to English). Bad input: a NULL or foreign `entry` gives NULL (also
/// the default on an internal error).
#[no_mangle]
pub extern "C" fn chat_errors_entry_user(entry: *const chat_errors_entry, language: u32) -> *const c_char {
    boundary(ptr::null(), || {
        entry_at(entry).map_or(ptr::null(), |entry| {
            c_text(entry.user().get(language_or_english(language)))
        })
    })
}

/// How many conflicts `entry` has: sources that print something else for
/// the code with no SDK artifact behind them. Bad input: a NULL or foreign
/// `entry` gives 0 (also the default on an internal error).
#[no_mangle]
pub extern "C" fn chat_errors_entry_conflict_count(entry: *const chat_errors_entry) -> usize {
    boundary(0, || entry_at(entry).map_or(0, |entry| entry.conflicts().len()))
}

/// The source file (see sources/README.md) of conflict `index` of `entry`.
/// Bad input gives NULL: a NULL or foreign `entry`, an index past the end
/// (also the default on an internal error).
#[no_mangle]
pub extern "C" fn chat_errors_entry_conflict_source(entry: *const chat_errors_entry, index: usize) -> *const c_char {
    boundary(ptr::null(), || {
        entry_at(entry)
            .and_then(|entry| entry.conflicts().get(index))
            .map_or(ptr::null(), |conflict| c_text(conflict.source()))
    })
}

/// The name that the source of conflict `index` of `entry` prints for the
/// code. Bad input gives NULL: a NULL or foreign `entry`, an index past the
/// end (also the default on an internal error).
#[no_mangle]
pub extern "C" fn chat_errors_entry_conflict_says(entry: *const chat_errors_entry, index: usize) -> *const c_char {
    boundary(ptr::null(), || {
        entry_at(entry)
            .and_then(|entry| entry.conflicts().get(index))
            .map_or(ptr::null(), |conflict| c_text(conflict.says()))
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
    boundary(ptr::null(), || {
        entry_at(entry)
            .and_then(|entry| entry.conflicts().get(index))
            .map_or(ptr::null(), |conflict| {
                c_text(conflict.reason().get(language_or_english(language)))
            })
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
    boundary(ptr::null(), || {
        let platform = Platform::ALL.get(platform as usize).copied();
        match (meaning_of(meaning), platform) {
            (Some(meaning), Some(Platform::Canonical)) => c_text(meaning.names().canonical()),
            (Some(meaning), Some(platform)) => meaning.names().on(platform).map_or(ptr::null(), c_text),
            _ => ptr::null(),
        }
    })
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
    boundary(0, || {
        meaning_of(meaning).map_or(0, |meaning| meaning.names().aliases().len())
    })
}

/// The alias at `index` of `meaning`. Bad input gives NULL: a NULL or
/// foreign `meaning`, an index past the end (also the default on an internal
/// error).
#[no_mangle]
pub extern "C" fn chat_errors_meaning_alias(meaning: *const chat_errors_meaning, index: usize) -> *const c_char {
    boundary(ptr::null(), || {
        meaning_of(meaning)
            .and_then(|meaning| meaning.names().aliases().get(index))
            .map_or(ptr::null(), |alias| c_text(*alias))
    })
}

/// What `meaning` is about (a CHAT_ERRORS_CATEGORY_* value). Bad input: a
/// NULL or foreign `meaning` gives CHAT_ERRORS_INVALID (also the default on
/// an internal error).
#[no_mangle]
pub extern "C" fn chat_errors_meaning_category(meaning: *const chat_errors_meaning) -> u32 {
    boundary(CHAT_ERRORS_INVALID, || {
        meaning_of(meaning).map_or(CHAT_ERRORS_INVALID, |meaning| meaning.category().value())
    })
}

/// Whether the same call may succeed if retried later, in `meaning`. Bad
/// input: a NULL or foreign `meaning` gives false (also the default on an
/// internal error).
#[no_mangle]
pub extern "C" fn chat_errors_meaning_transient(meaning: *const chat_errors_meaning) -> bool {
    boundary(false, || meaning_of(meaning).is_some_and(Meaning::is_transient))
}

/// The recovery a developer should take for `meaning` (a
/// CHAT_ERRORS_ACTION_* value). Bad input: a NULL or foreign `meaning` gives
/// CHAT_ERRORS_INVALID (also the default on an internal error).
#[no_mangle]
pub extern "C" fn chat_errors_meaning_action(meaning: *const chat_errors_meaning) -> u32 {
    boundary(CHAT_ERRORS_INVALID, || {
        meaning_of(meaning).map_or(CHAT_ERRORS_INVALID, |meaning| meaning.action().value())
    })
}

/// Whether SDKs still emit `meaning` (a CHAT_ERRORS_STATUS_* value). Bad
/// input: a NULL or foreign `meaning` gives CHAT_ERRORS_INVALID (also the
/// default on an internal error).
#[no_mangle]
pub extern "C" fn chat_errors_meaning_status(meaning: *const chat_errors_meaning) -> u32 {
    boundary(CHAT_ERRORS_INVALID, || {
        meaning_of(meaning).map_or(CHAT_ERRORS_INVALID, |meaning| meaning.status().value())
    })
}

/// One sentence for developers about `meaning`, in `language` (an unknown
/// language falls back to English). Bad input: a NULL or foreign `meaning`
/// gives NULL (also the default on an internal error).
#[no_mangle]
pub extern "C" fn chat_errors_meaning_summary(meaning: *const chat_errors_meaning, language: u32) -> *const c_char {
    boundary(ptr::null(), || {
        meaning_of(meaning).map_or(ptr::null(), |meaning| {
            c_text(meaning.summary().get(language_or_english(language)))
        })
    })
}

/// The full explanation of `meaning` (what happened, likely cause, what to
/// do), in `language` (an unknown language falls back to English). Bad
/// input: a NULL or foreign `meaning` gives NULL (also the default on an
/// internal error).
#[no_mangle]
pub extern "C" fn chat_errors_meaning_detail(meaning: *const chat_errors_meaning, language: u32) -> *const c_char {
    boundary(ptr::null(), || {
        meaning_of(meaning).map_or(ptr::null(), |meaning| {
            c_text(meaning.detail().get(language_or_english(language)))
        })
    })
}

/// A message an app can show its end user for `meaning`, in `language` (an
/// unknown language falls back to English). Bad input: a NULL or foreign
/// `meaning` gives NULL (also the default on an internal error).
#[no_mangle]
pub extern "C" fn chat_errors_meaning_user(meaning: *const chat_errors_meaning, language: u32) -> *const c_char {
    boundary(ptr::null(), || {
        meaning_of(meaning).map_or(ptr::null(), |meaning| {
            c_text(meaning.user().get(language_or_english(language)))
        })
    })
}

/// How many scopes (SDK families, each with a range of releases) emit
/// `meaning`; 0 when no SDK does. Bad input: a NULL or foreign `meaning`
/// gives 0 (also the default on an internal error).
#[no_mangle]
pub extern "C" fn chat_errors_meaning_scope_count(meaning: *const chat_errors_meaning) -> usize {
    boundary(0, || meaning_of(meaning).map_or(0, |meaning| meaning.scope().len()))
}

/// The SDK family (a CHAT_ERRORS_FAMILY_* value) of scope `index` of
/// `meaning`. Bad input gives CHAT_ERRORS_INVALID: a NULL or foreign
/// `meaning`, an index past the end (also the default on an internal error).
#[no_mangle]
pub extern "C" fn chat_errors_meaning_scope_family(meaning: *const chat_errors_meaning, index: usize) -> u32 {
    boundary(CHAT_ERRORS_INVALID, || {
        meaning_of(meaning)
            .and_then(|meaning| meaning.scope().get(index))
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
    boundary(chat_errors_release::default(), || {
        c_version(meaning_of(meaning).and_then(|meaning| meaning.scope().get(index)?.from()))
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
    boundary(chat_errors_release::default(), || {
        c_version(meaning_of(meaning).and_then(|meaning| meaning.scope().get(index)?.until()))
    })
}

/// How many sources (official page revisions and SDK headers) list
/// `meaning`. Bad input: a NULL or foreign `meaning` gives 0 (also the
/// default on an internal error).
#[no_mangle]
pub extern "C" fn chat_errors_meaning_source_count(meaning: *const chat_errors_meaning) -> usize {
    boundary(0, || meaning_of(meaning).map_or(0, |meaning| meaning.sources().len()))
}

/// The file name (see sources/README.md) of source `index` of `meaning`. Bad
/// input gives NULL: a NULL or foreign `meaning`, an index past the end
/// (also the default on an internal error).
#[no_mangle]
pub extern "C" fn chat_errors_meaning_source_file(meaning: *const chat_errors_meaning, index: usize) -> *const c_char {
    boundary(ptr::null(), || {
        meaning_of(meaning)
            .and_then(|meaning| meaning.sources().get(index))
            .map_or(ptr::null(), |source| c_text(source.source()))
    })
}

/// The name source `index` of `meaning` prints for the code (possibly a
/// misprint). Bad input gives NULL: a NULL or foreign `meaning`, an index
/// past the end (also the default on an internal error).
#[no_mangle]
pub extern "C" fn chat_errors_meaning_source_name(meaning: *const chat_errors_meaning, index: usize) -> *const c_char {
    boundary(ptr::null(), || {
        meaning_of(meaning)
            .and_then(|meaning| meaning.sources().get(index))
            .map_or(ptr::null(), |source| c_text(source.name()))
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
