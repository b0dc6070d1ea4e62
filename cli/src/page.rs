//! Reads official-style Markdown error tables (the shape of the SDK's error
//! code pages) into rows.
//!
//! A row is `| code | NAME | text | ... |`; the leading pipe is optional, code
//! and name may be in backticks, and a row whose text cells are empty
//! continues on the next line (rows split over two lines, as in some pages).
//! Markdown link syntax in text becomes plain text.

/// One table row of a page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageRow {
    /// The numeric code.
    pub code: i32,
    /// The constant name the page prints.
    pub name: String,
    /// The text cells after the name, in page order, as plain text.
    pub texts: Vec<String>,
}

/// The most text cells a row may have; a row with more is refused (the
/// official pages have at most four), which bounds the memory a page takes.
pub const MAX_TEXT_CELLS: usize = 16;

/// Why a page was not read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageError {
    /// The line (from 1) of the row.
    pub line: usize,
}

impl std::fmt::Display for PageError {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            formatter,
            "line {}: a table row with more than {MAX_TEXT_CELLS} text cells",
            self.line
        )
    }
}

impl std::error::Error for PageError {}

/// Every error-table row of a page, in page order. The page is text as the
/// input layer gives it (`crate::input`): a leading byte-order mark is
/// ignored here too, and lines end at `\n` or `\r\n`. Time and memory are
/// linear in the page.
pub fn parse_page(page: &str) -> Result<Vec<PageRow>, PageError> {
    let page = page.strip_prefix('\u{feff}').unwrap_or(page);
    let mut rows = Vec::new();
    let mut lines = page.lines().enumerate();
    while let Some((index, line)) = lines.next() {
        let Some((code, name, rest)) = row_start(line) else {
            continue;
        };
        let mut texts = cells(rest).ok_or(PageError { line: index + 1 })?;
        if texts.is_empty() {
            if let Some((index, line)) = lines.next() {
                texts = cells(line).ok_or(PageError { line: index + 1 })?;
            }
        }
        rows.push(PageRow { code, name, texts });
    }
    Ok(rows)
}

/// The code, name and the rest of the line, when `line` starts a table row.
fn row_start(line: &str) -> Option<(i32, String, &str)> {
    let line = line.trim();
    let line = line.strip_prefix('|').unwrap_or(line);
    let (code, rest) = line.split_once('|')?;
    let (name, rest) = rest.split_once('|')?;
    let code = code.trim().trim_matches('`').parse().ok()?;
    let name = name.trim().trim_matches('`');
    let is_constant = !name.is_empty()
        && name.starts_with(|c: char| c.is_ascii_uppercase())
        && name
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_');
    is_constant.then(|| (code, name.to_owned(), rest))
}

/// The cells of the rest of a row, as plain text, without the empty cells
/// at its end; `None` when it has more than [`MAX_TEXT_CELLS`]. Empty cells
/// are only stored once a later cell has text.
fn cells(rest: &str) -> Option<Vec<String>> {
    let mut cells = Vec::new();
    let mut empty = 0;
    for cell in rest.split('|') {
        let text = plain_text(cell.trim());
        if text.is_empty() {
            empty += 1;
            continue;
        }
        if cells.len() + empty >= MAX_TEXT_CELLS {
            return None;
        }
        cells.extend(std::iter::repeat_n(String::new(), empty));
        empty = 0;
        cells.push(text);
    }
    Some(cells)
}

/// `text` with Markdown links (`[label](target)`) reduced to their label and
/// backticks removed, in one pass.
pub fn plain_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        let link = after.find("](").and_then(|close| {
            let target = &after[close + 2..];
            target.find(')').map(|end| (&after[..close], &target[end + 1..]))
        });
        let Some((label, tail)) = link else {
            // No `](` followed by `)` after this `[`: none after any later
            // `[` either, so the rest has no link.
            break;
        };
        out.push_str(&rest[..open]);
        out.push_str(label);
        rest = tail;
    }
    out.push_str(rest);
    out.retain(|c| c != '`');
    out
}
