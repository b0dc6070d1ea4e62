//! Invariants of the C entry points, called as C would call them: integers
//! for space, language and index, raw pointers and lengths for names and
//! buffers, and arbitrary pointers as entry handles.
//!
//! The ffi crate builds only a cdylib and a staticlib, which Rust code cannot
//! link as a dependency, so its sources are compiled here as a module: the
//! functions called below are the very `extern "C"` functions of
//! `ffi/src/lib.rs`, instrumented by the fuzzer like the rest.

#[allow(unexpected_cfgs, unused_imports, dead_code, missing_docs, unreachable_pub)]
#[path = "../../ffi/src/lib.rs"]
mod ffi;

use chat_errors::{entries, Space};
use core::ffi::{c_char, CStr};
use core::ptr;
use ffi::*;

/// The C input decoded from fuzzer bytes, fixed layout so seeds are easy to
/// write: `[flags, space: u32, code: i32, language: u32, index: u32,
/// buffer length: u16, name...]`, integers little-endian.
struct Input<'a> {
    space: u32,
    code: i32,
    language: u32,
    index: usize,
    buffer_len: usize,
    handle_offset: usize,
    name: &'a [u8],
}

const HEADER_LEN: usize = 19;

impl<'a> Input<'a> {
    fn decode(data: &'a [u8]) -> Option<Self> {
        let header = data.get(..HEADER_LEN)?;
        let word = |at: usize| u32::from_le_bytes([header[at], header[at + 1], header[at + 2], header[at + 3]]);
        Some(Input {
            space: word(1),
            code: word(5) as i32,
            language: word(9),
            index: word(13) as usize,
            buffer_len: usize::from(u16::from_le_bytes([header[17], header[18]])) % 600,
            handle_offset: usize::from(header[0]),
            name: &data[HEADER_LEN..],
        })
    }

    /// The input header for these integers, followed by `name`.
    fn encode(space: u32, code: i32, language: u32, index: u32, buffer_len: u16, name: &[u8]) -> Vec<u8> {
        let mut data = vec![0];
        data.extend_from_slice(&space.to_le_bytes());
        data.extend_from_slice(&code.to_le_bytes());
        data.extend_from_slice(&language.to_le_bytes());
        data.extend_from_slice(&index.to_le_bytes());
        data.extend_from_slice(&buffer_len.to_le_bytes());
        data.extend_from_slice(name);
        data
    }
}

/// The string a non-NULL `*const c_char` from the library points at.
fn c_str<'a>(text: *const c_char) -> &'a str {
    assert!(!text.is_null());
    // SAFETY: the library returns static NUL-terminated strings (checked by this very call under ASan).
    let text = unsafe { CStr::from_ptr(text) };
    text.to_str().expect("the library returns UTF-8")
}

fn is_valid_space(space: u32) -> bool {
    Space::from_value(space).is_some()
}

/// Everything C can ask of a found entry: accessors agree with the Rust
/// entry, indexes past the end give NULL, and the entry's code and name find
/// it again.
fn check_entry(entry: *const chat_errors_entry, input: &Input) {
    assert!(!entry.is_null());
    let space = chat_errors_entry_space(entry);
    assert!(is_valid_space(space), "entry space {space}");
    let code = chat_errors_entry_code(entry);
    let name = chat_errors_entry_name(entry);
    assert_eq!(
        chat_errors_lookup(space, code),
        entry,
        "code {code} does not find its entry again"
    );
    // A code no SDK emits (native 902) shares its name with the code that
    // carries the meaning today, which the name finds: the same name either way.
    // SAFETY: `name` is the library's static NUL-terminated name.
    let owner = unsafe { chat_errors_lookup_name(space, name) };
    assert!(
        owner == entry || (!owner.is_null() && c_str(chat_errors_entry_name(owner)) == c_str(name)),
        "name does not find its entry again"
    );
    let name = c_str(name);
    // SAFETY: `name` is readable for its length.
    let by_len = unsafe { chat_errors_lookup_name_len(space, name.as_ptr().cast(), name.len()) };
    assert_eq!(by_len, owner);
    assert!(!c_str(chat_errors_entry_summary(entry, input.language)).is_empty());
    assert!(!c_str(chat_errors_entry_detail(entry, input.language)).is_empty());
    assert!(!chat_errors_category_name(chat_errors_entry_category(entry)).is_null());
    assert!(!chat_errors_action_name(chat_errors_entry_action(entry)).is_null());

    let aliases = chat_errors_entry_alias_count(entry);
    for index in 0..aliases {
        // SAFETY: an alias is a static NUL-terminated name.
        assert_eq!(
            unsafe { chat_errors_lookup_name(space, chat_errors_entry_alias(entry, index)) },
            entry
        );
    }
    assert_eq!(
        chat_errors_entry_alias(entry, input.index).is_null(),
        input.index >= aliases
    );
    let seeds = chat_errors_entry_seed_count(entry);
    for index in [input.index, 0] {
        assert_eq!(chat_errors_entry_seed_page(entry, index).is_null(), index >= seeds);
        assert_eq!(chat_errors_entry_seed_name(entry, index).is_null(), index >= seeds);
    }
    let equivalents = chat_errors_entry_equivalent_count(entry);
    for index in 0..equivalents {
        let equivalent = chat_errors_entry_equivalent(entry, index);
        assert!(!equivalent.is_null());
        assert_ne!(chat_errors_entry_space(equivalent), space);
    }
    assert_eq!(
        chat_errors_entry_equivalent(entry, input.index).is_null(),
        input.index >= equivalents
    );
}

