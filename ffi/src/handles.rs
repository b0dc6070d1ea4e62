//! Values across the C boundary: the one panic boundary, the entry and
//! meaning handles (checked by address before use), SDK values (checked
//! field by field) and the lookups behind the exported functions.

use chat_errors::Version;
use chat_errors::{
    entries, lookup_name, lookup_name_in, Entry, Family, Found, Meaning, Platform, Sdk, SdkError, Space,
};
use core::ffi::c_char;
use core::ptr;

use super::text::{c_text, name_key};
use super::{
    chat_errors_entry, chat_errors_meaning, chat_errors_release, chat_errors_sdk, CHAT_ERRORS_SDK_BAD_TEXT,
    CHAT_ERRORS_SDK_MALFORMED_VERSION, CHAT_ERRORS_SDK_OK, CHAT_ERRORS_SDK_UNKNOWN_FAMILY,
};

/// The one panic boundary: runs `body`, and answers `default` if it panics.
#[cfg(panic = "unwind")]
pub(crate) fn boundary<R>(default: R, body: impl FnOnce() -> R) -> R {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(body)).unwrap_or(default)
}

/// Without unwinding (the C-only build), `body` runs as is: the C suite
/// proves that this build has no panic path left, and the panic handler
/// below is only the language's required fallback.
#[cfg(not(panic = "unwind"))]
pub(crate) fn boundary<R>(_default: R, body: impl FnOnce() -> R) -> R {
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

/// A handle from C to a record of the static tables, checked by address
/// before anything behind it is read.
pub(crate) trait Handle: Copy {
    /// The record the handle stands for.
    type Target: 'static;

    /// The record, when the handle points exactly at one.
    fn target(self) -> Option<&'static Self::Target>;
}

impl Handle for *const chat_errors_entry {
    type Target = Entry;

    fn target(self) -> Option<&'static Entry> {
        entry_at(self)
    }
}

impl Handle for *const chat_errors_meaning {
    type Target = Meaning;

    fn target(self) -> Option<&'static Meaning> {
        meaning_of(self)
    }
}

/// Reads the record behind `handle` inside the boundary: `read`'s answer, or
/// `default` for NULL, a foreign handle, or a panic.
pub(crate) fn read<H: Handle, R: Copy>(handle: H, default: R, read: impl FnOnce(&'static H::Target) -> R) -> R {
    boundary(default, || handle.target().map_or(default, read))
}

/// The handle C sees for an entry of the static tables.
pub(crate) fn handle(entry: &'static Entry) -> *const chat_errors_entry {
    ptr::from_ref(entry).cast()
}

/// The entry a handle points at, when it points exactly at an entry of the
/// static tables (decided by address alone: nothing else is dereferenced).
pub(crate) fn entry_at(handle: *const chat_errors_entry) -> Option<&'static Entry> {
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

/// The handle C sees for a meaning of the static tables.
pub(crate) fn meaning_handle(meaning: &'static Meaning) -> *const chat_errors_meaning {
    ptr::from_ref(meaning).cast()
}

/// The entry, index and meaning a handle points at, when it points exactly
/// at a meaning of an entry of the static tables (decided by address alone:
/// nothing else is dereferenced).
pub(crate) fn meaning_at(handle: *const chat_errors_meaning) -> Option<(&'static Entry, usize, &'static Meaning)> {
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
pub(crate) fn meaning_of(handle: *const chat_errors_meaning) -> Option<&'static Meaning> {
    meaning_at(handle).map(|(_, _, meaning)| meaning)
}

/// The meaning a lookup found, as a handle.
fn found_handle(found: Option<Found>) -> *const chat_errors_meaning {
    found.map_or(ptr::null(), |found| meaning_handle(found.meaning))
}

/// The C value of a version (`parts` 0 for none).
pub(crate) fn c_version(version: Option<Version>) -> chat_errors_release {
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
pub(crate) unsafe fn sdk_at(sdk: *const chat_errors_sdk) -> Result<Option<Sdk>, ()> {
    if sdk.is_null() {
        return Ok(None);
    }
    // SAFETY: readable per the contract; read unaligned, so no alignment is assumed.
    let sdk = unsafe { ptr::read_unaligned(sdk) };
    let family = Family::from_value(sdk.family).ok_or(())?;
    let version = rust_version(sdk.version)?;
    Ok(Some(Sdk { family, version }))
}

/// Parses an SDK text into `out` (see chat_errors_sdk_parse()).
///
/// # Safety
/// `out` is NULL or writable for one `chat_errors_sdk` (any alignment).
pub(crate) unsafe fn parse_into(text: Option<&[u8]>, out: *mut chat_errors_sdk) -> u32 {
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

/// The entry of `space` named `name` (bytes, no NUL), as a handle.
pub(crate) fn name_entry(space: u32, name: Option<&[u8]>) -> *const chat_errors_entry {
    Space::from_value(space)
        .zip(name)
        .and_then(|(space, name)| lookup_name(space, name_key(name)))
        .map_or(ptr::null(), handle)
}

/// The space and SDK of a lookup in context, or `None` when either is invalid.
///
/// # Safety
/// `sdk` is NULL or readable for one chat_errors_sdk.
unsafe fn context(space: u32, sdk: *const chat_errors_sdk) -> Option<(Space, Option<Sdk>)> {
    // SAFETY: forwarded from the caller's contract.
    Some((Space::from_value(space)?, unsafe { sdk_at(sdk) }.ok()?))
}

/// The meaning of `code` in `space` for the SDK at `sdk`.
///
/// # Safety
/// `sdk` is NULL or readable for one chat_errors_sdk.
pub(crate) unsafe fn code_in(space: u32, code: i32, sdk: *const chat_errors_sdk) -> *const chat_errors_meaning {
    // SAFETY: forwarded from the caller's contract.
    let found =
        unsafe { context(space, sdk) }.and_then(|(space, sdk)| chat_errors::lookup_in(space, code, sdk.as_ref()));
    found_handle(found)
}

/// The meaning named `name` for the SDK at `sdk`.
///
/// # Safety
/// `sdk` is NULL or readable for one chat_errors_sdk.
pub(crate) unsafe fn name_in(
    space: u32,
    name: Option<&[u8]>,
    sdk: *const chat_errors_sdk,
) -> *const chat_errors_meaning {
    // SAFETY: forwarded from the caller's contract.
    let context = unsafe { context(space, sdk) };
    let found = context
        .zip(name)
        .and_then(|((space, sdk), name)| lookup_name_in(space, name_key(name), sdk.as_ref()));
    found_handle(found)
}

/// Writes the entries named `name` (one per space at most) into `out`, web
/// first, then native, and returns how many there are.
///
/// # Safety
/// `out` is NULL or writable for `capacity` handles.
pub(crate) unsafe fn name_any(name: Option<&[u8]>, out: *mut *const chat_errors_entry, capacity: usize) -> usize {
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

/// The name of `meaning` on the platform a C value names (see
/// chat_errors_meaning_name()).
pub(crate) fn platform_name(meaning: &Meaning, platform: u32) -> *const c_char {
    match Platform::from_value(platform) {
        Some(Platform::Canonical) => c_text(meaning.names().canonical()),
        Some(platform) => meaning.names().on(platform).map_or(ptr::null(), c_text),
        None => ptr::null(),
    }
}
