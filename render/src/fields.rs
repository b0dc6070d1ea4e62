//! The fields of an entry, in one list: every format (JSON, CSV, Markdown,
//! TypeScript, HTML) reads its fields from [`FIELDS`], so a field added to
//! core's `Entry` is shown everywhere by one line here.

use crate::words;
use chat_errors::{
    Action, Category, CodeRef, Conflict, Entry, Language, LocalizedText, Meaning, Names, Seed, Source, Space, Status,
};

/// The value of one field of one entry, by kind: each format knows how to
/// show each kind.
pub enum Value {
    /// The numbering space.
    Space(Space),
    /// The numeric code.
    Code(i32),
    /// The SDK's constant name.
    Name(&'static str),
    /// Other names.
    Names(Vec<&'static str>),
    /// A category.
    Category(Category),
    /// A recovery action.
    Action(Action),
    /// A yes/no fact.
    Flag(bool),
    /// A text in both languages.
    Text(&'static LocalizedText),
    /// Provenance pages (schema 1: seed pages only).
    Seeds(&'static [Seed]),
    /// Codes of the other space.
    Refs(&'static [CodeRef]),
    /// Whether SDKs still emit a meaning.
    Status(Status),
    /// A meaning's names per platform.
    Platforms(&'static Names),
    /// Pages and SDK headers, with the name each prints.
    Sources(&'static [Source]),
    /// Every meaning, the default first.
    Meanings(&'static [Meaning]),
    /// Sources the catalog does not follow, and why.
    Conflicts(&'static [Conflict]),
}

impl Value {
    /// Whether the value is one cell of a flat table (CSV, a TypeScript
    /// member): everything but provenance and cross-references.
    pub fn is_flat(&self) -> bool {
        !matches!(
            self,
            Value::Seeds(_)
                | Value::Refs(_)
                | Value::Platforms(_)
                | Value::Sources(_)
                | Value::Meanings(_)
                | Value::Conflicts(_)
        )
    }
}

/// One field of an entry.
pub struct Field {
    /// The field's key: JSON member, CSV column, TypeScript member.
    pub key: &'static str,
    /// What the field says, for people (TypeScript doc comments, `docs/reference/fields.md`).
    pub about: &'static str,
    /// The field's label in each language (Markdown column, HTML fact), in `Language::ALL` order.
    pub label: [&'static str; 2],
    /// The field's value for an entry.
    pub value: fn(&'static Entry) -> Value,
}

impl Field {
    /// The label in `language`.
    pub fn label(&self, language: Language) -> &'static str {
        self.label[language.value() as usize]
    }
}

/// Every field of an entry, in the order of the JSON schema.
pub const FIELDS: &[Field] = &[
    Field {
        key: "space",
        about: "The numbering space: web or native (never merged by number).",
        label: ["Space", "平台"],
        value: |entry| Value::Space(entry.space()),
    },
    Field {
        key: "code",
        about: "The numeric code the SDK reports.",
        label: ["Error code", "错误码"],
        value: |entry| Value::Code(entry.code()),
    },
    Field {
        key: "name",
        about: "The SDK's constant name of the code (default meaning).",
        label: ["Error message", "错误信息"],
        value: |entry| Value::Name(entry.name()),
    },
    Field {
        key: "aliases",
        about: "Other names the SDK has used for this code.",
        label: ["Aliases", "别名"],
        value: |entry| Value::Names(entry.aliases().iter().map(|alias| alias.as_str()).collect()),
    },
    Field {
        key: "category",
        about: "What the error is about (default meaning).",
        label: ["Category", "类别"],
        value: |entry| Value::Category(entry.category()),
    },
    Field {
        key: "transient",
        about: "Whether trying again later may succeed.",
        label: ["Retry", "可重试"],
        value: |entry| Value::Flag(entry.is_transient()),
    },
    Field {
        key: "action",
        about: "The recovery to take (default meaning).",
        label: ["Action", "处理方式"],
        value: |entry| Value::Action(entry.action()),
    },
    Field {
        key: "summary",
        about: "One sentence for developers (default meaning).",
        label: ["Summary", "摘要"],
        value: |entry| Value::Text(entry.summary()),
    },
    Field {
        key: "detail",
        about: "What happened and what to do, for the developer.",
        label: ["Description", "描述和可能原因"],
        value: |entry| Value::Text(entry.detail()),
    },
    Field {
        key: "seeds",
        about: "The seed pages that list this code, with the name each prints.",
        label: ["Seed pages", "种子页面"],
        value: |entry| Value::Seeds(entry.seeds()),
    },
    Field {
        key: "equivalents",
        about: "Codes of the other space with the same meaning.",
        label: ["Same meaning", "含义相同"],
        value: |entry| Value::Refs(entry.equivalents()),
    },
    Field {
        key: "documented",
        about: "Whether a current official page lists the code.",
        label: ["Documented", "文档列出"],
        value: |entry| Value::Flag(entry.is_documented()),
    },
    Field {
        key: "user",
        about: "A message an app can show its end user.",
        label: ["User message", "用户提示"],
        value: |entry| Value::Text(entry.user()),
    },
    Field {
        key: "status",
        about: "Whether SDKs still emit the default meaning: current, deprecated or removed.",
        label: ["Status", "状态"],
        value: |entry| Value::Status(entry.status()),
    },
    Field {
        key: "names",
        about: "The default meaning's names per platform.",
        label: ["Names", "各平台名称"],
        value: |entry| Value::Platforms(entry.default_meaning().names()),
    },
    Field {
        key: "sources",
        about: "The pages and SDK headers that list the default meaning.",
        label: ["Sources", "来源"],
        value: |entry| Value::Sources(entry.default_meaning().sources()),
    },
    Field {
        key: "meanings",
        about: "Every meaning, the default first, each with the SDKs that emit it.",
        label: ["Meanings", "含义"],
        value: |entry| Value::Meanings(entry.meanings()),
    },
    Field {
        key: "conflicts",
        about: "Sources the catalog does not follow, and why.",
        label: ["Conflicts", "冲突"],
        value: |entry| Value::Conflicts(entry.conflicts()),
    },
];

/// The columns of a Markdown reference page: the official pages' columns, in
/// their order, then the recovery, the end user's message and the status.
pub const PAGE_COLUMNS: &[&str] = &[
    "code",
    "name",
    "detail",
    "category",
    "transient",
    "action",
    "user",
    "status",
];

/// The fields an HTML reference card lists as facts (under its heading,
/// summary and detail; the variants and conflicts follow them).
pub const CARD_FACTS: &[&str] = &["user", "action", "status", "names", "aliases"];

/// The field named `key`.
///
/// # Panics
/// When no field has that key (a mistake in this module's lists).
pub fn field(key: &str) -> &'static Field {
    FIELDS
        .iter()
        .find(|field| field.key == key)
        .unwrap_or_else(|| panic!("no entry field {key:?}"))
}

/// "Yes" or "No" in `language`.
pub fn yes_no(value: bool, language: Language) -> &'static str {
    match (value, language) {
        (true, Language::En) => "Yes",
        (false, Language::En) => "No",
        (true, Language::Zh) => "是",
        (false, Language::Zh) => "否",
    }
}

/// A value as people read it in `language` (Markdown pages, HTML cards):
/// as [`plain`], but actions and statuses in words ([`crate::words`]) and
/// the platform names as `platform: name` (only those that differ from the
/// canonical name).
pub fn shown(value: &Value, language: Language) -> String {
    match value {
        Value::Action(action) => words::action(*action, language).to_owned(),
        Value::Status(status) => words::status(*status, language).to_owned(),
        Value::Platforms(names) => {
            let names: Vec<String> = names
                .platforms()
                .iter()
                .map(|(platform, name)| format!("{}: {name}", platform.as_str()))
                .collect();
            names.join(", ")
        }
        other => plain(other, language),
    }
}

/// A value as plain text in `language` (CSV cells: stable identifiers): lists
/// joined with ", ", flags as "Yes" or "No" in that language.
pub fn plain(value: &Value, language: Language) -> String {
    match value {
        Value::Space(space) => space.as_str().to_owned(),
        Value::Code(code) => code.to_string(),
        Value::Name(name) => (*name).to_owned(),
        Value::Names(names) => names.join(", "),
        Value::Category(category) => category.as_str().to_owned(),
        Value::Action(action) => action.as_str().to_owned(),
        Value::Flag(flag) => yes_no(*flag, language).to_owned(),
        Value::Text(text) => text.get(language).as_str().to_owned(),
        Value::Seeds(sources) | Value::Sources(sources) => {
            let files: Vec<&str> = sources.iter().map(|source| source.source().as_str()).collect();
            files.join(", ")
        }
        Value::Status(status) => status.as_str().to_owned(),
        Value::Platforms(names) => {
            let names: Vec<&str> = names.all().map(|name| name.as_str()).collect();
            names.join(", ")
        }
        Value::Meanings(meanings) => {
            let names: Vec<&str> = meanings
                .iter()
                .map(|meaning| meaning.names().canonical().as_str())
                .collect();
            names.join(", ")
        }
        Value::Conflicts(conflicts) => {
            let files: Vec<&str> = conflicts.iter().map(|conflict| conflict.source().as_str()).collect();
            files.join(", ")
        }
        Value::Refs(targets) => {
            let targets: Vec<String> = targets
                .iter()
                .map(|target| format!("{} {}", target.space, target.code))
                .collect();
            targets.join(", ")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_key_is_a_field() {
        for key in PAGE_COLUMNS.iter().chain(CARD_FACTS) {
            field(key);
        }
        assert_eq!(Language::ALL, [Language::En, Language::Zh]);
    }
}
