//! The JNI exports the idiomatic Kotlin layer answers from (its class
//! `io.chaterrors.NativeCatalog`), so that a first lookup needs no JNA: the
//! contract and catalog versions, which the layer checks when the library
//! loads, and one space's catalog in one byte array. Written by hand over the
//! JVM's function table (indices of the JNI specification); no panic crosses
//! into the JVM.
//!
//! The format of a space, big-endian: `i32` N; N times `(i32 code, i32
//! length)` in code order; `i32` length and the space's names (a
//! `Vec<NameTarget>`, as [`crate::names`] gives them); then the N entries
//! (each an `ErrorEntry`, the length given). Records, lists, strings and
//! enums are in UniFFI's own serialization (an enum is its ordinal + 1, as
//! `i32`), the data the UniFFI functions return.

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

/// Appends a length (a catalog section never reaches 2 GiB).
fn put_length(out: &mut Vec<u8>, length: usize) {
    let length = i32::try_from(length).expect("a catalog section fits in an i32");
    out.extend_from_slice(&length.to_be_bytes());
}

/// Every entry and name of `space`, in the format above.
pub fn space_bytes(space: Space) -> Vec<u8> {
    let entries: Vec<(i32, Vec<u8>)> = chat_errors::entries(space)
        .iter()
        .map(|entry| {
            let mut bytes = Vec::new();
            <ErrorEntry as uniffi::Lower<UniFfiTag>>::write(entry.into(), &mut bytes);
            (entry.code(), bytes)
        })
        .collect();
    let mut names = Vec::new();
    <Vec<NameTarget> as uniffi::Lower<UniFfiTag>>::write(crate::names(space), &mut names);
    let body: usize = entries.iter().map(|(_, bytes)| bytes.len()).sum();
    let mut out = Vec::with_capacity(8 + entries.len() * 8 + names.len() + body);
    put_length(&mut out, entries.len());
    for (code, bytes) in &entries {
        out.extend_from_slice(&code.to_be_bytes());
        put_length(&mut out, bytes.len());
    }
    put_length(&mut out, names.len());
    out.extend_from_slice(&names);
    for (_, bytes) in &entries {
        out.extend_from_slice(bytes);
    }
    out
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

/// `NativeCatalog.space(ordinal)`: the space of that ordinal (Kotlin's
/// `Space.ordinal`) in the format above, or null for no such space (or when
/// the JVM is out of memory, its exception pending).
///
/// # Safety
/// `env` is the `JNIEnv *` of the calling thread.
#[no_mangle]
pub unsafe extern "system" fn Java_io_chaterrors_NativeCatalog_space(
    env: JniEnv,
    _class: JObject,
    space: i32,
) -> JObject {
    boundary(null_mut(), || {
        let Some(&space) = Space::ALL.iter().find(|&&candidate| ordinal(candidate) == Some(space)) else {
            return null_mut();
        };
        let bytes = space_bytes(space);
        let Ok(length) = i32::try_from(bytes.len()) else {
            return null_mut();
        };
        // SAFETY: env is valid (caller's contract); the functions have these types; the
        // array is new, of `length` bytes, and `bytes` holds as many.
        unsafe {
            let array = function::<NewByteArray>(env, NEW_BYTE_ARRAY)(env, length);
            if !array.is_null() {
                function::<SetByteArrayRegion>(env, SET_BYTE_ARRAY_REGION)(
                    env,
                    array,
                    0,
                    length,
                    bytes.as_ptr().cast(),
                );
            }
            array
        }
    })
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
    fn a_space_holds_every_entry_and_name_as_uniffi_returns_them() {
        for (ordinal, &space) in Space::ALL.iter().enumerate() {
            // SAFETY: a mock environment.
            let array =
                with_env(|env| unsafe { Java_io_chaterrors_NativeCatalog_space(env, null_mut(), ordinal as i32) });
            let all = object(array);
            let mut bytes = all.as_slice();
            let count = usize::try_from(read_i32(&mut bytes)).unwrap();
            let index: Vec<(i32, usize)> = (0..count)
                .map(|_| (read_i32(&mut bytes), usize::try_from(read_i32(&mut bytes)).unwrap()))
                .collect();
            let names_length = usize::try_from(read_i32(&mut bytes)).unwrap();
            let (mut names, mut rest) = bytes.split_at(names_length);
            let names = <Vec<NameTarget> as uniffi::Lift<UniFfiTag>>::try_read(&mut names).unwrap();
            assert_eq!(names, crate::names(space));
            let expected = crate::entries(space);
            assert_eq!(index.len(), expected.len());
            for ((code, length), expected) in index.into_iter().zip(expected) {
                let (mut entry, tail) = rest.split_at(length);
                rest = tail;
                assert_eq!(code, expected.code);
                assert_eq!(
                    <ErrorEntry as uniffi::Lift<UniFfiTag>>::try_read(&mut entry).unwrap(),
                    expected
                );
                assert!(entry.is_empty(), "{space} {code}: the length is the entry's");
            }
            assert!(rest.is_empty(), "{space}: nothing after the entries");
        }
    }

    #[test]
    fn no_such_space_is_null() {
        for ordinal in [-1, 2, i32::MAX, i32::MIN] {
            // SAFETY: a mock environment.
            let array = with_env(|env| unsafe { Java_io_chaterrors_NativeCatalog_space(env, null_mut(), ordinal) });
            assert!(array.is_null(), "{ordinal}");
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
