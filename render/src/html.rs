//! The browsable reference: one self-contained HTML file (no server, no
//! network, no external assets; works from `file://`).
//!
//! The entries are embedded as JSON (`<script type="application/json"
//! id="catalog-data">`) and rendered by the page's script
//! (`html/reference.js`, styled by `html/reference.css`, in the page
//! `html/reference.html`): a search box (a code, or ASCII case-insensitive
//! text in [`Entry::search_texts`], the rule of `chat_errors::search`),
//! space and category filters, a zh/en switch and one anchor per entry
//! (`id="web-508"`, `#native-204`) showing the facts of [`CARD_FACTS`] and
//! the constants to paste in C, Kotlin and Swift.

use crate::fields::{field, plain, CARD_FACTS};
use crate::json::EntryJson;
use crate::naming::{c_constant, kotlin_constant, swift_constant};
use chat_errors::{Category, Entry, Language, Space, CATALOG_VERSION, SCHEMA_VERSION};
use serde::Serialize;

/// The page, with `{{CATALOG_VERSION}}`, `{{STYLE}}`, `{{SCRIPT}}` and `{{DATA}}` to fill in.
const TEMPLATE: &str = include_str!("html/reference.html");
/// The page's style sheet.
const STYLE: &str = include_str!("html/reference.css");
/// The page's script.
const SCRIPT: &str = include_str!("html/reference.js");

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
}

/// A fact of a card: its label and value in each language.
#[derive(Serialize)]
struct Fact {
    label: Localized,
    value: Localized,
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
        .map(|key| field(key))
        .filter_map(|shown| {
            let value = (shown.value)(entry);
            let value = Localized::new(|language| plain(&value, language));
            (!value.en.is_empty()).then(|| Fact {
                label: Localized::new(|language| shown.label(language).to_owned()),
                value,
            })
        })
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

/// The reference page of `entries`.
pub fn reference(entries: &[&'static Entry]) -> String {
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
                search: entry.search_texts().map(str::to_ascii_lowercase).collect(),
                facts: facts(entry),
            })
            .collect(),
    };
    let json = serde_json::to_string(&data).expect("the page data always serializes");
    TEMPLATE
        .replace("{{CATALOG_VERSION}}", CATALOG_VERSION)
        .replace("{{STYLE}}", STYLE)
        .replace("{{SCRIPT}}", SCRIPT)
        .replace("{{DATA}}", &script_json(&json))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_json_cannot_end_the_script_element() {
        let text = "</script><!-- & \u{2028}";
        let escaped = script_json(&serde_json::json!({ "text": text }).to_string());
        assert!(!escaped.contains(['<', '>', '&', '\u{2028}']));
        let value: serde_json::Value = serde_json::from_str(&escaped).unwrap();
        assert_eq!(value["text"], text);
    }
}
