//! The fields of an entry, in one list: every format (JSON, CSV, Markdown,
//! TypeScript, HTML) reads its fields from [`FIELDS`], so a field added to
//! core's `Entry` is shown everywhere by one line here.

use chat_errors::{Action, Category, CodeRef, Entry, Language, LocalizedText, Seed, Space};

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
    /// Provenance pages.
    Seeds(&'static [Seed]),
    /// Codes of the other space.
    Refs(&'static [CodeRef]),
}

impl Value {
    /// Whether the value is one cell of a flat table (CSV, a TypeScript
    /// member): everything but provenance and cross-references.
    pub fn is_flat(&self) -> bool {
        !matches!(self, Value::Seeds(_) | Value::Refs(_))
    }
}

/// One field of an entry.
pub struct Field {
    /// The field's key: JSON member, CSV column, TypeScript member.
    pub key: &'static str,
    /// What the field says, for people (TypeScript doc comments); empty when the key says it.
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
        about: "",
        label: ["Space", "平台"],
        value: |entry| Value::Space(entry.space()),
    },
    Field {
        key: "code",
        about: "",
        label: ["Error code", "错误码"],
        value: |entry| Value::Code(entry.code()),
    },
    Field {
        key: "name",
        about: "",
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
        about: "",
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
        about: "",
        label: ["Action", "处理方式"],
        value: |entry| Value::Action(entry.action()),
    },
    Field {
        key: "summary",
        about: "One sentence for the user.",
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
        about: "The official pages that list this code.",
        label: ["Sources", "来源"],
        value: |entry| Value::Seeds(entry.seeds()),
    },
    Field {
        key: "equivalents",
        about: "Codes of the other space with the same meaning.",
        label: ["Same meaning", "含义相同"],
        value: |entry| Value::Refs(entry.equivalents()),
    },
];

/// The columns of a Markdown reference page, in the official pages' order.
pub const PAGE_COLUMNS: &[&str] = &["code", "name", "detail", "category", "transient"];

/// The fields an HTML reference card lists as facts (under its heading,
/// summary and detail).
pub const CARD_FACTS: &[&str] = &["action", "aliases"];

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

/// A value as plain text in `language`: lists joined with ", ", flags as
/// "Yes" or "No" in that language.
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
        Value::Seeds(seeds) => {
            let pages: Vec<&str> = seeds.iter().map(|seed| seed.page().as_str()).collect();
            pages.join(", ")
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
