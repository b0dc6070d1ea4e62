//! Pointer handling at the C boundary, written to run under miri (see
//! tests/hardening/run.sh): every pointer the library returns is read to its
//! NUL, every buffer it is given is exactly as long as declared, and hostile
//! pointers (NULL, dangling, misaligned, foreign) are passed where C could
//! pass them. Miri fails the test on any read or write out of bounds, any use
//! of a dangling pointer and any other undefined behaviour.

use super::*;
use core::ffi::CStr;

/// Miri cannot call into the C library, so under miri the C `strnlen` the
/// library calls is this model of it (POSIX semantics: the length before the
/// first NUL, reading at most `max_len` bytes). It reads byte by byte, so miri
/// checks that every byte the library has read is memory the caller gave it.
#[cfg(miri)]
#[no_mangle]
unsafe extern "C" fn strnlen(text: *const c_char, max_len: usize) -> usize {
    // SAFETY: as for the C function, `text` is readable up to its NUL or `max_len` bytes.
    (0..max_len).find(|&i| unsafe { *text.add(i) } == 0).unwrap_or(max_len)
}

/// The text of a non-NULL string returned by the library.
fn text<'a>(pointer: *const c_char) -> &'a str {
    assert!(!pointer.is_null());
    // SAFETY: the library returns static NUL-terminated strings; miri checks the read.
    unsafe { CStr::from_ptr(pointer) }.to_str().expect("UTF-8")
}

/// Looks `name` up as a C string in a buffer holding exactly the name and its NUL.
fn lookup_c(space: u32, name: &[u8]) -> *const chat_errors_entry {
    let mut buffer = name.to_vec();
    buffer.push(0);
    // SAFETY: `buffer` is NUL-terminated.
    unsafe { chat_errors_lookup_name(space, buffer.as_ptr().cast()) }
}

fn all_handles() -> impl Iterator<Item = *const chat_errors_entry> {
    Space::ALL
        .iter()
        .flat_map(|&space| (0..chat_errors_count(space.value())).map(move |index| chat_errors_at(space.value(), index)))
}

#[test]
fn every_string_of_every_entry_is_in_bounds_and_terminated() {
    let mut seen = 0;
    for entry in all_handles() {
        let space = chat_errors_entry_space(entry);
        let code = chat_errors_entry_code(entry);
        assert_eq!(chat_errors_lookup(space, code), entry);
        let name = text(chat_errors_entry_name(entry));
        // A code no SDK emits (native 902) shares its name with the code that
        // carries the meaning today, which the name finds.
        if chat_errors::lookup(Space::from_value(space).unwrap(), code)
            .unwrap()
            .has_constant()
        {
            assert_eq!(lookup_c(space, name.as_bytes()), entry);
        }
        for &language in Language::ALL {
            text(chat_errors_entry_summary(entry, language.value()));
            text(chat_errors_entry_detail(entry, language.value()));
        }
        for index in 0..chat_errors_entry_alias_count(entry) {
            assert_eq!(
                lookup_c(space, text(chat_errors_entry_alias(entry, index)).as_bytes()),
                entry
            );
        }
        for index in 0..chat_errors_entry_seed_count(entry) {
            text(chat_errors_entry_seed_page(entry, index));
            text(chat_errors_entry_seed_name(entry, index));
        }
        for index in 0..chat_errors_entry_equivalent_count(entry) {
            let equivalent = chat_errors_entry_equivalent(entry, index);
            text(chat_errors_entry_name(equivalent));
        }
        text(chat_errors_category_name(chat_errors_entry_category(entry)));
        text(chat_errors_action_name(chat_errors_entry_action(entry)));
        seen += 1;
    }
    assert_eq!(seen, entries(Space::Web).len() + entries(Space::Native).len());
}

