//! Output for a person reading a terminal.

use chat_errors::{known_versions, Entry, Family, Fit, Found, Meaning, Sdk, Space};
use std::fmt::Write;

/// A full card for one entry: the default meaning, every field, both
/// languages, then its variants and conflicts.
pub fn card(entry: &'static Entry) -> String {
    answer_card(
        &Found {
            entry,
            meaning: entry.default_meaning(),
            fit: Fit::Default,
        },
        None,
    )
}

/// The scopes of a meaning, for a person: "easemob-android, easemob-ios >= 4.0".
pub fn scopes(meaning: &Meaning) -> String {
    if meaning.scope().is_empty() {
        return "no SDK".to_owned();
    }
    let scopes: Vec<String> = meaning.scope().iter().map(ToString::to_string).collect();
    scopes.join(", ")
}

/// The card of a lookup's answer: the meaning that applies (for `sdk`, when
/// given), labelled as default or variant, then the entry's other meanings
/// and its conflicts.
pub fn answer_card(found: &Found, sdk: Option<&Sdk>) -> String {
    let (entry, meaning) = (found.entry, found.meaning);
    let mut out = format!("{} {}  {}\n", entry.space(), entry.code(), found.name(sdk));
    let which = if found.is_variant() {
        "variant"
    } else {
        "default meaning"
    };
    match (sdk, found.fit) {
        (Some(sdk), Fit::Emitted) => writeln!(out, "  for {sdk}: {which}, emitted by this SDK").unwrap(),
        (Some(sdk), _) => writeln!(
            out,
            "  for {sdk}: no meaning known for this SDK; showing the default meaning"
        )
        .unwrap(),
        (None, _) if entry.variants().is_empty() => {}
        (None, _) => writeln!(
            out,
            "  {which}; other SDKs mean something else (variants below, pick one with --sdk)"
        )
        .unwrap(),
    }
    let transient = if meaning.is_transient() { "yes" } else { "no" };
    writeln!(
        out,
        "  status: {}   category: {}   transient: {transient}   action: {}",
        meaning.status(),
        meaning.category(),
        meaning.action()
    )
    .unwrap();
    writeln!(out, "  emitted by: {}", scopes(meaning)).unwrap();
    let mut names: Vec<String> = vec![format!("canonical {}", meaning.names().canonical())];
    names.extend(
        meaning
            .names()
            .platforms()
            .iter()
            .map(|(platform, name)| format!("{} {name}", platform.as_str())),
    );
    writeln!(out, "  names:    {}", names.join(", ")).unwrap();
    if !meaning.names().aliases().is_empty() {
        let aliases: Vec<&str> = meaning.names().aliases().iter().map(|alias| alias.as_str()).collect();
        writeln!(out, "  aliases:  {}", aliases.join(", ")).unwrap();
    }
    writeln!(
        out,
        "  user en: {}\n  user zh: {}",
        meaning.user().en(),
        meaning.user().zh()
    )
    .unwrap();
    writeln!(out, "  en: {}\n      {}", meaning.summary().en(), meaning.detail().en()).unwrap();
    writeln!(out, "  zh: {}\n      {}", meaning.summary().zh(), meaning.detail().zh()).unwrap();
    for target in entry.equivalents() {
        let name = chat_errors::lookup(target.space, target.code).map_or("", |other| other.name());
        writeln!(out, "  same meaning: {} {} {name}", target.space, target.code).unwrap();
    }
    for other in entry.meanings().iter().filter(|other| !core::ptr::eq(*other, meaning)) {
        let label = if core::ptr::eq(other, entry.default_meaning()) {
            "default"
        } else {
            "variant"
        };
        writeln!(
            out,
            "  {label}: {} ({}) for {}: {}",
            other.names().canonical(),
            other.status(),
            scopes(other),
            other.summary().en()
        )
        .unwrap();
    }
    for conflict in entry.conflicts() {
        writeln!(
            out,
            "  conflict: {} says {}; not followed: {}",
            conflict.source(),
            conflict.says(),
            conflict.reason().en()
        )
        .unwrap();
    }
    if !entry.is_documented() {
        out.push_str("  not listed by any current official page\n");
    }
    out
}

/// The families the catalog knows and their known versions, one line each.
pub fn sdks() -> String {
    let mut out = String::new();
    for family in Family::ALL {
        let versions: Vec<String> = known_versions(*family).iter().map(ToString::to_string).collect();
        let versions = if versions.is_empty() {
            "(no version named)".to_owned()
        } else {
            versions.join(", ")
        };
        writeln!(out, "{:<18} {versions}", family.as_str()).unwrap();
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
