//! Reads and validates the catalog files and renders them as Rust tables.
//!
//! Used by `build.rs` (so a bad catalog stops the build) and by the
//! validation tests (so every rule is shown to reject what it should).

use crate::kinds::{Action, Category, Space};
use crate::name_key::name_hash;
use crate::schema::SCHEMA_VERSION;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

/// The widest code range (max - min + 1) a space may span: codes are indexed
/// by a dense table of this many slots at the most.
pub const MAX_CODE_SPAN: i64 = 1 << 16;

/// A catalog file (`core/catalog/<space>.toml`): this struct and the ones
/// below are its format. The build stops with a message naming the entry
/// when any rule documented here is broken; no text may be empty.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    /// The version of this format (`SCHEMA_VERSION`).
    schema_version: u32,
    /// The numbering space every entry belongs to: "web" or "native".
    space: String,
    /// One `[[entry]]` table per code, ordered by code.
    entry: Vec<RawEntry>,
}

/// One `[[entry]]` table.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    /// Integer, unique within the space (an i32).
    code: i32,
    /// The SDK's constant name, exactly as the SDK spells it (typos such as
    /// CONNCTION are public API): A-Z, 0-9 and _, unique within the space.
    name: String,
    /// Other names that also look the entry up (may be empty). An alias never
    /// equals another entry's name.
    aliases: Vec<String>,
    /// One of the names of `Category` (core/src/kinds.rs): general, request, ...
    category: String,
    /// True when the same call may succeed if retried later.
    transient: bool,
    /// The recovery to take, one of the names of `Action` (core/src/kinds.rs).
    action: String,
    /// Codes in the other space with truly the same meaning, as
    /// `{ space = "...", code = N }` tables. Must be symmetric.
    equivalents: Vec<RawRef>,
    /// One short sentence an app could show a person (`summary.en`, `summary.zh`).
    summary: RawText,
    /// The full explanation: what happened, likely cause, what to do (`detail.en`, `detail.zh`).
    detail: RawText,
    /// Provenance: each official page that lists this code, as
    /// `{ page = "<seed file name>", name = "<the name that page prints>" }`.
    /// Misprinted names live here, never in aliases.
    seeds: Vec<RawSeed>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRef {
    space: String,
    code: i32,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawText {
    en: String,
    zh: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSeed {
    page: String,
    name: String,
}

/// A validated entry.
pub struct Entry {
    pub code: i32,
    pub name: String,
    pub aliases: Vec<String>,
    pub category: Category,
    pub transient: bool,
    pub action: Action,
    pub equivalents: Vec<(Space, i32)>,
    pub summary: (String, String),
    pub detail: (String, String),
    pub seeds: Vec<(String, String)>,
}

/// A validated catalog: every space, each with its entries in code order.
pub struct Catalog {
    pub spaces: BTreeMap<Space, Vec<Entry>>,
}

/// Parses and validates catalog files given as `(file label, contents)`.
/// On failure returns every problem found, each naming its file and entry.
pub fn load(files: &[(&str, &str)]) -> Result<Catalog, Vec<String>> {
    let mut errors = Vec::new();
    let mut spaces = BTreeMap::new();
    for (label, contents) in files {
        match read_file(label, contents, &mut errors) {
            Some((space, entries)) => {
                if spaces.insert(space, entries).is_some() {
                    errors.push(format!("{label}: space \"{space}\" is defined by more than one file"));
                }
            }
            None => continue,
        }
    }
    for space in Space::ALL {
        if !spaces.contains_key(space) {
            errors.push(format!("no catalog file defines space \"{space}\""));
        }
    }
    check_equivalents(&spaces, &mut errors);
    if errors.is_empty() {
        Ok(Catalog { spaces })
    } else {
        Err(errors)
    }
}

fn read_file(label: &str, contents: &str, errors: &mut Vec<String>) -> Option<(Space, Vec<Entry>)> {
    let raw: RawFile = match toml::from_str(contents) {
        Ok(raw) => raw,
        Err(error) => {
            errors.push(format!("{label}: not a valid catalog file: {error}"));
            return None;
        }
    };
    if raw.schema_version != SCHEMA_VERSION {
        errors.push(format!(
            "{label}: schema_version {} is not supported (this build reads {SCHEMA_VERSION})",
            raw.schema_version
        ));
        return None;
    }
    let Some(space) = Space::from_name(&raw.space) else {
        errors.push(format!("{label}: unknown space \"{}\"", raw.space));
        return None;
    };
    let entries: Vec<Entry> = raw
        .entry
        .into_iter()
        .filter_map(|entry| read_entry(label, space, entry, errors))
        .collect();
    check_space(label, space, &entries, errors);
    Some((space, entries))
}

fn read_entry(label: &str, space: Space, raw: RawEntry, errors: &mut Vec<String>) -> Option<Entry> {
    let at = format!("{label}: {space} {} {}", raw.code, raw.name);
    let before = errors.len();
    if !is_constant_name(&raw.name) {
        errors.push(format!("{at}: name must be non-empty and made of A-Z, 0-9 and _"));
    }
    for alias in &raw.aliases {
        if !is_constant_name(alias) {
            errors.push(format!(
                "{at}: alias \"{alias}\" must be non-empty and made of A-Z, 0-9 and _"
            ));
        }
    }
    let category = Category::from_name(&raw.category);
    if category.is_none() {
        errors.push(format!("{at}: unknown category \"{}\"", raw.category));
    }
    let action = Action::from_name(&raw.action);
    if action.is_none() {
        errors.push(format!("{at}: unknown action \"{}\"", raw.action));
    }
    for (field, text) in [
        ("summary.en", &raw.summary.en),
        ("summary.zh", &raw.summary.zh),
        ("detail.en", &raw.detail.en),
        ("detail.zh", &raw.detail.zh),
    ] {
        if text.trim().is_empty() {
            errors.push(format!("{at}: {field} is empty"));
        }
        if text.contains('\0') {
            errors.push(format!("{at}: {field} contains a NUL character"));
        }
    }
    if raw.seeds.is_empty() {
        errors.push(format!(
            "{at}: seeds is empty: every entry comes from at least one page"
        ));
    }
    let mut pages = BTreeSet::new();
    for seed in &raw.seeds {
        if seed.page.trim().is_empty() || seed.name.trim().is_empty() || seed.page.contains('\0') {
            errors.push(format!("{at}: a seed has an empty page or name"));
        } else if !pages.insert(seed.page.as_str()) {
            errors.push(format!("{at}: seed page \"{}\" is listed twice", seed.page));
        }
    }
    let mut equivalents = Vec::new();
    for target in &raw.equivalents {
        match Space::from_name(&target.space) {
            Some(other) if other != space => equivalents.push((other, target.code)),
            Some(_) => errors.push(format!(
                "{at}: equivalent {} {} is in the same space",
                target.space, target.code
            )),
            None => errors.push(format!("{at}: equivalent names unknown space \"{}\"", target.space)),
        }
    }
    if errors.len() != before {
        return None;
    }
    Some(Entry {
        code: raw.code,
        name: raw.name,
        aliases: raw.aliases,
        category: category?,
        transient: raw.transient,
        action: action?,
        equivalents,
        summary: (raw.summary.en, raw.summary.zh),
        detail: (raw.detail.en, raw.detail.zh),
        seeds: raw.seeds.into_iter().map(|seed| (seed.page, seed.name)).collect(),
    })
}

fn is_constant_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_')
}

fn check_space(label: &str, space: Space, entries: &[Entry], errors: &mut Vec<String>) {
    let mut owners: BTreeMap<&str, (i32, bool)> = BTreeMap::new();
    for pair in entries.windows(2) {
        let (previous, entry) = (&pair[0], &pair[1]);
        if entry.code == previous.code {
            errors.push(format!(
                "{label}: {space} {} {}: duplicate code (also {})",
                entry.code, entry.name, previous.name
            ));
        } else if entry.code < previous.code {
            errors.push(format!(
                "{label}: {space} {} {}: entries must be in code order",
                entry.code, entry.name
            ));
        }
    }
    for entry in entries {
        if let Some((other, _)) = owners.insert(&entry.name, (entry.code, true)) {
            errors.push(format!(
                "{label}: {space} {} {}: duplicate name (also code {other})",
                entry.code, entry.name
            ));
        }
    }
    for entry in entries {
        for alias in &entry.aliases {
            match owners.get(alias.as_str()) {
                Some(&(code, true)) => errors.push(format!(
                    "{label}: {space} {} {}: alias {alias} is the name of code {code}",
                    entry.code, entry.name
                )),
                Some(&(code, false)) => errors.push(format!(
                    "{label}: {space} {} {}: alias {alias} is already an alias of code {code}",
                    entry.code, entry.name
                )),
                None => {
                    owners.insert(alias, (entry.code, false));
                }
            }
        }
    }
    if let (Some(first), Some(last)) = (entries.first(), entries.last()) {
        if i64::from(last.code) - i64::from(first.code) + 1 > MAX_CODE_SPAN {
            errors.push(format!("{label}: {space} codes span more than {MAX_CODE_SPAN} values"));
        }
    }
}

fn check_equivalents(spaces: &BTreeMap<Space, Vec<Entry>>, errors: &mut Vec<String>) {
    let find = |space: Space, code: i32| spaces.get(&space)?.iter().find(|entry| entry.code == code);
    for (&space, entries) in spaces {
        for entry in entries {
            for &(other, code) in &entry.equivalents {
                match find(other, code) {
                    None => errors.push(format!(
                        "{space} {} {}: equivalent {other} {code} points to no entry",
                        entry.code, entry.name
                    )),
                    Some(target) if !target.equivalents.contains(&(space, entry.code)) => errors.push(format!(
                        "{space} {} {}: equivalent {other} {code} ({}) does not list it back",
                        entry.code, entry.name, target.name
                    )),
                    Some(_) => {}
                }
            }
        }
    }
}

/// Renders the catalog as the Rust source of the static tables.
pub fn render_rust(catalog: &Catalog) -> String {
    let mut out = String::from("// Generated by build.rs from core/catalog/*.toml. Do not edit.\n\n");
    for (&space, entries) in &catalog.spaces {
        let upper = format!("{space:?}").to_ascii_uppercase();
        let variant = format!("{space:?}");
        writeln!(out, "static {upper}_ENTRIES: [Entry; {}] = [", entries.len()).unwrap();
        for entry in entries {
            render_entry(&mut out, &variant, entry);
        }
        out.push_str("];\n\n");
        render_code_index(&mut out, &upper, entries);
        render_name_index(&mut out, &upper, entries);
    }
    out
}

fn text(value: &str) -> String {
    format!("StaticText::new({:?})", format!("{value}\0"))
}

fn render_entry(out: &mut String, space: &str, entry: &Entry) {
    let aliases: Vec<String> = entry.aliases.iter().map(|alias| text(alias)).collect();
    let seeds: Vec<String> = entry
        .seeds
        .iter()
        .map(|(page, name)| format!("Seed {{ page: {}, name: {} }}", text(page), text(name)))
        .collect();
    let equivalents: Vec<String> = entry
        .equivalents
        .iter()
        .map(|(space, code)| format!("CodeRef {{ space: Space::{space:?}, code: {code} }}"))
        .collect();
    writeln!(
        out,
        "    Entry {{ space: Space::{space}, code: {code}, name: {name}, aliases: &[{aliases}], \
         category: Category::{category:?}, transient: {transient}, action: Action::{action:?}, \
         summary: LocalizedText {{ en: {summary_en}, zh: {summary_zh} }}, \
         detail: LocalizedText {{ en: {detail_en}, zh: {detail_zh} }}, \
         seeds: &[{seeds}], equivalents: &[{equivalents}] }},",
        code = entry.code,
        name = text(&entry.name),
        aliases = aliases.join(", "),
        category = entry.category,
        transient = entry.transient,
        action = entry.action,
        summary_en = text(&entry.summary.0),
        summary_zh = text(&entry.summary.1),
        detail_en = text(&entry.detail.0),
        detail_zh = text(&entry.detail.1),
        seeds = seeds.join(", "),
        equivalents = equivalents.join(", "),
    )
    .unwrap();
}

/// A dense table from `code - min` to entry index + 1 (0: no entry).
fn render_code_index(out: &mut String, upper: &str, entries: &[Entry]) {
    let min = entries.first().map_or(0, |entry| entry.code);
    let max = entries.last().map_or(-1, |entry| entry.code);
    let mut slots = vec![0u16; usize::try_from(i64::from(max) - i64::from(min) + 1).unwrap_or(0)];
    for (index, entry) in entries.iter().enumerate() {
        slots[(i64::from(entry.code) - i64::from(min)) as usize] = index as u16 + 1;
    }
    writeln!(out, "const {upper}_MIN_CODE: i32 = {min};").unwrap();
    writeln!(out, "static {upper}_BY_CODE: [u16; {}] = {slots:?};\n", slots.len()).unwrap();
}

/// An open-addressed table (linear probing) from name hash to entry index + 1.
fn render_name_index(out: &mut String, upper: &str, entries: &[Entry]) {
    let keys: Vec<(&str, usize)> = entries
        .iter()
        .enumerate()
        .flat_map(|(index, entry)| {
            std::iter::once(entry.name.as_str())
                .chain(entry.aliases.iter().map(String::as_str))
                .map(move |key| (key, index))
        })
        .collect();
    let len = name_table_len(keys.len());
    let mut slots = vec![0u16; len];
    for (key, index) in keys {
        let mut slot = name_hash(key.as_bytes()) as usize & (len - 1);
        while slots[slot] != 0 {
            slot = (slot + 1) & (len - 1);
        }
        slots[slot] = index as u16 + 1;
    }
    writeln!(out, "static {upper}_BY_NAME: [u16; {len}] = {slots:?};\n").unwrap();
}

/// The number of slots of a name table holding `keys` names: a power of two
/// with at least four slots per name, so probe runs stay short and the table
/// always has an empty slot that ends a probe.
const fn name_table_len(keys: usize) -> usize {
    let mut len = 16;
    while len < keys * 4 {
        len *= 2;
    }
    len
}
