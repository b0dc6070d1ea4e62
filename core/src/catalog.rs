//! Lookups over the generated static tables.

use crate::entry::{CodeRef, Conflict, Entry, LocalizedText, Meaning, Names, Source, StaticText};
use crate::kinds::{Action, Category, Family, Platform, Space, Status};
use crate::name_key::{matches_key, name_hash};
use crate::sdk::{Scope, Sdk, Version};

include!(concat!(env!("OUT_DIR"), "/tables.rs"));

/// One distinct name of a space, in the generated name index.
struct NameKey {
    /// Where the upper-case key starts in the space's name text.
    start: u32,
    /// The key's length in bytes.
    len: u8,
    /// Where the key's meanings start in the space's name meanings.
    first: u16,
    /// How many meanings the key names.
    count: u8,
}

/// The generated tables of one space.
struct SpaceTables {
    entries: &'static [Entry],
    min_code: i32,
    by_code: &'static [u16],
    /// Every name key, upper-case, one after the other.
    name_text: &'static str,
    name_keys: &'static [NameKey],
    /// Per key, `(entry index + 1) << 8 | meaning index`, the meaning a
    /// lookup without an SDK answers first.
    name_meanings: &'static [u32],
    /// Name hash slot -> key index + 1 (0: empty).
    name_slots: &'static [u16],
}

