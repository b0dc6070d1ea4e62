//! The documented JSON shape of entries and of the full export: one member
//! per field of [`FIELDS`], in that order.
//!
//! ```text
//! {"schema_version", "catalog_version", "entries": [{"space", "code", "name",
//!  "aliases", "category", "transient", "action", "summary": {"en", "zh"},
//!  "detail": {"en", "zh"}, "seeds": [{"page", "name"}],
//!  "equivalents": [{"space", "code"}]}]}
//! ```

use crate::fields::{Value, FIELDS};
use chat_errors::{Entry, CATALOG_VERSION, SCHEMA_VERSION};
use serde::ser::{SerializeMap, Serializer};
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
            entries: entries.iter().map(|&entry| EntryJson(entry)).collect(),
        }
    }
}

/// One entry, every field.
pub struct EntryJson(pub &'static Entry);

impl Serialize for EntryJson {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(FIELDS.len()))?;
        for field in FIELDS {
            map.serialize_entry(field.key, &ValueJson((field.value)(self.0)))?;
        }
        map.end()
    }
}

/// A field's value as JSON, objects with their members in documented order.
pub struct ValueJson(pub Value);

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

impl Serialize for ValueJson {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match &self.0 {
            Value::Space(space) => serializer.serialize_str(space.as_str()),
            Value::Code(code) => serializer.serialize_i32(*code),
            Value::Name(name) => serializer.serialize_str(name),
            Value::Names(names) => names.serialize(serializer),
            Value::Category(category) => serializer.serialize_str(category.as_str()),
            Value::Action(action) => serializer.serialize_str(action.as_str()),
            Value::Flag(flag) => serializer.serialize_bool(*flag),
            Value::Text(text) => TextJson {
                en: text.en(),
                zh: text.zh(),
            }
            .serialize(serializer),
            Value::Seeds(seeds) => serializer.collect_seq(seeds.iter().map(|seed| SeedJson {
                page: seed.page().as_str(),
                name: seed.name().as_str(),
            })),
            Value::Refs(targets) => serializer.collect_seq(targets.iter().map(|target| CodeRefJson {
                space: target.space.as_str(),
                code: target.code,
            })),
        }
    }
}

/// Pretty JSON for `entries` as an array of entry objects.
pub fn entries_json(entries: &[&'static Entry]) -> String {
    let views: Vec<EntryJson> = entries.iter().map(|&entry| EntryJson(entry)).collect();
    serde_json::to_string_pretty(&views).expect("entry views always serialize")
}

/// Pretty JSON for the full export of `entries`.
pub fn export_json(entries: &[&'static Entry]) -> String {
    serde_json::to_string_pretty(&ExportJson::new(entries)).expect("the export always serializes")
}
