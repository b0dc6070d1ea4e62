//! The JNI exports the idiomatic Kotlin layer answers from (its class
//! `io.chaterrors.NativeCatalog`), so that a first lookup needs no JNA: the
//! contract and catalog versions, which the layer checks when the library
//! loads, a space's codes, one entry, and a space's names, each in one byte
//! array. Written by hand over the JVM's function table (indices of the JNI
//! specification); no panic crosses into the JVM.
//!
//! The formats, big-endian: codes are an `i32` count and the codes in
//! catalog order; an entry is an `ErrorEntry`, names a `Vec<NameTarget>` (as
//! [`crate::names`] gives them), in UniFFI's own serialization (records field
//! by field, lists and strings after an `i32` length, an enum as its ordinal +
//! 1 in an `i32`): the data the UniFFI functions return.

use crate::{ErrorEntry, NameTarget, UniFfiTag, JNI_CONTRACT_VERSION};
use chat_errors::{Space, CATALOG_VERSION};
use std::ffi::{c_char, c_void, CString};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::ptr::null_mut;

/// `JNIEnv *`: a pointer to the JVM's function table.
pub type JniEnv = *mut *const *const c_void;

/// A JNI reference (`jclass`, `jstring`, `jbyteArray`); null for none.
pub type JObject = *mut c_void;

/// Indices in the JNI function table (JNI specification, "Interface Function Table").
const NEW_STRING_UTF: usize = 167;
const NEW_BYTE_ARRAY: usize = 176;
const SET_BYTE_ARRAY_REGION: usize = 208;

type NewStringUtf = unsafe extern "system" fn(JniEnv, *const c_char) -> JObject;
type NewByteArray = unsafe extern "system" fn(JniEnv, i32) -> JObject;
type SetByteArrayRegion = unsafe extern "system" fn(JniEnv, JObject, i32, i32, *const i8);

/// The panic boundary: runs `body`, and answers `default` if it panics.
fn boundary<R>(default: R, body: impl FnOnce() -> R) -> R {
    catch_unwind(AssertUnwindSafe(body)).unwrap_or(default)
}

/// The function at `index` of the table of `env`.
///
/// # Safety
/// `env` is a valid `JNIEnv *` and `F` the function type at `index`.
unsafe fn function<F: Copy>(env: JniEnv, index: usize) -> F {
    // SAFETY: the table holds a function pointer of type F at index (caller's contract).
    unsafe { std::mem::transmute_copy(&*(*env).add(index)) }
}

/// The ordinal of an enum value in UniFFI's declaration (Kotlin's `ordinal`).
fn ordinal<T: uniffi::Lower<UniFfiTag>>(value: T) -> Option<i32> {
    let mut bytes = Vec::new();
    T::write(value, &mut bytes);
    let tag: [u8; 4] = bytes.get(..4)?.try_into().ok()?;
    Some(i32::from_be_bytes(tag) - 1)
}

/// Every code of `space`, in catalog order, in the format above.
pub fn codes_bytes(space: Space) -> Vec<u8> {
    let entries = chat_errors::entries(space);
    let mut out = Vec::with_capacity(4 + 4 * entries.len());
    let count = i32::try_from(entries.len()).expect("a space has fewer than 2^31 entries");
    out.extend_from_slice(&count.to_be_bytes());
    for entry in entries {
        out.extend_from_slice(&entry.code().to_be_bytes());
    }
    out
}

/// Entry `index` (catalog order) of `space`, in UniFFI's serialization, or none.
pub fn entry_bytes(space: Space, index: usize) -> Option<Vec<u8>> {
    let entry = chat_errors::entries(space).get(index)?;
    let mut out = Vec::new();
    <ErrorEntry as uniffi::Lower<UniFfiTag>>::write(entry.into(), &mut out);
    Some(out)
}

/// The names of `space` (see [`crate::names`]), in UniFFI's serialization.
pub fn names_bytes(space: Space) -> Vec<u8> {
    let mut out = Vec::new();
    <Vec<NameTarget> as uniffi::Lower<UniFfiTag>>::write(crate::names(space), &mut out);
    out
}

/// The space of a Kotlin `Space.ordinal`.
fn space_of(ordinal: i32) -> Option<Space> {
    Space::ALL
        .iter()
        .copied()
        .find(|&space| self::ordinal(space) == Some(ordinal))
}

/// The bytes `bytes_of` gives for the space of Kotlin ordinal `space`, as a
/// Java byte array; null for no such space (also on a panic inside).
///
/// # Safety
/// `env` is the `JNIEnv *` of the calling thread.
unsafe fn space_array(env: JniEnv, space: i32, bytes_of: fn(Space) -> Vec<u8>) -> JObject {
    boundary(null_mut(), || match space_of(space) {
        // SAFETY: env is valid (this function's contract).
        Some(space) => unsafe { byte_array(env, &bytes_of(space)) },
        None => null_mut(),
    })
}

