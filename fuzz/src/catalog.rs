//! Invariants of the Rust API: whatever the input, a call returns (never
//! panics), and every entry it finds is found again, as the same entry, by
//! its own code, and by its own name when it has a constant.

use chat_errors::{entries, lookup, lookup_name, lookup_name_any, message, search, Entry, Language, Space};
use core::fmt::Write as _;

/// The space a fuzzer byte selects.
fn space_of(byte: u8) -> Space {
    Space::ALL[usize::from(byte) % Space::ALL.len()]
}

/// Checks that `entry` belongs to `space`, that its code looks it up again to
/// the very same entry, and that its name and each alias find an entry named
/// so: the entry itself when it has a constant (a removed code whose name
/// moved to a code still emitted shares the name, and the name finds that
/// code, as the documented rule ranks them).
pub fn assert_found_again(space: Space, entry: &'static Entry) {
    assert_eq!(entry.space(), space);
    let by_code = lookup(space, entry.code()).expect("a found entry's code looks it up");
    assert!(
        core::ptr::eq(by_code, entry),
        "code {} finds another entry",
        entry.code()
    );
    let names = core::iter::once(entry.name()).chain(entry.aliases().iter().map(|alias| alias.as_str()));
    for name in names {
        let by_name = lookup_name(space, name).expect("a found entry's name looks it up");
        assert!(by_name.is_named(name), "name {name} finds an entry not named so");
        assert!(
            core::ptr::eq(by_name, entry) || !entry.has_constant(),
            "name {name} of a code with a constant finds another entry"
        );
    }
}

/// Name lookup: the first byte picks the space, the rest (as UTF-8, lossily)
/// is the name. A found entry is named so (ignoring ASCII case), is found
/// again, and is among the any-space matches.
pub fn check_lookup_name(data: &[u8]) {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let space = space_of(selector);
    let name = String::from_utf8_lossy(rest);
    let found = lookup_name(space, name.as_bytes());
    if let Some(entry) = found {
        assert!(
            entry.is_named(&name),
            "{name:?} found {} which is not named so",
            entry.name()
        );
        assert_found_again(space, entry);
    }
    let any: Vec<&Entry> = lookup_name_any(name.as_bytes()).collect();
    assert!(any.len() <= Space::ALL.len());
    for entry in &any {
        assert_found_again(entry.space(), entry);
    }
    assert_eq!(found.is_some(), any.iter().any(|entry| entry.space() == space));
}

/// Code lookup and messages: byte 0 picks the space, byte 1 the language,
/// bytes 2..6 are the code. A found entry has that code and is found again;
/// the message is the entry's summary, or names the space and the code.
pub fn check_lookup_code(data: &[u8]) {
    let [selector, language, a, b, c, d, ..] = *data else {
        return;
    };
    let space = space_of(selector);
    let language = Language::ALL[usize::from(language) % Language::ALL.len()];
    let code = i32::from_le_bytes([a, b, c, d]);
    let found = lookup(space, code);
    let mut text = String::new();
    write!(text, "{}", message(space, code, language)).expect("formatting into a String");
    match found {
        Some(entry) => {
            assert_eq!(entry.code(), code);
            assert_found_again(space, entry);
            assert_eq!(text, entry.summary().get(language).as_str());
        }
        None => {
            assert!(entries(space).iter().all(|entry| entry.code() != code));
            assert!(text.contains(&format!("{space} {code}")), "{text:?}");
        }
    }
}

/// Search: the input (as UTF-8, lossily) is the query. Matches come web first,
/// each space in code order without repeats, and each is found again.
pub fn check_search(data: &[u8]) {
    let query = String::from_utf8_lossy(data);
    let matches: Vec<&Entry> = search(&query).collect();
    let order = |entry: &&Entry| (entry.space(), entry.code());
    assert!(
        matches.windows(2).all(|pair| order(&pair[0]) < order(&pair[1])),
        "matches out of order"
    );
    if query.trim().is_empty() {
        assert!(matches.is_empty());
    }
    for entry in matches {
        assert_found_again(entry.space(), entry);
    }
}

/// Inputs that reach every entry through the targets of this module.
pub fn seeds(target: &str) -> Vec<Vec<u8>> {
    let mut seeds = Vec::new();
    for (selector, &space) in (0u8..).zip(Space::ALL) {
        for entry in entries(space) {
            let names = core::iter::once(entry.name()).chain(entry.aliases().iter().map(|alias| alias.as_str()));
            match target {
                "lookup_name" => seeds.extend(names.map(|name| [&[selector], name.as_bytes()].concat())),
                "lookup_code" => seeds.extend(
                    (0u8..)
                        .zip(Language::ALL)
                        .map(|(language, _)| [[selector, language].as_slice(), &entry.code().to_le_bytes()].concat()),
                ),
                "search" => {
                    seeds.push(entry.name().as_bytes().to_vec());
                    seeds.push(entry.code().to_string().into_bytes());
                }
                _ => {}
            }
        }
    }
    seeds
}
