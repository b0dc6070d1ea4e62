//! The browsable reference (no server, no network; works from `file://`).
//!
//! The page is `docs/reference.html`, with its script
//! `docs/assets/reference.js` and style sheet `docs/assets/reference.css`;
//! the catalog reaches it as `window.CHAT_ERRORS_DATA`, set by
//! `docs/assets/reference-data.js` ([`data_script`], written by codegen).
//! [`reference`] inlines all three into one self-contained file (what
//! `chat-errors export --format html` prints). The script shows a search box (a code, or ASCII case-insensitive
//! text in [`Entry::search_texts`], the rule of `chat_errors::search`),
//! space and category filters, a zh/en switch and one anchor per entry
//! (`id="web-508"`, `#native-204`) showing the facts of [`CARD_FACTS`]
//! (actions and statuses in words, from [`crate::words`]), the variants with
//! the SDKs that emit them, the conflicts, and the constants to paste in C,
//! Kotlin and Swift.

use crate::fields::{field, shown, Value, CARD_FACTS};
use crate::json::EntryJson;
use crate::naming::{c_constant, kotlin_constant, swift_constant};
use crate::words;
use chat_errors::{Category, Entry, Language, Meaning, Space, CATALOG_VERSION, SCHEMA_VERSION};
use serde::Serialize;

/// The page, loading its style sheet, data and script from `assets/`.
const PAGE: &str = include_str!("../../docs/reference.html");
/// The page's assets: how the page loads each, and its text (the data is rendered).
const STYLE_LINK: &str = r#"<link rel="stylesheet" href="assets/reference.css">"#;
const STYLE: &str = include_str!("../../docs/assets/reference.css");
const DATA_LINK: &str = r#"<script src="assets/reference-data.js"></script>"#;
const SCRIPT_LINK: &str = r#"<script src="assets/reference.js"></script>"#;
const SCRIPT: &str = include_str!("../../docs/assets/reference.js");

/// The data the page embeds.
#[derive(Serialize)]
struct PageData {
    schema_version: u32,
    catalog_version: &'static str,
    categories: Vec<&'static str>,
    entries: Vec<PageEntry>,
}

/// An entry of the export, with its anchor and constants.
#[derive(Serialize)]
struct PageEntry {
    #[serde(flatten)]
    entry: EntryJson,
    anchor: String,
    /// None for a code no SDK emits, which has no constant.
    constants: Option<Constants>,
    /// The texts search looks in, ASCII lower-cased.
    search: Vec<String>,
    /// The facts the card lists.
    facts: Vec<Fact>,
    /// The variants, as the card shows them.
    variants: Vec<Variant>,
}

/// A variant as a card shows it: its name, the SDKs that emit it, its
/// summary, and its facts (end-user message, action and status in words,
/// platform names).
#[derive(Serialize)]
struct Variant {
    name: &'static str,
    scope: Localized,
    summary: Localized,
    facts: Vec<Fact>,
}

impl Variant {
    fn new(meaning: &'static Meaning) -> Self {
        let values = [
            ("user", Value::Text(meaning.user())),
            ("action", Value::Action(meaning.action())),
            ("status", Value::Status(meaning.status())),
            ("names", Value::Platforms(meaning.names())),
            (
                "aliases",
                Value::Names(meaning.names().aliases().iter().map(|alias| alias.as_str()).collect()),
            ),
        ];
        Variant {
            name: meaning.names().canonical().as_str(),
            scope: Localized::new(|language| words::scopes(meaning.scope(), language)),
            summary: Localized::new(|language| meaning.summary().get(language).as_str().to_owned()),
            facts: values.iter().filter_map(|(key, value)| Fact::new(key, value)).collect(),
        }
    }
}

/// A fact of a card: its label and value in each language.
#[derive(Serialize)]
struct Fact {
    key: &'static str,
    label: Localized,
    value: Localized,
}

