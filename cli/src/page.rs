//! Reads official-style Markdown error tables (the shape of the SDK's error
//! code pages) into rows.
//!
//! A row is `| code | NAME | text | ... |`; the leading pipe is optional, code
//! and name may be in backticks or `<code>`, split by `<wbr/>` and spelled
//! with HTML entities (the MDX pages), the name is an identifier
//! (`GROUP_NOT_EXIST`, `AgoraChatErrorGroupNotExist`), extra text columns
//! (Fix, 解决方法, 可能原因) are kept in order, and a row whose text cells are
//! empty continues on the next line (rows split over two lines, as in some
//! pages). Markdown link syntax in text becomes plain text.

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
    let code = plain_text(code.trim()).trim().parse().ok()?;
    let name = plain_text(name.trim());
    let name = name.trim();
    let is_identifier = name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
    is_identifier.then(|| (code, name.to_owned(), rest))
}

/// The longest tag or entity looked at past its `<` or `&`: a bound on the
/// lookahead, so a cell is read in one pass.
const MARKUP_LOOKAHEAD: usize = 12;

/// The text of a tag the pages put in cells (`<code>`, `</code>`, `<wbr/>`,
/// `<br/>`), or of an HTML entity (`&lt;`, `&#95;`, `&#x5F;`), at the start
/// of `rest`: what it reads as and its length in bytes.
fn markup(rest: &str) -> Option<(Option<char>, usize)> {
    let window = rest.get(..rest.len().min(MARKUP_LOOKAHEAD + 1)).unwrap_or(rest);
    let (close, end) = match rest.as_bytes().first()? {
        b'<' => ('>', window.find('>')?),
        b'&' => (';', window.find(';')?),
        _ => return None,
    };
    let inner = &rest[1..end];
    let read = if close == '>' {
        match inner.trim_end_matches('/').trim() {
            "code" | "/code" | "wbr" | "br" => None,
            _ => return None,
        }
    } else {
        Some(match inner {
            "lt" => '<',
            "gt" => '>',
            "amp" => '&',
            "quot" => '"',
            "apos" => '\'',
            "nbsp" => ' ',
            _ => {
                let number = inner.strip_prefix('#')?;
                let value = match number.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                    None => number.parse().ok()?,
                };
                char::from_u32(value)?
            }
        })
    };
    Some((read, end + 1))
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

/// `text` with Markdown links (`[label](target)`) reduced to their label,
/// backticks and the cell tags of [`markup`] removed and HTML entities
/// decoded, in one pass.
pub fn plain_text(text: &str) -> String {
    let linked = without_links(text);
    let mut out = String::with_capacity(linked.len());
    let mut rest = linked.as_str();
    while let Some(at) = rest.find(['<', '&', '`']) {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        if let Some((read, len)) = markup(rest) {
            out.extend(read);
            rest = &rest[len..];
        } else {
            if !rest.starts_with('`') {
                out.push_str(&rest[..1]);
            }
            rest = &rest[1..];
        }
    }
    out.push_str(rest);
    out
}

/// `text` with Markdown links reduced to their label, in one pass.
fn without_links(text: &str) -> String {
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
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_of_the_mdx_pages_read_as_plain_text() {
        let page =
            "| `605` | <code>AgoraChat<wbr/>Error<wbr/>Group</code> | A &lt;b&gt; &#95; &#x5F; &amp; `x` | Fix it. |\n\
                    | 7 | &bogus; | no |\n| 8 | <b>X</b> | no |\n";
        let rows = parse_page(page).unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!((rows[0].code, rows[0].name.as_str()), (605, "AgoraChatErrorGroup"));
        assert_eq!(rows[0].texts, ["A <b> _ _ & x", "Fix it."]);
        assert_eq!(plain_text("a & b <c"), "a & b <c");
    }
}
