//! The documented JSON shape of entries and of the full export.
//!
//! ```text
//! {"schema_version", "catalog_version", "entries": [{"space", "code", "name",
//!  "aliases", "category", "transient", "action", "summary": {"en", "zh"},
//!  "detail": {"en", "zh"}, "seeds": [{"page", "name"}],
//!  "equivalents": [{"space", "code"}]}]}
//! ```

use chat_errors::{Entry, LocalizedText, CATALOG_VERSION, SCHEMA_VERSION};
use serde::Serialize;

/// The full export: versions and entries.
#[derive(Serialize)]
pub struct ExportJson {
    /// The export schema's version.
    pub schema_version: u32,
    /// The catalog's version.
    pub catalog_version: &'static str,
    /// The exported entries.
    pub entries: Vec<EntryJson>,
}

impl ExportJson {
    /// The export of `entries`.
    pub fn new(entries: &[&'static Entry]) -> Self {
        ExportJson {
            schema_version: SCHEMA_VERSION,
            catalog_version: CATALOG_VERSION,
            entries: entries.iter().map(|entry| EntryJson::new(entry)).collect(),
        }
    }
}

/// One entry, every field.
#[derive(Serialize)]
pub struct EntryJson {
    space: &'static str,
    code: i32,
    name: &'static str,
    aliases: Vec<&'static str>,
    category: &'static str,
    transient: bool,
    action: &'static str,
    summary: TextJson,
    detail: TextJson,
    seeds: Vec<SeedJson>,
    equivalents: Vec<CodeRefJson>,
}

#[derive(Serialize)]
struct TextJson {
    en: &'static str,
    zh: &'static str,
}

#[derive(Serialize)]
struct SeedJson {
    page: &'static str,
    name: &'static str,
}

#[derive(Serialize)]
struct CodeRefJson {
    space: &'static str,
    code: i32,
}

impl TextJson {
    fn new(text: &LocalizedText) -> Self {
        TextJson {
            en: text.en(),
            zh: text.zh(),
        }
    }
}

impl EntryJson {
    /// The JSON view of `entry`.
    pub fn new(entry: &'static Entry) -> Self {
        EntryJson {
            space: entry.space().as_str(),
            code: entry.code(),
            name: entry.name(),
            aliases: entry.aliases().iter().map(|alias| alias.as_str()).collect(),
            category: entry.category().as_str(),
            transient: entry.is_transient(),
            action: entry.action().as_str(),
            summary: TextJson::new(entry.summary()),
            detail: TextJson::new(entry.detail()),
            seeds: entry
                .seeds()
                .iter()
                .map(|seed| SeedJson {
                    page: seed.page().as_str(),
                    name: seed.name().as_str(),
                })
                .collect(),
            equivalents: entry
                .equivalents()
                .iter()
                .map(|target| CodeRefJson {
                    space: target.space.as_str(),
                    code: target.code,
                })
                .collect(),
        }
    }
}

/// Pretty JSON for `entries` as an array of entry objects.
pub fn entries_json(entries: &[&'static Entry]) -> String {
    let views: Vec<EntryJson> = entries.iter().map(|entry| EntryJson::new(entry)).collect();
    serde_json::to_string_pretty(&views).expect("entry views always serialize")
}

/// Pretty JSON for the full export of `entries`.
pub fn export_json(entries: &[&'static Entry]) -> String {
    serde_json::to_string_pretty(&ExportJson::new(entries)).expect("the export always serializes")
}