#[test]
fn null_pointers_are_answered() {
    let null = ptr::null::<chat_errors_entry>();
    for space in [0, 1, 2, u32::MAX] {
        // SAFETY: NULL is allowed for every pointer argument.
        unsafe {
            assert!(chat_errors_lookup_name(space, ptr::null()).is_null());
            assert!(chat_errors_lookup_name_len(space, ptr::null(), 0).is_null());
            assert!(chat_errors_lookup_name_len(space, ptr::null(), 1 << 20).is_null());
        }
    }
    assert_eq!(chat_errors_entry_space(null), CHAT_ERRORS_INVALID);
    assert_eq!(chat_errors_entry_code(null), CHAT_ERRORS_INVALID_CODE);
    assert!(chat_errors_entry_name(null).is_null());
    assert!(chat_errors_entry_summary(null, 0).is_null());
    assert!(chat_errors_entry_detail(null, 1).is_null());
    assert_eq!(chat_errors_entry_category(null), CHAT_ERRORS_INVALID);
    assert_eq!(chat_errors_entry_action(null), CHAT_ERRORS_INVALID);
    assert!(!chat_errors_entry_transient(null));
    assert_eq!(chat_errors_entry_alias_count(null), 0);
    assert!(chat_errors_entry_alias(null, 0).is_null());
    assert_eq!(chat_errors_entry_seed_count(null), 0);
    assert!(chat_errors_entry_seed_page(null, 0).is_null());
    assert!(chat_errors_entry_seed_name(null, 0).is_null());
    assert_eq!(chat_errors_entry_equivalent_count(null), 0);
    assert!(chat_errors_entry_equivalent(null, 0).is_null());
    // SAFETY: NULL is allowed for the tag and for the buffer.
    unsafe {
        assert_eq!(chat_errors_language_from_tag(ptr::null()), Language::En.value());
        let len = chat_errors_message(0, 16, 0, ptr::null_mut(), 64);
        assert!(len > 0);
    }
}

#[test]
fn handles_that_are_not_entries_are_never_dereferenced() {
    let local = 0u64;
    let first = chat_errors_at(0, 0);
    let table_end = first
        .cast::<Entry>()
        .wrapping_add(entries(Space::Web).len())
        .cast::<chat_errors_entry>();
    let foreign: [*const chat_errors_entry; 6] = [
        ptr::from_ref(&local).cast(),
        ptr::dangling(),
        ptr::without_provenance(0xdead_beef),
        first.cast::<u8>().wrapping_add(1).cast(),
        first.cast::<u8>().wrapping_sub(size_of::<Entry>()).cast(),
        table_end.cast::<u8>().wrapping_add(3).cast(),
    ];
    for handle in foreign {
        assert_eq!(chat_errors_entry_code(handle), CHAT_ERRORS_INVALID_CODE);
        assert_eq!(chat_errors_entry_space(handle), CHAT_ERRORS_INVALID);
        assert!(chat_errors_entry_name(handle).is_null());
        assert!(chat_errors_entry_summary(handle, 1).is_null());
        assert!(chat_errors_entry_seed_name(handle, 0).is_null());
        assert!(chat_errors_entry_equivalent(handle, 0).is_null());
    }
}

#[test]
fn names_are_read_no_further_than_the_cap() {
    // Exactly the bytes the contract allows to be read, with no NUL: miri
    // fails the test if one more byte is read.
    let unterminated = vec![b'A'; CHAT_ERRORS_NAME_MAX_LEN + 1];
    // SAFETY: readable for CHAT_ERRORS_NAME_MAX_LEN + 1 bytes, as documented.
    unsafe {
        assert!(chat_errors_lookup_name(0, unterminated.as_ptr().cast()).is_null());
        assert_eq!(
            chat_errors_language_from_tag(unterminated.as_ptr().cast()),
            Language::En.value()
        );
    }
    // A 1 MiB name (NUL-terminated) is refused after the cap.
    let mut huge = vec![b'B'; 1 << 20];
    huge.push(0);
    // SAFETY: NUL-terminated.
    unsafe { assert!(chat_errors_lookup_name(0, huge.as_ptr().cast()).is_null()) };
    // With a length past the cap nothing at all is read: one real byte is enough.
    let one = [b'C'];
    // SAFETY: nothing is read when `len` exceeds the cap.
    unsafe { assert!(chat_errors_lookup_name_len(0, one.as_ptr().cast(), 1 << 20).is_null()) };
}