/// The message for the input's code written into `buffer`; returns the full
/// message's length, as the call does.
fn message_into(input: &Input, buffer: &mut [u8]) -> usize {
    // SAFETY: `buffer` is writable for its length (a NULL pointer when empty,
    // with length 0, only asks for the length).
    unsafe {
        chat_errors_message(
            input.space,
            input.code,
            input.language,
            if buffer.is_empty() {
                core::ptr::null_mut()
            } else {
                buffer.as_mut_ptr().cast()
            },
            buffer.len(),
        )
    }
}

/// The message for the input's code, into a buffer of the input's length:
/// always NUL-terminated, UTF-8, and a prefix of the whole message, whose
/// length the call returns.
fn check_message(input: &Input) {
    let full_len = message_into(input, &mut []);
    assert!(full_len > 0);
    let mut full = vec![0x55u8; full_len + 1];
    assert_eq!(message_into(input, &mut full), full_len);
    let full = CStr::from_bytes_with_nul(&full).expect("exactly one NUL, at the end");
    let full = full.to_str().expect("UTF-8");

    let mut buffer = vec![0x55u8; input.buffer_len];
    assert_eq!(message_into(input, &mut buffer), full_len);
    if let Some(nul) = buffer.iter().position(|&byte| byte == 0) {
        let written = core::str::from_utf8(&buffer[..nul]).expect("cut on a character boundary");
        assert!(full.starts_with(written));
        assert!(nul < buffer.len());
    } else {
        assert!(buffer.is_empty(), "a non-empty buffer must hold a NUL");
    }
}

/// One fuzz input through every C entry point.
pub fn check_c_api(data: &[u8]) {
    let Some(input) = Input::decode(data) else {
        return;
    };
    let space_ok = is_valid_space(input.space);

    // By code.
    let entry = chat_errors_lookup(input.space, input.code);
    if !entry.is_null() {
        assert_eq!(chat_errors_entry_code(entry), input.code);
        assert_eq!(chat_errors_entry_space(entry), input.space);
        check_entry(entry, &input);
    }

    // By name, as a C string: the name ends at its first NUL.
    let mut c_name = input.name.to_vec();
    c_name.push(0);
    let until_nul = &input.name[..input
        .name
        .iter()
        .position(|&byte| byte == 0)
        .unwrap_or(input.name.len())];
    // SAFETY: `c_name` is NUL-terminated.
    let entry = unsafe { chat_errors_lookup_name(input.space, c_name.as_ptr().cast()) };
    if !entry.is_null() {
        let name = core::str::from_utf8(until_nul).expect("a found name is UTF-8");
        let rust_entry = chat_errors::lookup_name(Space::from_value(input.space).unwrap(), name).unwrap();
        assert_eq!(chat_errors_entry_code(entry), rust_entry.code());
        check_entry(entry, &input);
    }
    // By name with a length: an interior NUL never matches.
    // SAFETY: `input.name` is readable for its length.
    let by_len = unsafe { chat_errors_lookup_name_len(input.space, input.name.as_ptr().cast(), input.name.len()) };
    if until_nul.len() == input.name.len() {
        assert_eq!(by_len, entry);
    } else {
        assert!(by_len.is_null(), "a name with an interior NUL was found");
    }

    // By index.
    let count = chat_errors_count(input.space);
    assert_eq!(
        count,
        Space::from_value(input.space).map_or(0, |space| entries(space).len())
    );
    let entry = chat_errors_at(input.space, input.index);
    assert_eq!(entry.is_null(), input.index >= count);
    if !entry.is_null() {
        check_entry(entry, &input);
    }
    assert_eq!(space_ok, !chat_errors_space_name(input.space).is_null());

    // A handle that is not an entry: near an entry, or any address at all.
    let base = entries(Space::Web).as_ptr() as usize;
    for foreign in [base.wrapping_add(input.handle_offset), input.index, input.code as usize] {
        let handle = foreign as *const chat_errors_entry;
        if chat_errors_entry_name(handle).is_null() {
            assert_eq!(chat_errors_entry_code(handle), CHAT_ERRORS_INVALID_CODE);
            assert_eq!(chat_errors_entry_space(handle), CHAT_ERRORS_INVALID);
            assert!(chat_errors_entry_summary(handle, input.language).is_null());
            assert_eq!(chat_errors_entry_alias_count(handle), 0);
        } else {
            check_entry(handle, &input);
        }
    }

    // Names of closed-set values, languages by tag, messages.
    check_names(
        &[input.space, input.language, input.index as u32, input.code as u32],
        &[
            chat_errors_language_name,
            chat_errors_category_name,
            chat_errors_action_name,
        ],
    );
    // SAFETY: `c_name` is NUL-terminated.
    let language = unsafe { chat_errors_language_from_tag(c_name.as_ptr().cast()) };
    assert!(!chat_errors_language_name(language).is_null());
    check_message(&input);
    check_schema_2(&input, &c_name, until_nul);
}

