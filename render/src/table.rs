//! Output for a person reading a terminal.

use chat_errors::{Entry, Space};
use std::fmt::Write;

/// A full card for one entry: every field, both languages.
pub fn card(entry: &Entry) -> String {
    let mut out = format!("{} {}  {}\n", entry.space(), entry.code(), entry.name());
    let transient = if entry.is_transient() { "yes" } else { "no" };
    writeln!(
        out,
        "  category: {}   transient: {transient}   action: {}",
        entry.category(),
        entry.action()
    )
    .unwrap();
    if !entry.aliases().is_empty() {
        let aliases: Vec<&str> = entry.aliases().iter().map(|alias| alias.as_str()).collect();
        writeln!(out, "  aliases:  {}", aliases.join(", ")).unwrap();
    }
    writeln!(out, "  en: {}\n      {}", entry.summary().en(), entry.detail().en()).unwrap();
    writeln!(out, "  zh: {}\n      {}", entry.summary().zh(), entry.detail().zh()).unwrap();
    for target in entry.equivalents() {
        let name = chat_errors::lookup(target.space, target.code).map_or("", |other| other.name());
        writeln!(out, "  same meaning: {} {} {name}", target.space, target.code).unwrap();
    }
    out
}

/// The line printed for a space that has no entry for a code.
pub fn not_documented(space: Space, code: i32) -> String {
    format!("{space} {code}  (not documented in the {space} space)\n")
}

/// One line per entry: space, code, name, category and English summary.
pub fn list(entries: &[&'static Entry]) -> String {
    let width = entries.iter().map(|entry| entry.name().len()).max().unwrap_or(0);
    let mut out = String::new();
    for entry in entries {
        writeln!(
            out,
            "{:<6} {:>5}  {:<width$}  {:<11}  {}",
            entry.space(),
            entry.code(),
            entry.name(),
            entry.category(),
            entry.summary().en()
        )
        .unwrap();
    }
    out
}