#[test]
fn bad_name_bytes_are_refused() {
    let web = Space::Web.value();
    let name = entries(Space::Web)[0].name().as_bytes();
    // Interior NUL: the C string ends there; with a length it never matches.
    let mut with_nul = name.to_vec();
    with_nul.push(0);
    with_nul.extend_from_slice(b"TAIL");
    // SAFETY: readable for its length.
    unsafe { assert!(chat_errors_lookup_name_len(web, with_nul.as_ptr().cast(), with_nul.len()).is_null()) };
    assert_eq!(lookup_c(web, &with_nul), chat_errors_at(web, 0));
    // Not UTF-8, empty, and a name at exactly the cap.
    for bad in [&b"\xff\xfe"[..], b"", b"WEBIM_\xc3", &[b'D'; CHAT_ERRORS_NAME_MAX_LEN]] {
        assert!(lookup_c(web, bad).is_null());
        // SAFETY: readable for its length.
        unsafe { assert!(chat_errors_lookup_name_len(web, bad.as_ptr().cast(), bad.len()).is_null()) };
    }
}

#[test]
fn messages_fit_any_buffer_exactly() {
    // A Chinese summary (multi-byte characters) and an unknown code.
    let zh = Language::Zh.value();
    let entry = &entries(Space::Web)[0];
    for (space, code, language) in [(0, entry.code(), zh), (1, i32::MIN, zh), (9, i32::MAX, 0)] {
        // SAFETY: NULL buffer with length 0.
        let full = unsafe { chat_errors_message(space, code, language, ptr::null_mut(), 0) };
        let sizes: Vec<usize> = if cfg!(miri) {
            vec![0, 1, 2, 3, 4, full / 2, full, full + 1]
        } else {
            (0..=full + 1).collect()
        };
        for size in sizes {
            // Exactly `size` bytes: miri fails the test on a write past them.
            let mut buffer = vec![0xAAu8; size];
            // SAFETY: writable for `size` bytes.
            let len = unsafe { chat_errors_message(space, code, language, buffer.as_mut_ptr().cast(), size) };
            assert_eq!(len, full);
            if size > 0 {
                let written = CStr::from_bytes_until_nul(&buffer)
                    .expect("NUL-terminated")
                    .to_str()
                    .expect("UTF-8");
                assert!(written.len() < size);
            }
        }
    }
}

#[test]
fn out_of_range_integers_are_answered() {
    for value in [2, 17, 1000, u32::MAX] {
        assert!(chat_errors_lookup(value, 16).is_null());
        assert_eq!(chat_errors_count(value), 0);
        assert!(chat_errors_at(value, 0).is_null());
        assert!(chat_errors_space_name(value).is_null());
        assert!(chat_errors_language_name(value).is_null());
    }
    assert!(chat_errors_category_name(17).is_null());
    assert!(chat_errors_action_name(chat_errors::Action::ALL.len() as u32).is_null());
    for space in [0, 1] {
        assert!(chat_errors_at(space, chat_errors_count(space)).is_null());
        assert!(chat_errors_at(space, usize::MAX).is_null());
        for code in [i32::MIN, i32::MAX] {
            assert!(chat_errors_lookup(space, code).is_null());
        }
    }
    // An unknown language falls back to English.
    let entry = chat_errors_at(0, 0);
    assert_eq!(
        chat_errors_entry_summary(entry, 99),
        chat_errors_entry_summary(entry, 0)
    );
}

#[cfg(feature = "test-panic")]
#[test]
fn a_panic_inside_returns_the_default() {
    assert!(lookup_c(0, b"CHAT_ERRORS_TEST_PANIC").is_null());
    assert!(!lookup_c(0, entries(Space::Web)[0].name().as_bytes()).is_null());
    let trigger = b"CHAT_ERRORS_TEST_PANIC\0";
    let mut out = [ptr::null::<chat_errors_entry>(); 2];
    // SAFETY: `trigger` is NUL-terminated; `out` has two writable slots.
    unsafe {
        assert!(chat_errors_lookup_name_in(0, trigger.as_ptr().cast(), ptr::null()).is_null());
        assert_eq!(
            chat_errors_lookup_name_any(trigger.as_ptr().cast(), out.as_mut_ptr(), 2),
            0
        );
    }
}

