//! Compares an official-style error-code page (see [`crate::page`]) with the
//! catalog: codes missing from the page, codes the catalog lacks, name
//! differences and text differences.
//!
//! The JSON report (`chat-errors diff --json`):
//!
//! ```text
//! {"page", "space", "space_detected", "language", "language_detected", "rows",
//!  "missing_codes": [{"code", "name"}],
//!  "extra_codes": [{"code", "name", "texts"}],
//!  "name_differences": [{"code", "page_name", "catalog_name", "kind", "name_of"}],
//!  "text_differences": [{"code", "name", "field", "page_text", "catalog_text"}]}
//! ```
//!
//! `kind` is `alias` (the page prints one of the entry's aliases),
//! `known_misprint` (the catalog records this name as the page's spelling of
//! the entry), `misprint_of_other_page` (recorded, but for other pages) or
//! `unknown`; `name_of` lists the codes of the space whose name or alias the
//! page's name is. `field` is `detail` or `summary`.
//!
//! Texts are compared with whitespace removed, full-width punctuation read as
//! its ASCII form (`：` as `:`, `，` as `,`, ...) and a final full stop
//! (`.` or `。`) ignored, so that only differences in wording are reported.

use crate::page::PageRow;
use crate::terminal::escaped;
use chat_errors::{entries, lookup, Entry, Language, Space};
use serde::Serialize;
use std::collections::BTreeSet;
use std::io::{self, Write};

/// The differences between one page and the catalog.
#[derive(Debug, Serialize)]
pub struct PageDiff {
    /// The page as given (a path).
    pub page: String,
    /// The numbering space the page was compared with.
    pub space: &'static str,
    /// Whether the space was detected (true) or given with `--space` (false).
    pub space_detected: bool,
    /// The language of the page's text.
    pub language: &'static str,
    /// Whether the language was detected (true) or given with `--lang` (false).
    pub language_detected: bool,
    /// How many table rows the page has.
    pub rows: usize,
    /// Catalog codes of the space that the page does not list.
    pub missing_codes: Vec<CodeName>,
    /// Codes the page lists that the catalog does not have.
    pub extra_codes: Vec<ExtraCode>,
    /// Rows whose name is not the entry's name.
    pub name_differences: Vec<NameDifference>,
    /// Rows whose text is not the catalog's text in the page's language.
    pub text_differences: Vec<TextDifference>,
}

/// A code and its name.
#[derive(Debug, Serialize)]
pub struct CodeName {
    /// The numeric code.
    pub code: i32,
    /// The constant name.
    pub name: String,
}

/// A row of the page whose code the catalog lacks.
#[derive(Debug, Serialize)]
pub struct ExtraCode {
    /// The numeric code.
    pub code: i32,
    /// The name the page prints.
    pub name: String,
    /// The row's text cells.
    pub texts: Vec<String>,
}

/// How a name on the page relates to the catalog's name of the entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NameKind {
    /// One of the entry's aliases.
    Alias,
    /// The catalog records this name as this page's (mis)spelling of the entry.
    KnownMisprint,
    /// The catalog records this name for the entry, but on other pages.
    MisprintOfOtherPage,
    /// A name the catalog does not know for this entry.
    Unknown,
}

impl NameKind {
    /// The kind as it appears in the JSON report.
    pub fn as_str(self) -> &'static str {
        match self {
            NameKind::Alias => "alias",
            NameKind::KnownMisprint => "known_misprint",
            NameKind::MisprintOfOtherPage => "misprint_of_other_page",
            NameKind::Unknown => "unknown",
        }
    }
}

/// A row whose name differs from the catalog's.
#[derive(Debug, Serialize)]
pub struct NameDifference {
    /// The numeric code.
    pub code: i32,
    /// The name the page prints.
    pub page_name: String,
    /// The catalog's name of the code.
    pub catalog_name: &'static str,
    /// How the two relate.
    pub kind: NameKind,
    /// The codes of the space whose name or alias `page_name` is.
    pub name_of: Vec<i32>,
}

/// A row whose text differs from the catalog's.
#[derive(Debug, Serialize)]
pub struct TextDifference {
    /// The numeric code.
    pub code: i32,
    /// The catalog's name of the code.
    pub name: &'static str,
    /// Which catalog text: `summary` or `detail`.
    pub field: &'static str,
    /// The page's text.
    pub page_text: String,
    /// The catalog's text in the page's language.
    pub catalog_text: &'static str,
}

