//! Invariants of the page reader (`chat_errors_cli::input` text level, then
//! `chat_errors_cli::page::parse_page`), the way `chat-errors diff` reads a
//! page: whatever the bytes, reading returns (never panics); the rows it
//! gives are no larger than the page; and a byte-order mark, CRLF or lone CR
//! line ends change nothing. Time is bounded by libFuzzer's `-timeout`
//! (`scripts/fuzz.sh`), which a scan restarting at every `[` would exceed on
//! the bracket seed.

use chat_errors::{entries, Language, Space};
use chat_errors_cli::input::text_from_bytes;
use chat_errors_cli::page::{parse_page, PageRow, MAX_TEXT_CELLS};

const BOM: &str = "\u{feff}";

/// The page the input layer makes of `bytes`, or `None` when it is not UTF-8.
fn text(bytes: &[u8]) -> Option<String> {
    text_from_bytes(bytes.to_vec()).ok()
}

/// Reads `data` as a page; checks the rows' bounds and that the same page
/// with a byte-order mark, CRLF or CR line ends reads to the same rows.
pub fn check_page(data: &[u8]) {
    let Some(page) = text(data) else {
        return;
    };
    let rows = parse_page(&page);
    if let Ok(rows) = &rows {
        assert!(rows.len() <= page.lines().count(), "more rows than lines");
        let row_bytes: usize = rows.iter().map(size_of_row).sum();
        assert!(
            row_bytes <= page.len(),
            "rows hold {row_bytes} bytes of a {}-byte page",
            page.len()
        );
        assert!(rows.iter().all(|row| row.texts.len() <= MAX_TEXT_CELLS));
    }
    // A page that still starts with a BOM (the input had two) is read as it is;
    // the variants below would lose that second BOM.
    if page.starts_with(BOM) {
        return;
    }
    let variants = [
        format!("{BOM}{page}"),
        page.replace('\n', "\r\n"),
        page.replace('\n', "\r"),
        format!("{BOM}{}", page.replace('\n', "\r\n")),
    ];
    for variant in variants {
        let read = text(variant.as_bytes()).expect("still UTF-8");
        assert_eq!(read, page, "the input layer reads {variant:?} differently");
    }
    assert_eq!(parse_page(&format!("{BOM}{page}")), rows, "a BOM changes the rows");
}

/// The text bytes a row holds.
fn size_of_row(row: &PageRow) -> usize {
    row.name.len() + row.texts.iter().map(String::len).sum::<usize>()
}

/// Starting pages: each space's entries as an official-style table in each
/// language (one with a summary column), with CRLF and a BOM, rows split over
/// two lines, links, and a cell of brackets.
pub fn seeds() -> Vec<Vec<u8>> {
    let mut seeds = Vec::new();
    for &space in Space::ALL {
        for &language in Language::ALL {
            let mut page = String::from("| Code | Name | Summary | Description |\n| --- | --- | --- | --- |\n");
            for entry in entries(space) {
                page.push_str(&format!(
                    "| `{}` | `{}` | {} | {} |\n",
                    entry.code(),
                    entry.name(),
                    entry.summary().get(language),
                    entry.detail().get(language)
                ));
            }
            seeds.push(format!("{BOM}{}", page.replace('\n', "\r\n")).into_bytes());
            seeds.push(page.into_bytes());
        }
    }
    seeds.push(b"1 | A |\n| see [the guide](https://example.invalid/a) and `code` |\n".to_vec());
    seeds.push(format!("| 2 | B | {}](x |\n", "[".repeat(4096)).into_bytes());
    seeds
}
