//! A committed source extract (`sources/extracts/*.tsv`): the (code, name)
//! list `sources/extract.py` took from an official page or an SDK header, as
//! plain text. Its `# key: value` header lines (`repo`, `path`, `revision`,
//! `kind`, `family`, `sdk-version`, ...) come first and become
//! [`Extract::about`](super::Extract::about); every other line is
//! `code<TAB>name` (the name may be empty: a page that prints none).

use super::{ArtifactError, CodeName, Extract, Group, Kind, Role};

/// The first header line of every extract.
const FIRST_LINE: &str = "# repo: ";

/// Whether `text` is a source extract (it starts with `# repo: `).
pub fn is_listing(text: &str) -> bool {
    text.starts_with(FIRST_LINE)
}

/// The extract in `text` (see the module documentation); `file` names it in
/// errors and as its group's file.
pub fn read(file: &str, text: &str) -> Result<Extract, ArtifactError> {
    let mut about = Vec::new();
    let mut entries = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let syntax = |reason: &str| ArtifactError::Syntax {
            file: file.to_owned(),
            line: index + 1,
            reason: reason.to_owned(),
        };
        if let Some(header) = line.strip_prefix("# ") {
            if !entries.is_empty() {
                return Err(syntax("a header line after the rows"));
            }
            let (key, value) = header
                .split_once(": ")
                .ok_or_else(|| syntax("a header line that is not `# key: value`"))?;
            about.push((key.to_owned(), value.to_owned()));
            continue;
        }
        if line.is_empty() {
            continue;
        }
        let (code, name) = line
            .split_once('\t')
            .ok_or_else(|| syntax("a row that is not `code<TAB>name`"))?;
        let code = code.parse().map_err(|_| syntax("a code that is not an integer"))?;
        if name.contains('\t') {
            return Err(syntax("a row with more than two cells"));
        }
        entries.push(CodeName {
            code,
            name: name.to_owned(),
        });
    }
    if entries.is_empty() {
        return Err(ArtifactError::NoErrorCodes {
            reason: "the source extract has no rows".to_owned(),
        });
    }
    let role = if about.iter().any(|(key, value)| key == "kind" && value == "page") {
        Role::Documented
    } else {
        Role::Declared
    };
    Ok(Extract {
        kind: Kind::SourceExtract,
        about,
        groups: vec![Group {
            role,
            file: file.to_owned(),
            container: String::new(),
            entries,
        }],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_and_rows_are_read_and_bad_rows_named_by_line() {
        let text = "# repo: a/b\n# kind: page\n# family: agora-ios\n0\tAgoraChatErrorNoError\n7\t\n";
        let listing = read("x.tsv", text).unwrap();
        assert_eq!(listing.kind, Kind::SourceExtract);
        assert_eq!(listing.about[2], ("family".to_owned(), "agora-ios".to_owned()));
        assert_eq!(listing.groups[0].role, Role::Documented);
        assert_eq!(
            listing.groups[0].entries[1],
            CodeName {
                code: 7,
                name: String::new()
            }
        );
        for (bad, message) in [
            ("# repo: a\nx\ty\n", "x.tsv: line 2: a code that is not an integer"),
            ("# repo: a\n1 A\n", "x.tsv: line 2: a row that is not `code<TAB>name`"),
            (
                "# repo: a\n1\tA\n# kind: page\n",
                "x.tsv: line 3: a header line after the rows",
            ),
            ("# repo: a\n1\tA\tB\n", "x.tsv: line 2: a row with more than two cells"),
            ("# repo: a\n", "no error codes found: the source extract has no rows"),
        ] {
            assert_eq!(read("x.tsv", bad).unwrap_err().to_string(), message, "{bad:?}");
        }
    }
}