/// Compares the rows of the page at `page` with the catalog, in `space` and
/// `language` when given, else in the detected ones. The rows' text moves
/// into the report, so the comparison needs no copy of the page.
pub fn diff_page(page: &str, rows: Vec<PageRow>, space: Option<Space>, language: Option<Language>) -> PageDiff {
    let file_name = std::path::Path::new(page)
        .file_name()
        .map_or(page.to_owned(), |name| name.to_string_lossy().into_owned());
    let chosen_space = space.unwrap_or_else(|| detect_space(&rows));
    let chosen_language = language.unwrap_or_else(|| detect_language(&rows));
    let on_page: BTreeSet<i32> = rows
        .iter()
        .filter(|row| lookup(chosen_space, row.code).is_some())
        .map(|row| row.code)
        .collect();
    let mut diff = PageDiff {
        page: page.to_owned(),
        space: chosen_space.as_str(),
        space_detected: space.is_none(),
        language: chosen_language.as_str(),
        language_detected: language.is_none(),
        rows: rows.len(),
        missing_codes: entries(chosen_space)
            .iter()
            .filter(|entry| !on_page.contains(&entry.code()))
            .map(|entry| CodeName {
                code: entry.code(),
                name: entry.name().to_owned(),
            })
            .collect(),
        extra_codes: Vec::new(),
        name_differences: Vec::new(),
        text_differences: Vec::new(),
    };
    for row in rows {
        let Some(entry) = lookup(chosen_space, row.code) else {
            diff.extra_codes.push(ExtraCode {
                code: row.code,
                name: row.name,
                texts: row.texts,
            });
            continue;
        };
        diff.text_differences
            .extend(text_differences(entry, row.texts, chosen_language));
        if row.name != entry.name() {
            diff.name_differences.push(NameDifference {
                code: row.code,
                kind: name_kind(entry, &row.name, &file_name),
                name_of: entries(chosen_space)
                    .iter()
                    .filter(|other| other.is_named(&row.name))
                    .map(|other| other.code())
                    .collect(),
                page_name: row.name,
                catalog_name: entry.name(),
            });
        }
    }
    diff
}

/// The space whose catalog has more of the page's (code, name) pairs (web on a tie).
fn detect_space(rows: &[PageRow]) -> Space {
    let matches = |space: Space| {
        rows.iter()
            .filter(|row| lookup(space, row.code).is_some_and(|entry| is_recorded_name(entry, &row.name)))
            .count()
    };
    let mut best = Space::ALL[0];
    for &space in Space::ALL {
        if matches(space) > matches(best) {
            best = space;
        }
    }
    best
}

/// Whether `name` is the entry's name, an alias or a name some page prints for it.
fn is_recorded_name(entry: &Entry, name: &str) -> bool {
    entry.name() == name
        || entry.aliases().iter().any(|alias| alias.as_str() == name)
        || entry.seeds().iter().any(|seed| seed.name().as_str() == name)
}

/// Chinese when most rows with text have CJK characters in it, else English.
fn detect_language(rows: &[PageRow]) -> Language {
    let with_text = rows.iter().filter(|row| !row.texts.is_empty()).count();
    let chinese = rows
        .iter()
        .filter(|row| row.texts.iter().any(|text| text.chars().any(is_cjk)))
        .count();
    if chinese * 2 > with_text {
        Language::Zh
    } else {
        Language::En
    }
}

/// CJK ideographs (unified, extension A, compatibility).
fn is_cjk(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '\u{f900}'..='\u{faff}')
}

fn name_kind(entry: &Entry, name: &str, file_name: &str) -> NameKind {
    if entry.aliases().iter().any(|alias| alias.as_str() == name) {
        return NameKind::Alias;
    }
    let mut recorded = entry
        .seeds()
        .iter()
        .filter(|seed| seed.name().as_str() == name)
        .peekable();
    if recorded.peek().is_none() {
        NameKind::Unknown
    } else if recorded.any(|seed| seed.source().as_str() == file_name) {
        NameKind::KnownMisprint
    } else {
        NameKind::MisprintOfOtherPage
    }
}

/// The row's text compared with the entry's: one text column is the detail;
/// with two or more, the first is the summary and the last the detail.
fn text_differences(entry: &'static Entry, mut texts: Vec<String>, language: Language) -> Vec<TextDifference> {
    let detail = texts.pop();
    let summary = if texts.is_empty() {
        None
    } else {
        Some(texts.swap_remove(0))
    };
    [
        ("summary", summary, entry.summary().get(language).as_str()),
        ("detail", detail, entry.detail().get(language).as_str()),
    ]
    .into_iter()
    .filter_map(|(field, page_text, catalog_text)| {
        let page_text = page_text?;
        (comparable(&page_text) != comparable(catalog_text)).then(|| TextDifference {
            code: entry.code(),
            name: entry.name(),
            field,
            page_text,
            catalog_text,
        })
    })
    .collect()
}

