//! CSV and Markdown exports.

use chat_errors::{Entry, Language, Space, CATALOG_VERSION};
use std::fmt::Write;

/// CSV (RFC 4180) with a header row. With a language, one summary and one
/// detail column in it; without, both languages.
pub fn csv(entries: &[&'static Entry], language: Option<Language>) -> String {
    let languages: &[Language] = match language {
        Some(ref language) => core::slice::from_ref(language),
        None => Language::ALL,
    };
    let mut header = vec!["space".to_owned(), "code".into(), "name".into(), "aliases".into()];
    header.extend(["category", "transient", "action"].map(String::from));
    for kind in ["summary", "detail"] {
        header.extend(languages.iter().map(|language| format!("{kind}_{language}")));
    }
    let mut out = csv_row(header.iter().map(String::as_str));
    for entry in entries {
        let code = entry.code().to_string();
        let aliases: Vec<&str> = entry.aliases().iter().map(|alias| alias.as_str()).collect();
        let aliases = aliases.join(";");
        let mut fields = vec![entry.space().as_str(), &code, entry.name(), &aliases];
        fields.extend([
            entry.category().as_str(),
            yes_no(entry.is_transient()),
            entry.action().as_str(),
        ]);
        fields.extend(languages.iter().map(|&language| entry.summary().get(language).as_str()));
        fields.extend(languages.iter().map(|&language| entry.detail().get(language).as_str()));
        out.push_str(&csv_row(fields.into_iter()));
    }
    out
}

fn csv_row<'a>(fields: impl Iterator<Item = &'a str>) -> String {
    let quoted: Vec<String> = fields
        .map(|field| {
            if field.contains([',', '"', '\n', '\r']) {
                format!("\"{}\"", field.replace('"', "\"\""))
            } else {
                field.to_owned()
            }
        })
        .collect();
    quoted.join(",") + "\r\n"
}

fn yes_no(value: bool) -> &'static str {
    if value {
        "yes"
    } else {
        "no"
    }
}

/// The words of a reference page in one language.
struct PageWords {
    title: &'static str,
    intro: &'static str,
    columns: [&'static str; 5],
    retry: [&'static str; 2],
}

fn page_words(language: Language) -> PageWords {
    match language {
        Language::En => PageWords {
            title: "Error codes",
            intro: "Generated from the chat-errors catalog; do not edit by hand.",
            columns: ["Error code", "Error message", "Description", "Category", "Retry"],
            retry: ["Yes", "No"],
        },
        Language::Zh => PageWords {
            title: "错误码",
            intro: "由 chat-errors 错误码目录生成，请勿手动编辑。",
            columns: ["错误码", "错误信息", "描述和可能原因", "类别", "可重试"],
            retry: ["是", "否"],
        },
    }
}

fn space_title(space: Space, language: Language) -> &'static str {
    match (space, language) {
        (Space::Web, Language::En) => "Web SDK",
        (Space::Web, Language::Zh) => "Web SDK",
        (Space::Native, Language::En) => "Native SDK (Android / iOS)",
        (Space::Native, Language::Zh) => "原生 SDK（Android / iOS）",
    }
}

/// A reference page in the table shape of the official pages, one section per
/// space present in `entries`.
pub fn markdown(entries: &[&'static Entry], language: Language) -> String {
    let words = page_words(language);
    let mut out = format!("# {}\n\n{} (catalog {CATALOG_VERSION})\n", words.title, words.intro);
    for &space in Space::ALL {
        let section: Vec<&&Entry> = entries.iter().filter(|entry| entry.space() == space).collect();
        if section.is_empty() {
            continue;
        }
        write!(
            out,
            "\n## {}\n\n| {} |\n",
            space_title(space, language),
            words.columns.join(" | ")
        )
        .unwrap();
        out.push_str("| :--- | :--- | :--- | :--- | :--- |\n");
        for entry in section {
            let retry = words.retry[usize::from(!entry.is_transient())];
            writeln!(
                out,
                "| {} | {} | {} | {} | {} |",
                entry.code(),
                entry.name(),
                markdown_cell(entry.detail().get(language).as_str()),
                entry.category(),
                retry
            )
            .unwrap();
        }
    }
    out
}

fn markdown_cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}