/// Parses `text` from a buffer holding exactly the text and its NUL.
fn parse_c(text: &[u8], out: *mut chat_errors_sdk) -> u32 {
    let mut buffer = text.to_vec();
    buffer.push(0);
    // SAFETY: `buffer` is NUL-terminated; `out` is NULL or a writable SDK value.
    unsafe { chat_errors_sdk_parse(buffer.as_ptr().cast(), out) }
}

/// The entries a meaning test walks: all of them natively; under miri, where
/// every meaning handle check scans the tables, those with variants or
/// conflicts and every 16th other one.
fn meaning_test_handles() -> impl Iterator<Item = *const chat_errors_entry> {
    all_handles().enumerate().filter_map(|(index, entry)| {
        let notable = chat_errors_entry_meaning_count(entry) > 1 || chat_errors_entry_conflict_count(entry) > 0;
        (!cfg!(miri) || notable || index % 16 == 0).then_some(entry)
    })
}

#[test]
fn every_string_of_every_meaning_is_in_bounds_and_terminated() {
    let mut meanings = 0;
    for entry in meaning_test_handles() {
        for language in [0, 1, u32::MAX] {
            text(chat_errors_entry_user(entry, language));
            for index in 0..chat_errors_entry_conflict_count(entry) {
                text(chat_errors_entry_conflict_source(entry, index));
                text(chat_errors_entry_conflict_says(entry, index));
                text(chat_errors_entry_conflict_reason(entry, index, language));
            }
        }
        text(chat_errors_status_name(chat_errors_entry_status(entry)));
        for index in 0..chat_errors_entry_meaning_count(entry) {
            let meaning = chat_errors_entry_meaning(entry, index);
            assert_eq!(chat_errors_meaning_entry(meaning), entry);
            assert_eq!(chat_errors_meaning_index(meaning), index);
            for platform in 0..chat_errors::Platform::ALL.len() as u32 {
                let name = chat_errors_meaning_name(meaning, platform);
                if !name.is_null() {
                    text(name);
                }
            }
            // SAFETY: NULL is allowed for the SDK.
            text(unsafe { chat_errors_meaning_name_for(meaning, ptr::null()) });
            for alias in 0..chat_errors_meaning_alias_count(meaning) {
                text(chat_errors_meaning_alias(meaning, alias));
            }
            for language in [0, 1] {
                text(chat_errors_meaning_summary(meaning, language));
                text(chat_errors_meaning_detail(meaning, language));
                text(chat_errors_meaning_user(meaning, language));
            }
            for scope in 0..chat_errors_meaning_scope_count(meaning) {
                text(chat_errors_family_name(chat_errors_meaning_scope_family(
                    meaning, scope,
                )));
                // Each bound given is a release the scope covers.
                let family = chat_errors_meaning_scope_family(meaning, scope);
                for version in [
                    chat_errors_meaning_scope_from(meaning, scope),
                    chat_errors_meaning_scope_until(meaning, scope),
                ] {
                    let sdk = chat_errors_sdk { family, version };
                    // SAFETY: `sdk` is a readable SDK value.
                    unsafe {
                        assert!(chat_errors_sdk_valid(&sdk));
                        text(chat_errors_meaning_name_for(meaning, &sdk));
                        assert!(version.parts == 0 || chat_errors_meaning_emitted_by(meaning, &sdk));
                    }
                }
            }
            for source in 0..chat_errors_meaning_source_count(meaning) {
                text(chat_errors_meaning_source_file(meaning, source));
                text(chat_errors_meaning_source_name(meaning, source));
            }
            meanings += 1;
        }
    }
    let expected: usize = Space::ALL
        .iter()
        .flat_map(|&space| entries(space))
        .map(|entry| entry.meanings().len())
        .sum();
    assert!(meanings == expected || (cfg!(miri) && meanings > 0));
}

