//! Checks the catalog against the five official pages in `../shared/seeds/`:
//! every (space, code, name) of every page is in the catalog with its
//! provenance, no code is missing, and each Web entry's Chinese detail is the
//! newest Web page's text.
//!
//! The pages are not part of the project. Where the folder is absent (a
//! user's own clone) the test says so and passes; under CI it fails.

use chat_errors::{entries, lookup, Space};
use chat_errors_cli::page::{parse_page, plain_text, PageRow};
use std::collections::BTreeSet;
use std::path::PathBuf;

/// The seed pages: file name and numbering space.
const PAGES: [(&str, Space); 5] = [
    ("000_81897c9467009b78.txt", Space::Web),
    ("001_526b936482aa2d66.txt", Space::Web),
    ("002_be09d2de2d11e0f5.txt", Space::Web),
    ("003_8634558e6088e567.txt", Space::Native),
    ("004_8bb21ba864ddc34b.txt", Space::Web),
];

/// The newest and most complete Web revision, whose Chinese text the catalog follows.
const NEWEST_WEB_PAGE: &str = "001_526b936482aa2d66.txt";

/// The pages, read from the seeds folder; `None` (skip) when it is absent outside CI.
fn read_pages() -> Option<Vec<(&'static str, Space, Vec<PageRow>)>> {
    let folder = std::env::var_os("CHAT_ERRORS_SEEDS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/seeds"));
    if !folder.is_dir() {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "the seed pages are missing at {} (required under CI)",
            folder.display()
        );
        eprintln!("skipped: no seed pages at {}", folder.display());
        return None;
    }
    let pages = PAGES
        .iter()
        .map(|&(file, space)| {
            let text = std::fs::read_to_string(folder.join(file)).unwrap_or_else(|e| panic!("cannot read {file}: {e}"));
            let rows = parse_page(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
            assert!(!rows.is_empty(), "{file}: no table rows found");
            (file, space, rows)
        })
        .collect();
    Some(pages)
}

fn without_whitespace(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn every_code_and_name_of_every_page_is_in_the_catalog_with_its_provenance() {
    let Some(pages) = read_pages() else { return };
    for (file, space, rows) in &pages {
        for row in rows {
            let entry = lookup(*space, row.code)
                .unwrap_or_else(|| panic!("{file}: {space} {} {} is not in the catalog", row.code, row.name));
            let recorded = entry
                .seeds()
                .iter()
                .any(|seed| seed.source().as_str() == *file && seed.name().as_str() == row.name);
            assert!(
                recorded,
                "{file}: {space} {} {}: no seed records this page and name",
                row.code, row.name
            );
        }
    }
}

#[test]
fn every_seed_the_catalog_records_is_on_its_page() {
    let Some(pages) = read_pages() else { return };
    for &space in Space::ALL {
        for entry in entries(space) {
            for seed in entry.seeds() {
                let (_, page_space, rows) = pages
                    .iter()
                    .find(|(file, _, _)| *file == seed.source().as_str())
                    .unwrap_or_else(|| panic!("{space} {}: unknown seed page {}", entry.code(), seed.source()));
                assert_eq!(
                    *page_space,
                    space,
                    "{space} {}: seed page {} is of the other space",
                    entry.code(),
                    seed.source()
                );
                let listed = rows
                    .iter()
                    .any(|row| row.code == entry.code() && row.name == seed.name().as_str());
                assert!(
                    listed,
                    "{space} {}: page {} does not list {}",
                    entry.code(),
                    seed.source(),
                    seed.name()
                );
            }
        }
    }
}

#[test]
fn every_code_of_the_pages_is_in_the_catalog() {
    let Some(pages) = read_pages() else { return };
    for &space in Space::ALL {
        let on_pages: BTreeSet<i32> = pages
            .iter()
            .filter(|(_, page_space, _)| *page_space == space)
            .flat_map(|(_, _, rows)| rows.iter().map(|row| row.code))
            .collect();
        let in_catalog: BTreeSet<i32> = entries(space).iter().map(|entry| entry.code()).collect();
        let missing: Vec<&i32> = on_pages.difference(&in_catalog).collect();
        assert!(
            missing.is_empty(),
            "{space}: codes of the pages missing from the catalog: {missing:?}"
        );
    }
}

/// Whether the catalog records `file` printing `name` for `entry` as a
/// variant's source or a conflict (the page's numbering is not the default one).
fn recorded_as_variant_or_conflict(entry: &chat_errors::Entry, file: &str, name: &str) -> bool {
    let by_variant = entry
        .variants()
        .iter()
        .flat_map(|variant| variant.sources())
        .any(|source| source.source().as_str() == file && source.name().as_str() == name);
    let by_conflict = entry
        .conflicts()
        .iter()
        .any(|conflict| conflict.source().as_str() == file && conflict.says().as_str() == name);
    by_variant || by_conflict
}

#[test]
fn canonical_names_follow_the_newest_page() {
    let Some(pages) = read_pages() else { return };
    for (file, space, rows) in &pages {
        if *file != NEWEST_WEB_PAGE && *space == Space::Web {
            continue;
        }
        for row in rows {
            let entry = lookup(*space, row.code).expect("checked by the provenance test");
            if entry.name() != row.name {
                assert!(
                    recorded_as_variant_or_conflict(entry, file, &row.name),
                    "{file}: {space} {}: {} is neither the canonical name {} nor a recorded variant or conflict",
                    row.code,
                    row.name,
                    entry.name()
                );
            }
        }
    }
}

#[test]
fn web_chinese_detail_is_the_newest_page_text() {
    let Some(pages) = read_pages() else { return };
    let (_, _, rows) = pages
        .iter()
        .find(|(file, _, _)| *file == NEWEST_WEB_PAGE)
        .expect("listed above");
    for row in rows {
        let entry = lookup(Space::Web, row.code).expect("checked by the provenance test");
        let page_text = row.texts.first().map(|text| plain_text(text)).unwrap_or_default();
        assert_eq!(
            without_whitespace(entry.detail().zh()),
            without_whitespace(&page_text),
            "web {} {}: zh detail differs from {NEWEST_WEB_PAGE}",
            row.code,
            row.name
        );
    }
}
