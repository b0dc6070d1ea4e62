//! `chat-errors diff` over the five official pages in `../shared/seeds/`
//! (relative to the repository root) and over pages made for the test.
//!
//! The expected differences of the official pages are facts known about the
//! pages (their README and a reading of them), not the command's output:
//! which codes each revision lacks, the 607 misprint, and that the catalog's
//! Chinese Web text is the newest revision's. Where the folder is absent (a
//! user's own clone) the seed tests say so and pass; under CI they fail.

mod common;

use chat_errors::{entries, Language, Space};
use chat_errors_cli::page::plain_text;
use common::{answers, json, run, stderr};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const PAGE_000: &str = "000_81897c9467009b78.txt";
const PAGE_001: &str = "001_526b936482aa2d66.txt";
const PAGE_002: &str = "002_be09d2de2d11e0f5.txt";
const PAGE_003: &str = "003_8634558e6088e567.txt";
const PAGE_004: &str = "004_8bb21ba864ddc34b.txt";

/// The JSON report of `chat-errors diff <page> --json <extra...>`, which must exit 0.
fn diff_json(page: &Path, extra: &[&str]) -> Value {
    let page = page.to_str().expect("a UTF-8 path");
    let mut args = vec!["diff", page, "--json"];
    args.extend(extra);
    let output = run(&args);
    assert_eq!(output.status.code(), Some(0), "diff {page}: {}", stderr(&output));
    json(&output)
}

/// The seeds folder; `None` (skip) when it is absent outside CI.
fn seeds() -> Option<PathBuf> {
    let folder = std::env::var_os("CHAT_ERRORS_SEEDS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/seeds"));
    if folder.is_dir() {
        return Some(folder);
    }
    assert!(
        std::env::var("CI").as_deref() != Ok("true"),
        "the seed pages are missing at {} (required under CI)",
        folder.display()
    );
    eprintln!("skipped: no seed pages at {}", folder.display());
    None
}

fn codes(report: &Value, key: &str) -> BTreeSet<i64> {
    report[key]
        .as_array()
        .unwrap_or_else(|| panic!("{key} is an array"))
        .iter()
        .map(|item| item["code"].as_i64().expect("a code"))
        .collect()
}

/// The name differences as (code, page name, catalog name, kind, name_of).
fn name_differences(report: &Value) -> Vec<(i64, String, String, String, Vec<i64>)> {
    report["name_differences"]
        .as_array()
        .expect("name_differences is an array")
        .iter()
        .map(|item| {
            (
                item["code"].as_i64().unwrap(),
                item["page_name"].as_str().unwrap().to_owned(),
                item["catalog_name"].as_str().unwrap().to_owned(),
                item["kind"].as_str().unwrap().to_owned(),
                item["name_of"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|code| code.as_i64().unwrap())
                    .collect(),
            )
        })
        .collect()
}

fn assert_detected(report: &Value, space: &str, language: &str) {
    assert_eq!(report["space"], space, "{report}");
    assert_eq!(report["space_detected"], true);
    assert_eq!(report["language"], language, "{report}");
    assert_eq!(report["language_detected"], true);
}

