//! CSV and Markdown exports.

use crate::fields::{field, plain, shown, Value, FIELDS, PAGE_COLUMNS};
use crate::words;
use chat_errors::{entries, Entry, Language, Space, CATALOG_VERSION};
use std::fmt::Write;

/// CSV (RFC 4180) with a header row: one column per flat field (see
/// [`Value::is_flat`]), a text in one column per language. With a language,
/// the texts in it only; without, in both languages.
pub fn csv(entries: &[&'static Entry], language: Option<Language>) -> String {
    let languages: &[Language] = match language {
        Some(ref language) => core::slice::from_ref(language),
        None => Language::ALL,
    };
    let mut header = Vec::new();
    for field in FIELDS {
        match (field.value)(kind_sample()) {
            Value::Text(_) => header.extend(languages.iter().map(|language| format!("{}_{language}", field.key))),
            value if value.is_flat() => header.push(field.key.to_owned()),
            _ => {}
        }
    }
    let mut out = csv_row(&header);
    for &entry in entries {
        let mut cells = Vec::new();
        for field in FIELDS {
            match (field.value)(entry) {
                Value::Text(text) => {
                    cells.extend(languages.iter().map(|&language| text.get(language).as_str().to_owned()));
                }
                Value::Names(names) => cells.push(names.join(";")),
                Value::Flag(flag) => cells.push(if flag { "yes" } else { "no" }.to_owned()),
                value if value.is_flat() => cells.push(plain(&value, Language::En)),
                _ => {}
            }
        }
        out.push_str(&csv_row(&cells));
    }
    out
}

/// An entry whose values show each field's kind (kinds do not depend on the
/// entry; the catalog is never empty).
fn kind_sample() -> &'static Entry {
    &entries(Space::Web)[0]
}

fn csv_row(fields: &[String]) -> String {
    let quoted: Vec<String> = fields
        .iter()
        .map(|field| {
            if field.contains([',', '"', '\n', '\r']) {
                format!("\"{}\"", field.replace('"', "\"\""))
            } else {
                field.clone()
            }
        })
        .collect();
    quoted.join(",") + "\r\n"
}

/// The words of a reference page in one language.
struct PageWords {
    title: &'static str,
    intro: &'static str,
    more: &'static str,
    names: &'static str,
    variant: &'static str,
    conflict: &'static str,
}

fn page_words(language: Language) -> PageWords {
    match language {
        Language::En => PageWords {
            title: "Error codes",
            intro: "Generated from the chat-errors catalog; do not edit by hand.",
            more: "Names on other platforms, variants and conflicts",
            names: "Names",
            variant: "Variant",
            conflict: "Not followed",
        },
        Language::Zh => PageWords {
            title: "错误码",
            intro: "由 chat-errors 错误码目录生成，请勿手动编辑。",
            more: "其他平台的名称、变体与冲突",
            names: "各平台名称",
            variant: "变体",
            conflict: "未采用",
        },
    }
}

fn space_title(space: Space, language: Language) -> &'static str {
    match (space, language) {
        (Space::Web, _) => "Web SDK",
        (Space::Native, Language::En) => "Native SDK (Android / iOS)",
        (Space::Native, Language::Zh) => "原生 SDK（Android / iOS）",
    }
}

/// A reference page in the table shape of the official pages (the columns of
/// [`PAGE_COLUMNS`]), one section per space present in `entries`, each
/// followed by the entries' platform names, variants (with the SDKs that emit
/// them) and conflicts.
pub fn markdown(entries: &[&'static Entry], language: Language) -> String {
    let words = page_words(language);
    let columns: Vec<_> = PAGE_COLUMNS.iter().map(|key| field(key)).collect();
    let labels: Vec<&str> = columns.iter().map(|column| column.label(language)).collect();
    let rule = vec![":---"; columns.len()].join(" | ");
    let mut out = format!("# {}\n\n{} (catalog {CATALOG_VERSION})\n", words.title, words.intro);
    for &space in Space::ALL {
        let section: Vec<&'static Entry> = entries.iter().copied().filter(|entry| entry.space() == space).collect();
        if section.is_empty() {
            continue;
        }
        write!(
            out,
            "\n## {}\n\n| {} |\n| {rule} |\n",
            space_title(space, language),
            labels.join(" | ")
        )
        .unwrap();
        for &entry in &section {
            let cells: Vec<String> = columns
                .iter()
                .map(|column| markdown_cell(&shown(&(column.value)(entry), language)))
                .collect();
            writeln!(out, "| {} |", cells.join(" | ")).unwrap();
        }
        let details: Vec<String> = section
            .iter()
            .filter_map(|entry| more(entry, language, &words))
            .collect();
        if !details.is_empty() {
            write!(out, "\n### {}\n{}", words.more, details.concat()).unwrap();
        }
    }
    out
}

/// An entry's platform names, variants and conflicts as a Markdown list under
/// its code, or `None` when it has none.
fn more(entry: &'static Entry, language: Language, words: &PageWords) -> Option<String> {
    let mut items = Vec::new();
    let names = shown(&Value::Platforms(entry.default_meaning().names()), language);
    if !names.is_empty() {
        items.push(format!("- {}: {}", words.names, markdown_cell(&names)));
    }
    for variant in entry.variants() {
        items.push(format!(
            "- {} `{}` ({}): {} · {}: {} · {}: {}",
            words.variant,
            variant.names().canonical(),
            words::scopes(variant.scope(), language),
            markdown_cell(variant.summary().get(language).as_str()),
            field("action").label(language),
            words::action(variant.action(), language),
            field("status").label(language),
            words::status(variant.status(), language),
        ));
    }
    for conflict in entry.conflicts() {
        items.push(format!(
            "- {} `{}` ({}): {}",
            words.conflict,
            conflict.says(),
            conflict.source(),
            markdown_cell(conflict.reason().get(language).as_str()),
        ));
    }
    (!items.is_empty()).then(|| format!("\n**{} {}**\n\n{}\n", entry.code(), entry.name(), items.join("\n")))
}

fn markdown_cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}