#[test]
fn sdk_texts_are_read_no_further_than_given() {
    let mut sdk = chat_errors_sdk::default();
    assert_eq!(parse_c(b"easemob-ios@3.9", &mut sdk), CHAT_ERRORS_SDK_OK);
    assert_eq!(sdk.version.parts, 2);
    assert_eq!(
        parse_c(b"easemob-ios@99999", &mut sdk),
        CHAT_ERRORS_SDK_MALFORMED_VERSION
    );
    assert_eq!(parse_c(b"nope", ptr::null_mut()), CHAT_ERRORS_SDK_UNKNOWN_FAMILY);
    assert_eq!(parse_c(b"\xff", &mut sdk), CHAT_ERRORS_SDK_BAD_TEXT);
    // Exactly the cap + 1 readable bytes and no NUL: refused, nothing past it read.
    let long = vec![b'9'; CHAT_ERRORS_NAME_MAX_LEN + 1];
    // SAFETY: `long` is readable for the cap + 1 bytes; NULL text is allowed.
    unsafe {
        assert_eq!(
            chat_errors_sdk_parse(long.as_ptr().cast(), &mut sdk),
            CHAT_ERRORS_SDK_BAD_TEXT
        );
        assert_eq!(chat_errors_sdk_parse(ptr::null(), &mut sdk), CHAT_ERRORS_SDK_BAD_TEXT);
        assert_eq!(
            chat_errors_sdk_parse_len(ptr::null(), 3, &mut sdk),
            CHAT_ERRORS_SDK_BAD_TEXT
        );
        assert_eq!(
            chat_errors_sdk_parse_len(long.as_ptr().cast(), usize::MAX, &mut sdk),
            CHAT_ERRORS_SDK_BAD_TEXT
        );
    }
    // By length: exactly `len` bytes, an interior NUL is part of the text.
    let exact = b"agora-ios@1.2.0".to_vec();
    // SAFETY: `exact` is readable for its length.
    unsafe {
        assert_eq!(
            chat_errors_sdk_parse_len(exact.as_ptr().cast(), exact.len(), &mut sdk),
            CHAT_ERRORS_SDK_OK
        );
        let nul = b"agora-ios\0@1".to_vec();
        assert_eq!(
            chat_errors_sdk_parse_len(nul.as_ptr().cast(), nul.len(), &mut sdk),
            CHAT_ERRORS_SDK_UNKNOWN_FAMILY
        );
    }
    // A misaligned out value is written unaligned, and read back unaligned.
    let mut raw = [0u8; size_of::<chat_errors_sdk>() + 1];
    let odd = raw[1..].as_mut_ptr().cast::<chat_errors_sdk>();
    assert_eq!(parse_c(b"easemob-ios@3.9", odd), CHAT_ERRORS_SDK_OK);
    // SAFETY: `odd` is readable for one SDK value, at any alignment.
    let meaning = unsafe { chat_errors_lookup_in(1, 605, odd) };
    assert_eq!(chat_errors_meaning_index(meaning), 1);
}