/// A misprinted name: (code, page name, catalog name, codes whose name it is).
type Misprint = (i64, &'static str, &'static str, &'static [i64]);

/// The one difference every older Web revision has: 607 printed as 605's name.
const MISPRINT_607: Misprint = (607, "GROUP_NOT_EXIST", "GROUP_MEMBERS_LIMIT", &[605]);

/// The codes the newest Web revision (001) lacks; every older one lacks them too.
const MISSING_FROM_EVERY_WEB_PAGE: &[i64] = &[
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 18, 19, 20, 21, 22, 23, 24, 25, 26, 29, 30, 33, 34, 35, 36, 37, 38, 54,
    55, 56, 57, 100, 103, 201, 202, 203, 214, 220, 222, 223, 300, 301, 302, 303, 304, 305, 306, 307, 308, 309, 310,
    311, 312, 313, 314, 315, 316, 317, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 513, 514, 608, 1303,
    1400,
];

// Page 003 predates the codes the current pages and SDK headers added
// (0.2.0), and prints the older numbering of 605 and 900-901.
const MISSING_FROM_PAGE_003: &[i64] = &[
    3, 5, 6, 7, 8, 103, 105, 106, 107, 108, 109, 110, 111, 112, 211, 212, 218, 219, 220, 221, 306, 307, 308, 406, 407,
    501, 503, 509, 510, 511, 606, 607, 608, 609, 610, 611, 612, 613, 706, 707, 800, 801, 802, 803, 804, 805, 806, 807,
    808, 809, 810, 811, 812, 813, 814, 815, 816, 817, 818, 819, 820, 821, 822, 823, 824, 825, 826, 827, 903, 904, 905,
    1000, 1001, 1002, 1100, 1101, 1110, 1111, 1112, 1113, 1200, 1299, 1300, 1301, 1302, 1400, 1401, 1402, 1403, 1500,
    1501, 1502,
];
const PAGE_003_MISPRINTS: &[Misprint] = &[
    (605, "GROUP_NOT_EXIST", "GROUP_SHARED_FILE_INVALIDID", &[605, 606]),
    (900, "PUSH_NOT_SUPPORT", "USERINFO_USERCOUNT_EXCEED", &[900, 1500]),
    (901, "PUSH_BIND_FAILED", "USERINFO_DATALENGTH_EXCEED", &[901, 1501]),
];

/// An official page: its file, the space and language detected, the codes it
/// lacks (a Web page: besides [`MISSING_FROM_EVERY_WEB_PAGE`]) and its name
/// differences, every one a known misprint.
type KnownPage = (
    &'static str,
    &'static str,
    &'static str,
    &'static [i64],
    &'static [Misprint],
);

#[rustfmt::skip]
const KNOWN_PAGES: [KnownPage; 5] = [
    (PAGE_000, "web", "zh", &[205, 208, 509, 510, 511, 512, 609, 800, 1302, 1304], &[MISPRINT_607]),
    (PAGE_001, "web", "zh", &[], &[]),
    (PAGE_002, "web", "zh", &[208, 508, 512, 609, 800, 1302, 1304], &[MISPRINT_607]),
    (PAGE_003, "native", "zh", MISSING_FROM_PAGE_003, PAGE_003_MISPRINTS),
    (PAGE_004, "web", "en", &[205, 208, 219, 500, 501, 502, 509, 510, 511, 512, 609, 800, 1302, 1304], &[MISPRINT_607]),
];

#[test]
fn the_official_pages_show_their_known_differences() {
    let Some(folder) = seeds() else { return };
    let set = |codes: &[i64]| codes.iter().copied().collect::<BTreeSet<i64>>();
    let mut reports = BTreeMap::new();
    for (file, space, language, missing, misprints) in KNOWN_PAGES {
        let page = diff_json(&folder.join(file), &[]);
        assert_detected(&page, space, language);
        let mut missing = set(missing);
        if space == "web" {
            missing.extend(MISSING_FROM_EVERY_WEB_PAGE);
        }
        assert_eq!(codes(&page, "missing_codes"), missing, "{file}");
        assert_eq!(codes(&page, "extra_codes"), set(&[]), "{file}");
        let misprints: Vec<_> = misprints
            .iter()
            .map(|&(code, page, catalog, name_of)| {
                let kind = "known_misprint".to_owned();
                (code, page.to_owned(), catalog.to_owned(), kind, name_of.to_vec())
            })
            .collect();
        assert_eq!(name_differences(&page), misprints, "{file}");
        reports.insert(file, page);
    }
    let newest = &reports[PAGE_001];
    assert_eq!(codes(newest, "text_differences"), set(&[]), "{newest}");
    assert_eq!(newest["rows"], 70);
    assert_eq!(reports[PAGE_003]["rows"], 58);
}

/// The text cell of each row line `| code | NAME | text |` (leading pipe
/// optional, links reduced to their label), read without the page parser.
fn raw_rows(page: &str) -> BTreeMap<i64, String> {
    page.lines()
        .filter_map(|line| {
            let line = line.trim();
            let cells: Vec<&str> = line
                .strip_prefix('|')
                .unwrap_or(line)
                .split('|')
                .map(str::trim)
                .collect();
            let code = cells.first()?.trim_matches('`').parse().ok()?;
            Some((code, plain_text(cells.get(2)?)))
        })
        .collect()
}

/// Text with whitespace removed and the punctuation widths the diff ignores unified.
fn wording(text: &str) -> String {
    let text: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '：' => ':',
            '，' => ',',
            '（' => '(',
            '）' => ')',
            '；' => ';',
            '。' => '.',
            c => c,
        })
        .collect();
    text.trim_end_matches('.').to_owned()
}