/// Every string accessor of a meaning handle the library gave out answers.
fn check_meaning(meaning: *const chat_errors_meaning, input: &Input) {
    let entry = chat_errors_meaning_entry(meaning);
    assert!(!entry.is_null());
    let index = chat_errors_meaning_index(meaning);
    assert_eq!(chat_errors_entry_meaning(entry, index), meaning);
    assert!(!c_str(chat_errors_meaning_name(meaning, 0)).is_empty());
    assert!(!c_str(chat_errors_meaning_user(meaning, input.language)).is_empty());
    assert!(!chat_errors_status_name(chat_errors_meaning_status(meaning)).is_null());
    let scopes = chat_errors_meaning_scope_count(meaning);
    assert_eq!(
        chat_errors_meaning_scope_family(meaning, input.index) == CHAT_ERRORS_INVALID,
        input.index >= scopes
    );
    let sources = chat_errors_meaning_source_count(meaning);
    assert_eq!(
        chat_errors_meaning_source_file(meaning, input.index).is_null(),
        input.index >= sources
    );
    assert_eq!(chat_errors_meaning_name(meaning, input.language).is_null(), {
        let platform = chat_errors::Platform::ALL.get(input.language as usize);
        match platform {
            Some(chat_errors::Platform::Canonical) => false,
            Some(&platform) => chat_errors::lookup(
                Space::from_value(chat_errors_entry_space(entry)).unwrap(),
                chat_errors_entry_code(entry),
            )
            .unwrap()
            .meanings()[index]
                .names()
                .on(platform)
                .is_none(),
            None => true,
        }
    });
}