#[test]
fn lookups_in_context_take_hostile_input() {
    let mut sdk = chat_errors_sdk::default();
    assert_eq!(parse_c(b"agora-ios@1.2.0", &mut sdk), CHAT_ERRORS_SDK_OK);
    let invalid = [
        chat_errors_sdk {
            family: u32::MAX,
            ..sdk
        },
        chat_errors_sdk {
            version: chat_errors_release {
                parts: 9,
                ..sdk.version
            },
            ..sdk
        },
        chat_errors_sdk {
            version: chat_errors_release {
                major: 1 << 16,
                ..sdk.version
            },
            ..sdk
        },
    ];
    let name = b"AgoraChatErrorGroupNotExist";
    for bad in &invalid {
        // SAFETY: every pointer is readable for what it claims.
        unsafe {
            assert!(chat_errors_lookup_in(1, 605, bad).is_null());
            assert!(chat_errors_lookup_name_in_len(1, name.as_ptr().cast(), name.len(), bad).is_null());
            assert!(!chat_errors_sdk_valid(bad));
        }
    }
    // SAFETY: `name` is readable for its length; the C string is NUL-terminated.
    unsafe {
        let found = chat_errors_lookup_name_in_len(1, name.as_ptr().cast(), name.len(), &sdk);
        assert_eq!(chat_errors_entry_code(chat_errors_meaning_entry(found)), 605);
        assert!(chat_errors_lookup_name_in(1, ptr::null(), &sdk).is_null());
        assert!(chat_errors_lookup_name_in_len(1, ptr::null(), 5, &sdk).is_null());
        assert!(chat_errors_lookup_name_in_len(1, name.as_ptr().cast(), usize::MAX, &sdk).is_null());
        let c_name = b"GROUP_NOT_EXIST\0";
        assert!(!chat_errors_lookup_name_in(1, c_name.as_ptr().cast(), ptr::null()).is_null());
        assert!(chat_errors_lookup_in(u32::MAX, 605, &sdk).is_null());
    }
    // Both spaces: exactly `capacity` slots written, never more.
    let mut out = [ptr::null::<chat_errors_entry>(); 1];
    let c_name = b"GROUP_NOT_EXIST\0";
    // SAFETY: `out` has one writable slot; the names are readable as given.
    unsafe {
        assert_eq!(
            chat_errors_lookup_name_any(c_name.as_ptr().cast(), out.as_mut_ptr(), 1),
            2
        );
        assert_eq!(chat_errors_entry_space(out[0]), Space::Web.value());
        assert_eq!(
            chat_errors_lookup_name_any(c_name.as_ptr().cast(), ptr::null_mut(), 9),
            2
        );
        assert_eq!(chat_errors_lookup_name_any(ptr::null(), out.as_mut_ptr(), 1), 0);
        assert_eq!(
            chat_errors_lookup_name_any_len(c_name.as_ptr().cast(), 15, out.as_mut_ptr(), 1),
            2
        );
        assert_eq!(
            chat_errors_lookup_name_any_len(c_name.as_ptr().cast(), 16, out.as_mut_ptr(), 1),
            0
        );
        assert_eq!(chat_errors_lookup_name_any_len(ptr::null(), 3, out.as_mut_ptr(), 1), 0);
    }
}

#[test]
fn handles_that_are_not_meanings_are_never_dereferenced() {
    let local = 0u64;
    let meaning = chat_errors_entry_meaning(chat_errors_at(0, 0), 0);
    let hostile: [*const chat_errors_meaning; 6] = [
        ptr::null(),
        ptr::from_ref(&local).cast(),
        meaning.cast::<u8>().wrapping_add(1).cast(),
        chat_errors_at(0, 0).cast(),
        ptr::dangling(),
        usize::MAX as *const chat_errors_meaning,
    ];
    for handle in hostile {
        assert!(chat_errors_meaning_entry(handle).is_null());
        assert_eq!(chat_errors_meaning_index(handle), usize::MAX);
        assert!(chat_errors_meaning_name(handle, 0).is_null());
        assert!(chat_errors_meaning_summary(handle, 0).is_null());
        assert_eq!(chat_errors_meaning_status(handle), CHAT_ERRORS_INVALID);
        assert_eq!(chat_errors_meaning_scope_from(handle, 0).parts, 0);
        assert_eq!(chat_errors_meaning_source_count(handle), 0);
        // SAFETY: NULL is allowed for the SDK.
        unsafe { assert!(chat_errors_meaning_name_for(handle, ptr::null()).is_null()) };
    }
    // An entry handle passed as a meaning, and a meaning handle passed as an entry.
    assert_eq!(chat_errors_entry_code(meaning.cast()), CHAT_ERRORS_INVALID_CODE);
    assert_eq!(chat_errors_entry_meaning_count(meaning.cast()), 0);
}