impl Fact {
    /// The fact of field `key` holding `value`, as people read it; `None` when empty.
    fn new(key: &'static str, value: &Value) -> Option<Self> {
        let listed = field(key);
        let value = Localized::new(|language| shown(value, language));
        (!value.en.is_empty()).then(|| Fact {
            key,
            label: Localized::new(|language| listed.label(language).to_owned()),
            value,
        })
    }
}

/// A text in each language.
#[derive(Serialize)]
struct Localized {
    en: String,
    zh: String,
}

impl Localized {
    fn new(text: impl Fn(Language) -> String) -> Self {
        Localized {
            en: text(Language::En),
            zh: text(Language::Zh),
        }
    }
}

/// The facts of [`CARD_FACTS`] that `entry` has (an empty list is left out).
fn facts(entry: &'static Entry) -> Vec<Fact> {
    CARD_FACTS
        .iter()
        .filter_map(|key| Fact::new(key, &(field(key).value)(entry)))
        .collect()
}

/// The constant naming an entry in each language binding.
#[derive(Serialize)]
struct Constants {
    c: String,
    kotlin: String,
    swift: String,
}

/// The HTML anchor of an entry: `web-508`, `native--1`.
pub fn anchor(space: Space, code: i32) -> String {
    format!("{space}-{code}")
}

/// JSON for an inline `<script>`: `<`, `>`, `&` and the line separators
/// escaped, so no text can end the script element.
fn script_json(json: &str) -> String {
    json.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
}

/// The texts search looks in ([`Entry::search_texts`]), ASCII lower-cased,
/// each once.
fn search_texts(entry: &'static Entry) -> Vec<String> {
    let mut texts: Vec<String> = Vec::new();
    for text in entry.search_texts().map(str::to_ascii_lowercase) {
        if !texts.contains(&text) {
            texts.push(text);
        }
    }
    texts
}

/// The script that hands `entries` to the page (`docs/assets/reference-data.js`).
pub fn data_script(entries: &[&'static Entry]) -> String {
    let data = PageData {
        schema_version: SCHEMA_VERSION,
        catalog_version: CATALOG_VERSION,
        categories: Category::ALL.iter().map(|category| category.as_str()).collect(),
        entries: entries
            .iter()
            .map(|&entry| PageEntry {
                entry: EntryJson(entry),
                anchor: anchor(entry.space(), entry.code()),
                constants: entry.has_constant().then(|| Constants {
                    c: c_constant(entry),
                    kotlin: kotlin_constant(entry),
                    swift: swift_constant(entry),
                }),
                search: search_texts(entry),
                facts: facts(entry),
                variants: entry.variants().iter().map(Variant::new).collect(),
            })
            .collect(),
    };
    let json = serde_json::to_string(&data).expect("the page data always serializes");
    format!("window.CHAT_ERRORS_DATA = {};\n", script_json(&json))
}

/// The reference page of `entries` as one self-contained file: the page with
/// its style sheet, data and script inlined.
pub fn reference(entries: &[&'static Entry]) -> String {
    PAGE.replace(STYLE_LINK, &format!("<style>{STYLE}</style>"))
        .replace(DATA_LINK, &format!("<script>{}</script>", data_script(entries)))
        .replace(SCRIPT_LINK, &format!("<script>{SCRIPT}</script>"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_self_contained_page_loads_nothing() {
        for link in [STYLE_LINK, DATA_LINK, SCRIPT_LINK] {
            assert!(PAGE.contains(link), "docs/reference.html no longer has {link}");
        }
        let page = reference(&crate::select(None, None));
        assert!(!page.contains("=\"assets/"), "an asset is still linked");
        assert!(page.contains("window.CHAT_ERRORS_DATA = {"));
    }

    #[test]
    fn embedded_json_cannot_end_the_script_element() {
        let text = "</script><!-- & \u{2028}";
        let escaped = script_json(&serde_json::json!({ "text": text }).to_string());
        assert!(!escaped.contains(['<', '>', '&', '\u{2028}']));
        let value: serde_json::Value = serde_json::from_str(&escaped).unwrap();
        assert_eq!(value["text"], text);
    }
}