/// `text` as compared: no whitespace, full-width punctuation as ASCII, no final full stop.
pub fn comparable(text: &str) -> String {
    let mut out: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '\u{3002}' => '.',
            '\u{3001}' => ',',
            '\u{201c}' | '\u{201d}' => '"',
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{ff01}'..='\u{ff5e}' => char::from_u32(u32::from(c) - 0xfee0).unwrap_or(c),
            c => c,
        })
        .collect();
    if out.ends_with('.') {
        out.pop();
    }
    out
}

/// Writes the report for a person: a summary line and one section per kind
/// of difference. Text from the page (its path, its cells) is escaped for a
/// terminal (see [`crate::terminal`]).
pub fn write_human(diff: &PageDiff, out: &mut impl Write) -> io::Result<()> {
    let how = |detected: bool| if detected { "detected" } else { "given" };
    writeln!(
        out,
        "{}: {} rows, compared with the {} catalog ({}) in {} ({})",
        escaped(&diff.page),
        diff.rows,
        diff.space,
        how(diff.space_detected),
        diff.language,
        how(diff.language_detected)
    )?;
    writeln!(
        out,
        "{} missing, {} extra, {} name differences, {} text differences",
        diff.missing_codes.len(),
        diff.extra_codes.len(),
        diff.name_differences.len(),
        diff.text_differences.len()
    )?;
    if !diff.missing_codes.is_empty() {
        out.write_all(b"\nmissing from the page (in the catalog):\n")?;
        for missing in &diff.missing_codes {
            writeln!(out, "  {} {}", missing.code, missing.name)?;
        }
    }
    if !diff.extra_codes.is_empty() {
        out.write_all(b"\nnot in the catalog (on the page):\n")?;
        for extra in &diff.extra_codes {
            writeln!(out, "  {} {}", extra.code, escaped(&extra.name))?;
        }
    }
    if !diff.name_differences.is_empty() {
        out.write_all(b"\nname differences (page vs catalog):\n")?;
        for difference in &diff.name_differences {
            let what = match difference.kind {
                NameKind::Alias => "an alias",
                NameKind::KnownMisprint => "a known misprint of this page",
                NameKind::MisprintOfOtherPage => "a misprint recorded for other pages",
                NameKind::Unknown => "not a known name of this code",
            };
            let others: Vec<String> = difference.name_of.iter().map(i32::to_string).collect();
            let name_of = if others.is_empty() {
                String::new()
            } else {
                format!("; it is the name of {}", others.join(", "))
            };
            writeln!(
                out,
                "  {} {} vs {}: {what}{name_of}",
                difference.code,
                escaped(&difference.page_name),
                difference.catalog_name
            )?;
        }
    }
    if !diff.text_differences.is_empty() {
        out.write_all(b"\ntext differences (page vs catalog):\n")?;
        for difference in &diff.text_differences {
            writeln!(
                out,
                "  {} {} ({}):\n    page:    {}\n    catalog: {}",
                difference.code,
                difference.name,
                difference.field,
                escaped(&difference.page_text),
                difference.catalog_text
            )?;
        }
    }
    Ok(())
}

/// Writes the JSON report (the shape in this module's documentation), then a newline.
pub fn write_json(diff: &PageDiff, out: &mut impl Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, diff)?;
    out.write_all(b"\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comparison_ignores_whitespace_punctuation_width_and_final_full_stop() {
        assert_eq!(
            comparable("登录失败：获取 token，失败。"),
            comparable("登录失败: 获取token,失败")
        );
        assert_eq!(comparable("Done ."), comparable("Done"));
        assert_ne!(comparable("登录失败：获取"), comparable("登录失败：获得"));
    }

    #[test]
    fn language_follows_the_majority_of_rows() {
        let row = |text: &str| PageRow {
            code: 1,
            name: "A".into(),
            texts: vec![text.into()],
        };
        assert_eq!(detect_language(&[row("失败"), row("None.")]), Language::En);
        assert_eq!(detect_language(&[row("失败"), row("失败"), row("None.")]), Language::Zh);
        assert_eq!(detect_language(&[]), Language::En);
    }
}