/// The schema-2 entry points: the name bytes as an SDK text, the integers as
/// an SDK value, lookups in that context and in both spaces, meaning handles
/// near the tables, all checked against the Rust API.
fn check_schema_2(input: &Input, c_name: &[u8], until_nul: &[u8]) {
    // SDK texts: the C string ends at its first NUL; by length, it does not.
    let expected = |bytes: &[u8]| match core::str::from_utf8(bytes) {
        Err(_) => CHAT_ERRORS_SDK_BAD_TEXT,
        Ok(_) if bytes.len() > CHAT_ERRORS_NAME_MAX_LEN => CHAT_ERRORS_SDK_BAD_TEXT,
        Ok(text) => match chat_errors::Sdk::parse(text) {
            Ok(_) => CHAT_ERRORS_SDK_OK,
            Err(chat_errors::SdkError::UnknownFamily) => CHAT_ERRORS_SDK_UNKNOWN_FAMILY,
            Err(chat_errors::SdkError::MalformedVersion) => CHAT_ERRORS_SDK_MALFORMED_VERSION,
        },
    };
    let mut parsed = chat_errors_sdk::default();
    // SAFETY: `c_name` is NUL-terminated; `input.name` is readable for its length.
    unsafe {
        assert_eq!(
            chat_errors_sdk_parse(c_name.as_ptr().cast(), &mut parsed),
            expected(until_nul)
        );
        let by_len = chat_errors_sdk_parse_len(input.name.as_ptr().cast(), input.name.len(), ptr::null_mut());
        assert_eq!(by_len, expected(input.name));
    }

    // An SDK value from the fuzzer's integers: valid exactly when Rust agrees.
    let sdk = chat_errors_sdk {
        family: input.space,
        version: chat_errors_release {
            parts: input.language,
            major: input.index as u32,
            minor: input.code as u32,
            patch: u32::from(input.name.first().copied().unwrap_or(0)),
        },
    };
    // SAFETY: `sdk` and `parsed` are SDK values on the stack.
    let valid = unsafe { chat_errors_sdk_valid(&sdk) };
    let parts = [sdk.version.major, sdk.version.minor, sdk.version.patch];
    let rust_sdk = chat_errors::Family::from_value(sdk.family).and_then(|family| {
        let given = parts.get(..sdk.version.parts as usize)?;
        let given: Option<Vec<u16>> = given.iter().map(|&part| u16::try_from(part).ok()).collect();
        let given = given?;
        let version = if given.is_empty() {
            None
        } else {
            Some(chat_errors::Version::from_parts(&given)?)
        };
        Some(chat_errors::Sdk { family, version })
    });
    assert_eq!(valid, rust_sdk.is_some());
    for (context, from_integers) in [(&sdk, true), (&parsed, false)] {
        let space = Space::ALL[input.handle_offset % Space::ALL.len()];
        // SAFETY: `context` is an SDK value on the stack; the names are readable as given.
        let meaning = unsafe { chat_errors_lookup_in(space.value(), input.code, context) };
        if from_integers {
            let rust = rust_sdk.and_then(|rust_sdk| chat_errors::lookup_in(space, input.code, Some(&rust_sdk)));
            assert_eq!(meaning.is_null(), rust.is_none());
            if let Some(found) = rust {
                assert!(core::ptr::eq(meaning.cast::<chat_errors::Meaning>(), found.meaning));
            }
        }
        if !meaning.is_null() {
            check_meaning(meaning, input);
        }
        // SAFETY: as above.
        let named = unsafe {
            chat_errors_lookup_name_in_len(space.value(), input.name.as_ptr().cast(), input.name.len(), context)
        };
        if !named.is_null() {
            check_meaning(named, input);
        }
    }

    // Both spaces: as many as Rust finds, never more slots written than given.
    let mut out = [ptr::null::<chat_errors_entry>(); 2];
    let capacity = input.handle_offset % 3;
    // SAFETY: `c_name` is NUL-terminated; `out` has at least `capacity` slots.
    let found = unsafe { chat_errors_lookup_name_any(c_name.as_ptr().cast(), out.as_mut_ptr(), capacity) };
    let rust = core::str::from_utf8(until_nul)
        .ok()
        .filter(|name| name.len() <= CHAT_ERRORS_NAME_MAX_LEN)
        .map_or(0, |name| chat_errors::lookup_name_any(name).count());
    assert_eq!(found, rust);
    for (slot, handle) in out.iter().enumerate() {
        assert_eq!(handle.is_null(), slot >= found.min(capacity));
    }

    // Meaning handles: near a meaning of the tables, or any address at all.
    let base = entries(Space::Native)[0].meanings().as_ptr() as usize;
    for foreign in [base.wrapping_add(input.handle_offset), input.index, input.code as usize] {
        let handle = foreign as *const chat_errors_meaning;
        if chat_errors_meaning_entry(handle).is_null() {
            assert_eq!(chat_errors_meaning_index(handle), usize::MAX);
            assert!(chat_errors_meaning_summary(handle, input.language).is_null());
            assert_eq!(chat_errors_meaning_scope_count(handle), 0);
        } else {
            check_meaning(handle, input);
        }
    }
    check_names(
        &[input.space, input.language, input.index as u32],
        &[
            chat_errors_family_name,
            chat_errors_status_name,
            chat_errors_platform_name,
        ],
    );
}

/// The name of a closed-set value: each of `names` gives, for each of
/// `values`, null or a non-empty C string.
fn check_names(values: &[u32], names: &[extern "C" fn(u32) -> *const c_char]) {
    for &value in values {
        for name in names {
            let name = name(value);
            if !name.is_null() {
                assert!(!c_str(name).is_empty());
            }
        }
    }
}

/// Inputs that reach every entry: its code, its name, its index.
pub fn seeds() -> Vec<Vec<u8>> {
    let mut seeds = Vec::new();
    for (space_value, &space) in (0u32..).zip(Space::ALL) {
        for (index, entry) in (0u32..).zip(entries(space)) {
            let code = entry.code();
            seeds.push(Input::encode(
                space_value,
                code,
                index % 2,
                index,
                40,
                entry.name().as_bytes(),
            ));
        }
    }
    seeds.push(Input::encode(7, i32::MIN, 9, u32::MAX, 0, b"zh-CN"));
    // SDK texts and SDK values (space = family, language = parts, index = major, code = minor).
    seeds.push(Input::encode(1, 9, 2, 3, 0, b"easemob-ios@3.9"));
    seeds.push(Input::encode(3, 2, 3, 1, 0, b"agora-ios@1.2.0"));
    seeds.push(Input::encode(1, 605, 2, 65536, 0, b"easemob-ios@99999"));
    seeds.push(Input::encode(11, 606, 4, u32::MAX, 0, b"EMErrorGroupNotExist"));
    seeds
}