/// A new Java byte array holding `bytes`, or null (when the JVM is out of
/// memory, its exception pending).
///
/// # Safety
/// `env` is the `JNIEnv *` of the calling thread.
unsafe fn byte_array(env: JniEnv, bytes: &[u8]) -> JObject {
    let Ok(length) = i32::try_from(bytes.len()) else {
        return null_mut();
    };
    // SAFETY: env is valid (caller's contract); the functions have these types; the
    // array is new, of `length` bytes, and `bytes` holds as many.
    unsafe {
        let array = function::<NewByteArray>(env, NEW_BYTE_ARRAY)(env, length);
        if !array.is_null() {
            function::<SetByteArrayRegion>(env, SET_BYTE_ARRAY_REGION)(env, array, 0, length, bytes.as_ptr().cast());
        }
        array
    }
}

/// `NativeCatalog.contractVersion()`: [`JNI_CONTRACT_VERSION`].
#[no_mangle]
pub extern "system" fn Java_io_chaterrors_NativeCatalog_contractVersion(_env: JniEnv, _class: JObject) -> i32 {
    JNI_CONTRACT_VERSION
}

/// `NativeCatalog.catalogVersion()`: the catalog version, as a Java string
/// (null, with the JVM's exception pending, when the JVM is out of memory).
///
/// # Safety
/// `env` is the `JNIEnv *` of the calling thread.
#[no_mangle]
pub unsafe extern "system" fn Java_io_chaterrors_NativeCatalog_catalogVersion(env: JniEnv, _class: JObject) -> JObject {
    boundary(null_mut(), || {
        let Ok(text) = CString::new(CATALOG_VERSION) else {
            return null_mut();
        };
        // SAFETY: env is valid (caller's contract); NewStringUTF has this type.
        unsafe { function::<NewStringUtf>(env, NEW_STRING_UTF)(env, text.as_ptr()) }
    })
}

/// `NativeCatalog.codes(space)`: the codes of the space of that ordinal
/// (Kotlin's `Space.ordinal`), or null for no such space.
///
/// # Safety
/// `env` is the `JNIEnv *` of the calling thread.
#[no_mangle]
pub unsafe extern "system" fn Java_io_chaterrors_NativeCatalog_codes(
    env: JniEnv,
    _class: JObject,
    space: i32,
) -> JObject {
    // SAFETY: env is valid (caller's contract).
    unsafe { space_array(env, space, codes_bytes) }
}

/// `NativeCatalog.entry(space, index)`: entry `index` (catalog order) of the
/// space of that ordinal, or null for no such space or entry.
///
/// # Safety
/// `env` is the `JNIEnv *` of the calling thread.
#[no_mangle]
pub unsafe extern "system" fn Java_io_chaterrors_NativeCatalog_entry(
    env: JniEnv,
    _class: JObject,
    space: i32,
    index: i32,
) -> JObject {
    boundary(null_mut(), || {
        let bytes = space_of(space)
            .zip(usize::try_from(index).ok())
            .and_then(|(space, index)| entry_bytes(space, index));
        match bytes {
            // SAFETY: env is valid (caller's contract).
            Some(bytes) => unsafe { byte_array(env, &bytes) },
            None => null_mut(),
        }
    })
}