/// The catalog's Chinese Web text is the newest revision's (001), so an older
/// revision's text differences are exactly the rows worded differently from 001.
#[test]
fn older_chinese_web_pages_differ_where_their_wording_differs_from_the_newest() {
    let Some(folder) = seeds() else { return };
    let read = |file: &str| std::fs::read_to_string(folder.join(file)).expect("a readable page");
    let newest = raw_rows(&read(PAGE_001));
    for file in [PAGE_000, PAGE_002] {
        let expected: BTreeSet<i64> = raw_rows(&read(file))
            .into_iter()
            .filter(|(code, text)| newest.get(code).is_some_and(|new| wording(new) != wording(text)))
            .map(|(code, _)| code)
            .collect();
        assert!(!expected.is_empty(), "{file}: the older revision has its own wording");
        let report = diff_json(&folder.join(file), &[]);
        assert_eq!(codes(&report, "text_differences"), expected, "{file}");
        for difference in report["text_differences"].as_array().unwrap() {
            assert_eq!(difference["field"], "detail", "{difference}");
        }
    }
}

#[test]
fn human_output_names_the_misprint_and_the_missing_codes() {
    let Some(folder) = seeds() else { return };
    let (text, _) = answers(&["diff", folder.join(PAGE_004).to_str().unwrap()], 0);
    assert!(
        text.contains(
            "607 GROUP_NOT_EXIST vs GROUP_MEMBERS_LIMIT: a known misprint of this page; it is the name of 605"
        ),
        "{text}"
    );
    assert!(text.contains("  1302 MODIFY_MESSAGE_NOT_EXIST\n"), "{text}");
    assert!(
        text.contains("compared with the web catalog (detected) in en (detected)"),
        "{text}"
    );
}

#[test]
fn the_native_page_compares_summary_and_detail_columns() {
    let Some(folder) = seeds() else { return };
    let report = diff_json(&folder.join(PAGE_003), &[]);
    let page = std::fs::read_to_string(folder.join(PAGE_003)).unwrap();
    for difference in report["text_differences"].as_array().unwrap() {
        let code = difference["code"].as_i64().unwrap();
        let entry = chat_errors::lookup(Space::Native, code as i32).unwrap();
        let (column, catalog) = match difference["field"].as_str().unwrap() {
            "summary" => (3, entry.summary().zh()),
            "detail" => (4, entry.detail().zh()),
            other => panic!("unexpected field {other}"),
        };
        assert_eq!(difference["catalog_text"], catalog);
        let row = page
            .lines()
            .find(|line| line.split('|').nth(1).map(|cell| cell.trim().trim_matches('`')) == Some(&code.to_string()))
            .unwrap();
        let cell = row.split('|').nth(column).unwrap().trim();
        assert_ne!(wording(cell), wording(catalog), "{code}: reported but equal");
    }
}

#[test]
fn a_given_space_overrides_detection() {
    let Some(folder) = seeds() else { return };
    let report = diff_json(&folder.join(PAGE_003), &["--space", "web", "--lang", "en"]);
    assert_eq!(report["space"], "web");
    assert_eq!(report["space_detected"], false);
    assert_eq!(report["language"], "en");
    assert_eq!(report["language_detected"], false);
    assert!(!codes(&report, "extra_codes").is_empty());
}

