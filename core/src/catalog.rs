//! Lookups over the generated static tables.

use crate::entry::{CodeRef, Conflict, Entry, LocalizedText, Meaning, Names, Source, StaticText};
use crate::kinds::{Action, Category, Family, Platform, Space, Status};
use crate::name_key::name_hash;
use crate::sdk::{Scope, Sdk, Version};

include!(concat!(env!("OUT_DIR"), "/tables.rs"));

/// The generated tables of one space.
struct SpaceTables {
    entries: &'static [Entry],
    min_code: i32,
    by_code: &'static [u16],
    /// Name hash slot -> `(entry index + 1) << 8 | meaning index` (0: empty).
    by_name: &'static [u32],
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

/// The entry of `space` one of whose names is `name` (ASCII case-insensitive),
/// as [`lookup_name_in`] answers it without an SDK.
pub fn lookup_name(space: Space, name: &str) -> Option<&'static Entry> {
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
pub fn lookup_name_in(space: Space, name: &str, sdk: Option<&Sdk>) -> Option<Found> {
    let tables = tables(space);
    let mask = tables.by_name.len() - 1;
    let mut slot = name_hash(name.as_bytes()) as usize & mask;
    let mut best: Option<(u8, Found)> = None;
    // The table always has empty slots, so the probe ends within its length.
    for _ in 0..tables.by_name.len() {
        let packed = *tables.by_name.get(slot)?;
        if packed == 0 {
            break;
        }
        let entry = tables.entries.get(((packed >> 8) as usize).checked_sub(1)?)?;
        let index = (packed & 0xff) as usize;
        if let Some(meaning) = entry.meanings.get(index).filter(|meaning| meaning.names.contains(name)) {
            let emitted = sdk.is_some_and(|sdk| meaning.is_emitted_by(sdk));
            let rank = u8::from(!emitted) * 8 + u8::from(index != 0) * 4 + meaning.status.value() as u8;
            let better = best
                .as_ref()
                .is_none_or(|(old, found)| (rank, entry.code) < (*old, found.entry.code));
            if better {
                let fit = match (sdk, emitted) {
                    (None, _) => Fit::Default,
                    (Some(_), true) => Fit::Emitted,
                    (Some(_), false) => Fit::Unscoped,
                };
                best = Some((rank, Found { entry, meaning, fit }));
            }
        }
        slot = (slot + 1) & mask;
    }
    best.map(|(_, found)| found)
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