const fn tables(space: Space) -> SpaceTables {
    match space {
        Space::Web => SpaceTables {
            entries: &WEB_ENTRIES,
            min_code: WEB_MIN_CODE,
            by_code: &WEB_BY_CODE,
            name_text: WEB_NAME_TEXT,
            name_keys: &WEB_NAME_KEYS,
            name_meanings: &WEB_NAME_MEANINGS,
            name_slots: &WEB_NAME_SLOTS,
        },
        Space::Native => SpaceTables {
            entries: &NATIVE_ENTRIES,
            min_code: NATIVE_MIN_CODE,
            by_code: &NATIVE_BY_CODE,
            name_text: NATIVE_NAME_TEXT,
            name_keys: &NATIVE_NAME_KEYS,
            name_meanings: &NATIVE_NAME_MEANINGS,
            name_slots: &NATIVE_NAME_SLOTS,
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

/// The entry of `space` one of whose names is `name` (ASCII case-insensitive),
/// as [`lookup_name_in`] answers it without an SDK. `name` is bytes, so that
/// a caller holding bytes need not validate them: names are ASCII, and any
/// other bytes match nothing.
pub fn lookup_name(space: Space, name: impl AsRef<[u8]>) -> Option<&'static Entry> {
    lookup_name_in(space, name, None).map(|found| found.entry)
}

/// How a [`Found`] meaning relates to the SDK asked about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fit {
    /// No SDK was given: the default meaning.
    Default,
    /// The meaning's scope covers the SDK given.
    Emitted,
    /// No meaning's scope covers the SDK given: the default meaning, as the
    /// best guess (the catalog knows no release of that SDK with this code).
    Unscoped,
}

/// A lookup's answer: the entry, the meaning that applies, and why.
#[derive(Clone, Copy, Debug)]
pub struct Found {
    /// The entry of the code.
    pub entry: &'static Entry,
    /// The meaning that applies.
    pub meaning: &'static Meaning,
    /// How the meaning was chosen.
    pub fit: Fit,
}

impl Found {
    /// Whether the meaning is one of the entry's variants (not its default).
    pub fn is_variant(&self) -> bool {
        !core::ptr::eq(self.meaning, self.entry.default_meaning())
    }

    /// The name the SDK asked about prints (the canonical name without one).
    pub fn name(&self, sdk: Option<&Sdk>) -> StaticText {
        match sdk {
            Some(sdk) => self.meaning.names.for_family(sdk.family),
            None => self.meaning.names.canonical,
        }
    }
}

fn answer(entry: &'static Entry, sdk: Option<&Sdk>) -> Found {
    match sdk {
        None => Found {
            entry,
            meaning: entry.default_meaning(),
            fit: Fit::Default,
        },
        Some(sdk) => match entry.meaning_for(sdk) {
            Some(meaning) => Found {
                entry,
                meaning,
                fit: Fit::Emitted,
            },
            None => Found {
                entry,
                meaning: entry.default_meaning(),
                fit: Fit::Unscoped,
            },
        },
    }
}

/// The meaning of `code` in `space` for `sdk`: the meaning whose scope covers
/// the SDK, else the default one (see [`Fit`]); `None` when the code is not
/// in the catalog.
pub fn lookup_in(space: Space, code: i32, sdk: Option<&Sdk>) -> Option<Found> {
    lookup(space, code).map(|entry| answer(entry, sdk))
}

/// The meaning of `space` named `name` (ASCII case-insensitive) for `sdk`.
///
/// A name may belong to meanings of several codes, never two that one SDK
/// release emits. With an SDK, the meaning whose scope covers it wins; else
/// (or with no SDK) a default meaning before a variant, then current before
/// deprecated before removed, then the lower code.
pub fn lookup_name_in(space: Space, name: impl AsRef<[u8]>, sdk: Option<&Sdk>) -> Option<Found> {
    let tables = tables(space);
    let meanings = name_meanings(&tables, name.as_ref())?;
    // The meanings are in the no-SDK order, so the first emitted one is the
    // SDK's answer and the first one the answer without (or beyond) it.
    let mut found = meanings.iter().filter_map(|&packed| {
        let entry = tables.entries.get(((packed >> 8) as usize).checked_sub(1)?)?;
        Some((entry, entry.meanings.get((packed & 0xff) as usize)?))
    });
    let Some(sdk) = sdk else {
        let (entry, meaning) = found.next()?;
        return Some(Found {
            entry,
            meaning,
            fit: Fit::Default,
        });
    };
    let (entry, meaning) = found.clone().next()?;
    Some(match found.find(|(_, meaning)| meaning.is_emitted_by(sdk)) {
        Some((entry, meaning)) => Found {
            entry,
            meaning,
            fit: Fit::Emitted,
        },
        None => Found {
            entry,
            meaning,
            fit: Fit::Unscoped,
        },
    })
}

/// The packed meanings `name` names in `tables`, found by its hash.
fn name_meanings(tables: &SpaceTables, name: &[u8]) -> Option<&'static [u32]> {
    let mask = tables.name_slots.len() - 1;
    let mut slot = name_hash(name) as usize & mask;
    // The table always has empty slots, so the probe ends within its length.
    for _ in 0..tables.name_slots.len() {
        let key = tables
            .name_keys
            .get(usize::from(*tables.name_slots.get(slot)?).checked_sub(1)?)?;
        let start = key.start as usize;
        let text = tables.name_text.as_bytes().get(start..start + usize::from(key.len))?;
        if matches_key(name, text) {
            let first = usize::from(key.first);
            return tables.name_meanings.get(first..first + usize::from(key.count));
        }
        slot = (slot + 1) & mask;
    }
    None
}

/// The releases the catalog knows of `family` (scope bounds and the versions
/// of its SDK headers), oldest first; empty when it knows none by number.
pub fn known_versions(family: Family) -> &'static [Version] {
    FAMILY_VERSIONS
        .iter()
        .find(|(known, _)| *known == family)
        .map_or(&[], |&(_, versions)| versions)
}

/// The entries of both spaces named `name`: web first, then native.
pub fn lookup_name_any<N: AsRef<[u8]> + ?Sized>(name: &N) -> NameMatches<'_> {
    NameMatches {
        name: name.as_ref(),
        spaces: Space::ALL.iter(),
    }
}

/// Iterator over the entries named alike in each space; see [`lookup_name_any`].
#[derive(Clone, Debug)]
pub struct NameMatches<'a> {
    name: &'a [u8],
    spaces: core::slice::Iter<'static, Space>,
}

impl Iterator for NameMatches<'_> {
    type Item = &'static Entry;

    fn next(&mut self) -> Option<Self::Item> {
        let name = self.name;
        self.spaces.by_ref().find_map(|&space| lookup_name(space, name))
    }
}