/// A scratch page under the system temporary folder.
fn scratch_page(name: &str, contents: &str) -> PathBuf {
    let path = std::env::temp_dir().join(format!("chat-errors-diff-{}-{name}.md", std::process::id()));
    std::fs::write(&path, contents).expect("a writable temporary folder");
    path
}

fn row(code: i32, name: &str, texts: &[&str]) -> String {
    format!("| {code} | {name} | {} |\n", texts.join(" | "))
}

/// Every entry's own text, with ASCII punctuation and extra spaces, is not a
/// difference; in the other language, every entry differs.
#[test]
fn generated_pages_match_the_catalog_in_every_entry() {
    for &space in Space::ALL {
        for language in [Language::Zh, Language::En] {
            let mut page = String::from("| code | name | text |\n| --- | --- | --- |\n");
            for entry in entries(space) {
                let text = entry
                    .detail()
                    .get(language)
                    .as_str()
                    .replace('：', ": ")
                    .replace('，', " , ");
                page.push_str(&row(entry.code(), entry.name(), &[&text]));
            }
            let path = scratch_page(&format!("{space}-{language}"), &page);
            let report = diff_json(&path, &[]);
            assert_detected(&report, space.as_str(), language.as_str());
            for key in ["missing_codes", "extra_codes", "name_differences", "text_differences"] {
                assert_eq!(report[key], Value::Array(vec![]), "{space} {language} {key}");
            }
            let other = match language {
                Language::Zh => "en",
                Language::En => "zh",
            };
            let crossed = diff_json(&path, &["--lang", other]);
            let differing: BTreeSet<i64> = entries(space)
                .iter()
                .filter(|entry| entry.detail().en() != entry.detail().zh())
                .map(|entry| i64::from(entry.code()))
                .collect();
            assert_eq!(codes(&crossed, "text_differences"), differing);
            std::fs::remove_file(path).unwrap();
        }
    }
}

#[test]
fn unknown_codes_and_names_are_reported() {
    let web = entries(Space::Web);
    let (first, second) = (&web[0], &web[1]);
    let mut page = String::new();
    page.push_str(&row(first.code(), second.name(), &[first.detail().en()]));
    page.push_str(&row(second.code(), "NOT_A_KNOWN_NAME", &[second.detail().en()]));
    page.push_str(&row(99_999, "WEBIM_SOMETHING_NEW", &["Something new."]));
    for entry in &web[2..] {
        page.push_str(&row(entry.code(), entry.name(), &[entry.detail().en()]));
    }
    let path = scratch_page("unknown", &page);
    let report = diff_json(&path, &["--space", "web"]);
    assert_eq!(codes(&report, "missing_codes"), BTreeSet::new());
    assert_eq!(codes(&report, "extra_codes"), BTreeSet::from([99_999]));
    assert_eq!(report["extra_codes"][0]["name"], "WEBIM_SOMETHING_NEW");
    assert_eq!(
        name_differences(&report),
        vec![
            (
                i64::from(first.code()),
                second.name().to_owned(),
                first.name().to_owned(),
                "unknown".to_owned(),
                vec![i64::from(second.code())]
            ),
            (
                i64::from(second.code()),
                "NOT_A_KNOWN_NAME".to_owned(),
                second.name().to_owned(),
                "unknown".to_owned(),
                vec![]
            ),
        ]
    );
    std::fs::remove_file(path).unwrap();
}

