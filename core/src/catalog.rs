//! Lookups over the generated static tables.

use crate::entry::{CodeRef, Entry, LocalizedText, Seed, StaticText};
use crate::kinds::{Action, Category, Space};
use crate::name_key::name_hash;

include!(concat!(env!("OUT_DIR"), "/tables.rs"));

/// The generated tables of one space.
struct SpaceTables {
    entries: &'static [Entry],
    min_code: i32,
    by_code: &'static [u16],
    by_name: &'static [u16],
}

const fn tables(space: Space) -> SpaceTables {
    match space {
        Space::Web => SpaceTables {
            entries: &WEB_ENTRIES,
            min_code: WEB_MIN_CODE,
            by_code: &WEB_BY_CODE,
            by_name: &WEB_BY_NAME,
        },
        Space::Native => SpaceTables {
            entries: &NATIVE_ENTRIES,
            min_code: NATIVE_MIN_CODE,
            by_code: &NATIVE_BY_CODE,
            by_name: &NATIVE_BY_NAME,
        },
    }
}

/// Every entry of `space`, in code order.
pub fn entries(space: Space) -> &'static [Entry] {
    tables(space).entries
}

/// The entry for `code` in `space`, or `None` when the code is not documented.
pub fn lookup(space: Space, code: i32) -> Option<&'static Entry> {
    let tables = tables(space);
    let offset = i64::from(code) - i64::from(tables.min_code);
    let slot = *tables.by_code.get(usize::try_from(offset).ok()?)?;
    tables.entries.get(usize::from(slot).checked_sub(1)?)
}

/// The entry of `space` whose name or alias is `name` (ASCII case-insensitive).
pub fn lookup_name(space: Space, name: &str) -> Option<&'static Entry> {
    let tables = tables(space);
    let mask = tables.by_name.len() - 1;
    let mut slot = name_hash(name.as_bytes()) as usize & mask;
    // The table always has empty slots, so the probe ends within its length.
    for _ in 0..tables.by_name.len() {
        let index = usize::from(*tables.by_name.get(slot)?).checked_sub(1)?;
        let entry = tables.entries.get(index)?;
        if entry.is_named(name) {
            return Some(entry);
        }
        slot = (slot + 1) & mask;
    }
    None
}

/// The entries of both spaces named `name`: web first, then native.
pub fn lookup_name_any(name: &str) -> NameMatches<'_> {
    NameMatches {
        name,
        spaces: Space::ALL.iter(),
    }
}

/// Iterator over the entries named alike in each space; see [`lookup_name_any`].
#[derive(Clone, Debug)]
pub struct NameMatches<'a> {
    name: &'a str,
    spaces: core::slice::Iter<'static, Space>,
}

impl Iterator for NameMatches<'_> {
    type Item = &'static Entry;

    fn next(&mut self) -> Option<Self::Item> {
        let name = self.name;
        self.spaces.by_ref().find_map(|&space| lookup_name(space, name))
    }
}