/// `NativeCatalog.names(space)`: the names of the space of that ordinal, or
/// null for no such space.
///
/// # Safety
/// `env` is the `JNIEnv *` of the calling thread.
#[no_mangle]
pub unsafe extern "system" fn Java_io_chaterrors_NativeCatalog_names(
    env: JniEnv,
    _class: JObject,
    space: i32,
) -> JObject {
    // SAFETY: env is valid (caller's contract).
    unsafe { space_array(env, space, names_bytes) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::RefCell;

    thread_local! {
        /// The objects the mock JVM made, by reference (index + 1).
        static OBJECTS: RefCell<Vec<Vec<u8>>> = const { RefCell::new(Vec::new()) };
    }

    fn object(reference: JObject) -> Vec<u8> {
        OBJECTS.with(|objects| objects.borrow()[reference as usize - 1].clone())
    }

    fn store(bytes: Vec<u8>) -> JObject {
        OBJECTS.with(|objects| {
            let mut objects = objects.borrow_mut();
            objects.push(bytes);
            objects.len() as JObject
        })
    }

    unsafe extern "system" fn new_string_utf(_env: JniEnv, text: *const c_char) -> JObject {
        // SAFETY: the export passes a NUL-terminated string.
        store(unsafe { std::ffi::CStr::from_ptr(text) }.to_bytes().to_vec())
    }

    unsafe extern "system" fn new_byte_array(_env: JniEnv, length: i32) -> JObject {
        store(vec![0; usize::try_from(length).unwrap()])
    }

    unsafe extern "system" fn set_byte_array_region(
        _env: JniEnv,
        array: JObject,
        start: i32,
        length: i32,
        bytes: *const i8,
    ) {
        let (start, length) = (usize::try_from(start).unwrap(), usize::try_from(length).unwrap());
        // SAFETY: the export passes `length` readable bytes.
        let source = unsafe { std::slice::from_raw_parts(bytes.cast::<u8>(), length) };
        OBJECTS.with(|objects| objects.borrow_mut()[array as usize - 1][start..start + length].copy_from_slice(source));
    }

    /// Runs `call` with a mock `JNIEnv *` whose table holds the functions the exports use.
    fn with_env<R>(call: impl FnOnce(JniEnv) -> R) -> R {
        let mut table = vec![std::ptr::null::<c_void>(); 234];
        table[NEW_STRING_UTF] = new_string_utf as NewStringUtf as *const c_void;
        table[NEW_BYTE_ARRAY] = new_byte_array as NewByteArray as *const c_void;
        table[SET_BYTE_ARRAY_REGION] = set_byte_array_region as SetByteArrayRegion as *const c_void;
        let mut functions = table.as_ptr();
        call(&mut functions)
    }

    fn read_i32(bytes: &mut &[u8]) -> i32 {
        let (head, rest) = bytes.split_at(4);
        *bytes = rest;
        i32::from_be_bytes(head.try_into().unwrap())
    }

    #[test]
    fn the_versions_are_the_contract_and_the_catalog() {
        assert_eq!(
            Java_io_chaterrors_NativeCatalog_contractVersion(null_mut(), null_mut()),
            JNI_CONTRACT_VERSION
        );
        // SAFETY: a mock environment.
        let version = with_env(|env| unsafe { Java_io_chaterrors_NativeCatalog_catalogVersion(env, null_mut()) });
        assert_eq!(object(version), CATALOG_VERSION.as_bytes());
    }

    #[test]
    fn a_space_gives_its_codes_entries_and_names_as_uniffi_returns_them() {
        for (ordinal, &space) in (0..).zip(Space::ALL) {
            // SAFETY: a mock environment.
            let codes = object(with_env(|env| unsafe {
                Java_io_chaterrors_NativeCatalog_codes(env, null_mut(), ordinal)
            }));
            let mut codes = codes.as_slice();
            let count = read_i32(&mut codes);
            let expected = crate::entries(space);
            assert_eq!(usize::try_from(count).unwrap(), expected.len());
            for (index, expected) in (0..).zip(expected) {
                assert_eq!(read_i32(&mut codes), expected.code);
                // SAFETY: a mock environment.
                let entry =
                    with_env(|env| unsafe { Java_io_chaterrors_NativeCatalog_entry(env, null_mut(), ordinal, index) });
                let entry = object(entry);
                let mut bytes = entry.as_slice();
                assert_eq!(
                    <ErrorEntry as uniffi::Lift<UniFfiTag>>::try_read(&mut bytes).unwrap(),
                    expected
                );
                assert!(bytes.is_empty(), "{space} {}: nothing after the entry", expected.code);
            }
            assert!(codes.is_empty(), "{space}: nothing after the codes");
            // SAFETY: a mock environment.
            let names = object(with_env(|env| unsafe {
                Java_io_chaterrors_NativeCatalog_names(env, null_mut(), ordinal)
            }));
            let mut bytes = names.as_slice();
            assert_eq!(
                <Vec<NameTarget> as uniffi::Lift<UniFfiTag>>::try_read(&mut bytes).unwrap(),
                crate::names(space)
            );
            assert!(bytes.is_empty(), "{space}: nothing after the names");
        }
    }

    #[test]
    fn no_such_space_or_entry_is_null() {
        let entries = i32::try_from(chat_errors::entries(Space::Web).len()).unwrap();
        for (space, index) in [
            (-1, 0),
            (2, 0),
            (i32::MAX, 0),
            (i32::MIN, 0),
            (0, -1),
            (0, entries),
            (0, i32::MAX),
        ] {
            // SAFETY: a mock environment.
            let entry =
                with_env(|env| unsafe { Java_io_chaterrors_NativeCatalog_entry(env, null_mut(), space, index) });
            assert!(entry.is_null(), "entry({space}, {index})");
        }
        for space in [-1, 2, i32::MAX, i32::MIN] {
            // SAFETY: a mock environment.
            let (codes, names) = with_env(|env| unsafe {
                (
                    Java_io_chaterrors_NativeCatalog_codes(env, null_mut(), space),
                    Java_io_chaterrors_NativeCatalog_names(env, null_mut(), space),
                )
            });
            assert!(codes.is_null() && names.is_null(), "{space}");
        }
    }

    #[test]
    fn enums_travel_as_their_uniffi_ordinal() {
        assert_eq!(ordinal(Space::Web), Some(0));
        assert_eq!(ordinal(Space::Native), Some(1));
    }

    #[test]
    fn a_panic_stops_at_the_boundary() {
        assert!(boundary(null_mut::<c_void>(), || panic!("inside")).is_null());
    }
}