/// Every alias and every recorded page name of every entry is classified.
#[test]
fn aliases_and_recorded_names_are_classified() {
    for &space in Space::ALL {
        for entry in entries(space) {
            let mut names: Vec<(String, &str, String)> = entry
                .aliases()
                .iter()
                .map(|alias| (alias.as_str().to_owned(), "alias", "any-page.md".to_owned()))
                .collect();
            for seed in entry.seeds().iter().filter(|seed| seed.name().as_str() != entry.name()) {
                names.push((
                    seed.name().as_str().to_owned(),
                    "known_misprint",
                    seed.source().as_str().to_owned(),
                ));
                names.push((
                    seed.name().as_str().to_owned(),
                    "misprint_of_other_page",
                    "other.md".to_owned(),
                ));
            }
            for (name, kind, file) in names {
                let folder = std::env::temp_dir().join(format!("chat-errors-diff-{}-{kind}", std::process::id()));
                std::fs::create_dir_all(&folder).unwrap();
                let path = folder.join(&file);
                std::fs::write(&path, row(entry.code(), &name, &[entry.detail().en()])).unwrap();
                let report = diff_json(&path, &["--space", space.as_str()]);
                let found = name_differences(&report);
                assert_eq!(found.len(), 1, "{space} {} {name}", entry.code());
                assert_eq!(found[0].3, kind, "{space} {} {name} on {file}", entry.code());
                std::fs::remove_dir_all(folder).unwrap();
            }
        }
    }
}

#[test]
fn unreadable_or_tableless_pages_exit_1_and_usage_errors_exit_2() {
    let missing = std::env::temp_dir().join("chat-errors-diff-no-such-page.md");
    let (_, message) = answers(&["diff", missing.to_str().unwrap()], 1);
    assert!(message.contains("cannot read"), "{message}");

    let path = scratch_page("no-table", "# Error codes\n\nNo table here.\n| a | b |\n");
    let (report, message) = answers(&["diff", path.to_str().unwrap(), "--json"], 1);
    assert!(report.is_empty());
    assert!(message.contains("no error-table rows"), "{message}");

    let page = path.to_str().unwrap();
    for args in [
        vec!["diff"],
        vec!["diff", page, "--space", "mobile"],
        vec!["diff", page, "--lang", "fr"],
        vec!["diff", page, "--bogus"],
    ] {
        assert_eq!(run(&args).status.code(), Some(2), "{args:?}");
    }
    std::fs::remove_file(path).unwrap();
}

/// The newest revision of each official page (`tests/fixtures/pages/`, byte
/// for byte) reads as exactly the (code, name) rows of its committed extract
/// (`sources/extracts/`, made by `sources/extract.py`, not by this program).
#[test]
fn the_current_official_pages_read_as_their_extracts() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let fixtures = root.join("tests/fixtures/pages");
    let mut pages = 0;
    for file in std::fs::read_dir(&fixtures).expect("tests/fixtures/pages") {
        let path = file.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let page = name.strip_suffix(".mdx").or_else(|| name.strip_suffix(".md"));
        let Some(stem) = page.filter(|_| name != "README.md") else {
            continue;
        };
        let extract = std::fs::read_to_string(root.join("sources/extracts").join(format!("{stem}.tsv")))
            .unwrap_or_else(|error| panic!("{name}: its extract: {error}"));
        let expected: Vec<(i32, String)> = extract
            .lines()
            .filter(|line| !line.starts_with('#'))
            .map(|line| {
                let (code, name) = line.split_once('\t').expect("code<TAB>name");
                (code.parse().expect("a code"), name.to_owned())
            })
            .collect();
        let text = chat_errors_cli::input::Input::default()
            .text(&chat_errors_cli::input::Source::Path(path.clone()))
            .unwrap();
        let read: Vec<(i32, String)> = chat_errors_cli::page::parse_page(&text)
            .unwrap()
            .into_iter()
            .map(|row| (row.code, row.name))
            .collect();
        let missing: Vec<_> = expected.iter().filter(|row| !read.contains(row)).collect();
        let extra: Vec<_> = read.iter().filter(|row| !expected.contains(row)).collect();
        assert!(
            missing.is_empty() && extra.is_empty() && read.len() == expected.len(),
            "{name}: not read {missing:?}; read but not in the extract {extra:?}"
        );
        pages += 1;
    }
    assert_eq!(pages, 11, "one fixture per official page");
}
