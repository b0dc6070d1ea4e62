//! The JSON export: one member per field of [`FIELDS`], in that order
//! (`docs/reference/fields.md`, written by [`crate::shape`], documents each
//! member and the shape of its values). The members up to `equivalents` are
//! schema 1's, taken from the default meaning; `meanings` holds every
//! meaning, the default first.

use crate::fields::{Value, FIELDS};
use chat_errors::{
    known_versions, Conflict, Entry, Family, Fit, Found, LocalizedText, Meaning, Names, Scope, Sdk, Source,
    CATALOG_VERSION, SCHEMA_VERSION,
};
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

impl TextJson {
    fn new(text: &'static LocalizedText) -> Self {
        TextJson {
            en: text.en(),
            zh: text.zh(),
        }
    }
}

#[derive(Serialize)]
struct SourceJson {
    source: &'static str,
    name: &'static str,
}

fn sources_json(sources: &'static [Source]) -> Vec<SourceJson> {
    sources
        .iter()
        .map(|source| SourceJson {
            source: source.source().as_str(),
            name: source.name().as_str(),
        })
        .collect()
}

/// The names of a meaning: `canonical`, each platform's name where it differs, `aliases`.
struct NamesJson(&'static Names);

impl Serialize for NamesJson {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("canonical", self.0.canonical().as_str())?;
        for (platform, name) in self.0.platforms() {
            map.serialize_entry(platform.as_str(), name.as_str())?;
        }
        let aliases: Vec<&str> = self.0.aliases().iter().map(|alias| alias.as_str()).collect();
        map.serialize_entry("aliases", &aliases)?;
        map.end()
    }
}

#[derive(Serialize)]
struct ScopeJson {
    family: &'static str,
    from: Option<String>,
    until: Option<String>,
}

impl ScopeJson {
    fn new(scope: &Scope) -> Self {
        ScopeJson {
            family: scope.family().as_str(),
            from: scope.from().map(|version| version.to_string()),
            until: scope.until().map(|version| version.to_string()),
        }
    }
}

#[derive(Serialize)]
struct MeaningJson {
    names: NamesJson,
    category: &'static str,
    transient: bool,
    action: &'static str,
    status: &'static str,
    scope: Vec<ScopeJson>,
    summary: TextJson,
    detail: TextJson,
    user: TextJson,
    sources: Vec<SourceJson>,
}

impl MeaningJson {
    fn new(meaning: &'static Meaning) -> Self {
        MeaningJson {
            names: NamesJson(meaning.names()),
            category: meaning.category().as_str(),
            transient: meaning.is_transient(),
            action: meaning.action().as_str(),
            status: meaning.status().as_str(),
            scope: meaning.scope().iter().map(ScopeJson::new).collect(),
            summary: TextJson::new(meaning.summary()),
            detail: TextJson::new(meaning.detail()),
            user: TextJson::new(meaning.user()),
            sources: sources_json(meaning.sources()),
        }
    }
}

#[derive(Serialize)]
struct ConflictJson {
    source: &'static str,
    says: &'static str,
    reason: TextJson,
}

impl ConflictJson {
    fn new(conflict: &'static Conflict) -> Self {
        ConflictJson {
            source: conflict.source().as_str(),
            says: conflict.says().as_str(),
            reason: TextJson::new(conflict.reason()),
        }
    }
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
            Value::Text(text) => TextJson::new(text).serialize(serializer),
            Value::Seeds(seeds) => serializer.collect_seq(seeds.iter().map(|seed| SeedJson {
                page: seed.source().as_str(),
                name: seed.name().as_str(),
            })),
            Value::Status(status) => serializer.serialize_str(status.as_str()),
            Value::Platforms(names) => NamesJson(names).serialize(serializer),
            Value::Sources(sources) => sources_json(sources).serialize(serializer),
            Value::Meanings(meanings) => serializer.collect_seq(meanings.iter().map(MeaningJson::new)),
            Value::Conflicts(conflicts) => serializer.collect_seq(conflicts.iter().map(ConflictJson::new)),
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

/// One lookup answer: the entry's members, plus `"answer": {"sdk", "fit",
/// "meaning", "name"}` when an SDK was given (`meaning`: the index in
/// `meanings` of the one that applies; `fit`: "emitted" or "unscoped"; `name`:
/// the name that SDK prints).
pub struct AnswerJson<'a> {
    /// The lookup's answer.
    pub found: Found,
    /// The SDK asked about.
    pub sdk: Option<&'a Sdk>,
}

impl Serialize for AnswerJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        for field in FIELDS {
            map.serialize_entry(field.key, &ValueJson((field.value)(self.found.entry)))?;
        }
        if let Some(sdk) = self.sdk {
            let index = self
                .found
                .entry
                .meanings()
                .iter()
                .position(|meaning| std::ptr::eq(meaning, self.found.meaning))
                .unwrap_or(0);
            let fit = match self.found.fit {
                Fit::Emitted => "emitted",
                Fit::Unscoped => "unscoped",
                Fit::Default => "default",
            };
            let answer = serde_json::json!({
                "sdk": sdk.to_string(),
                "fit": fit,
                "meaning": index,
                "name": self.found.name(Some(sdk)).as_str(),
            });
            map.serialize_entry("answer", &answer)?;
        }
        map.end()
    }
}

/// Pretty JSON for lookup answers, as an array.
pub fn answers_json(found: &[Found], sdk: Option<&Sdk>) -> String {
    let views: Vec<AnswerJson> = found.iter().map(|&found| AnswerJson { found, sdk }).collect();
    serde_json::to_string_pretty(&views).expect("answers always serialize")
}

/// Pretty JSON for the SDK families: `[{"family", "versions": [...]}]`.
pub fn sdks_json() -> String {
    let families: Vec<serde_json::Value> = Family::ALL
        .iter()
        .map(|family| {
            let versions: Vec<String> = known_versions(*family).iter().map(ToString::to_string).collect();
            serde_json::json!({ "family": family.as_str(), "versions": versions })
        })
        .collect();
    serde_json::to_string_pretty(&families).expect("families always serialize")
}
