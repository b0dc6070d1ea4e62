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

/// Every error-table row of a page, in page order.
pub fn parse_page(page: &str) -> Vec<PageRow> {
    let mut rows = Vec::new();
    let mut lines = page.lines();
    while let Some(line) = lines.next() {
        let Some((code, name, rest)) = row_start(line) else {
            continue;
        };
        let mut texts = cells(rest);
        if texts.is_empty() {
            texts = lines.next().map(cells).unwrap_or_default();
        }
        rows.push(PageRow { code, name, texts });
    }
    rows
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

/// The non-empty cells of the rest of a row, as plain text.
fn cells(rest: &str) -> Vec<String> {
    let mut cells: Vec<String> = rest.split('|').map(|cell| plain_text(cell.trim())).collect();
    while cells.last().is_some_and(String::is_empty) {
        cells.pop();
    }
    cells
}

/// `text` with Markdown links reduced to their label and backticks removed.
pub fn plain_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        let link = after.find("](").and_then(|close| {
            let target = &after[close + 2..];
            target.find(')').map(|end| (&after[..close], &target[end + 1..]))
        });
        match link {
            Some((label, tail)) => {
                out.push_str(&rest[..open]);
                out.push_str(label);
                rest = tail;
            }
            None => {
                out.push_str(&rest[..=open]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out.replace('`', "")
}
