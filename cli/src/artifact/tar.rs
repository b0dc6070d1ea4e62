//! Tar archives (ustar, with pax `path` records and GNU long names), as npm
//! packs them: the regular files and their contents. Every header's
//! checksum is checked; an archive must end with a zero block, so a tar cut
//! at any point is an error. Pax records and long names over
//! [`MAX_LONG_NAME`] bytes are refused, and so are archives with more than
//! [`Limits::max_entries`](super::Limits::max_entries) headers.

use super::{ArtifactError, Limits};

pub(super) const BLOCK: usize = 512;

/// The longest pax record block or GNU long name read.
pub const MAX_LONG_NAME: usize = 64 * 1024;

/// Whether `bytes` start with a ustar (or GNU tar) header.
pub fn looks_like_tar(bytes: &[u8]) -> bool {
    bytes.get(257..262) == Some(b"ustar")
}

/// One regular file of an archive.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct File<'a> {
    /// The file's path in the archive.
    pub name: String,
    /// Its content.
    pub content: &'a [u8],
}

/// A numeric header field: octal digits, optionally padded by spaces and NULs.
fn octal(field: &[u8]) -> Option<u64> {
    let digits = field.iter().copied().skip_while(|&byte| byte == b' ');
    let mut value: u64 = 0;
    let mut seen = false;
    for byte in digits.take_while(|&byte| byte != 0 && byte != b' ') {
        if !(b'0'..=b'7').contains(&byte) {
            return None;
        }
        value = value.checked_mul(8)?.checked_add(u64::from(byte - b'0'))?;
        seen = true;
    }
    seen.then_some(value)
}

/// A NUL-terminated header string, lossily UTF-8.
fn text(field: &[u8]) -> String {
    let end = field.iter().position(|&byte| byte == 0).unwrap_or(field.len());
    String::from_utf8_lossy(&field[..end]).into_owned()
}

/// The `path` of a pax extended header's records, if it has one.
fn pax_path(file: &str, records: &[u8]) -> Result<Option<String>, ArtifactError> {
    let mut rest = records;
    let mut path = None;
    while !rest.is_empty() && rest[0] != 0 {
        let bad = || ArtifactError::corrupt(file, "a pax record is malformed");
        let space = rest.iter().position(|&byte| byte == b' ').ok_or_else(bad)?;
        let length: usize = std::str::from_utf8(&rest[..space])
            .ok()
            .and_then(|digits| digits.parse().ok())
            .filter(|&length| length > space + 1 && length <= rest.len())
            .ok_or_else(bad)?;
        let record = &rest[space + 1..length];
        let record = record.strip_suffix(b"\n").ok_or_else(bad)?;
        if let Some(value) = record.strip_prefix(b"path=") {
            path = Some(String::from_utf8_lossy(value).into_owned());
        }
        rest = &rest[length..];
    }
    Ok(path)
}

/// The regular files of the tar `bytes`, in archive order.
pub fn files<'a>(file: &str, bytes: &'a [u8], limits: Limits) -> Result<Vec<File<'a>>, ArtifactError> {
    let corrupt = |reason: &str| ArtifactError::corrupt(file, reason);
    let mut files = Vec::new();
    let mut at = 0;
    let mut headers = 0usize;
    let mut long_name: Option<String> = None;
    loop {
        let header = bytes
            .get(at..at + BLOCK)
            .ok_or_else(|| corrupt("the tar archive is truncated (no end-of-archive block)"))?;
        if header.iter().all(|&byte| byte == 0) {
            return Ok(files);
        }
        headers += 1;
        if headers > limits.max_entries {
            return Err(ArtifactError::limit(
                file,
                format!("more than {} entries", limits.max_entries),
            ));
        }
        let stored = octal(&header[148..156]).ok_or_else(|| corrupt("a tar header has no checksum"))?;
        let sum: u64 = header
            .iter()
            .enumerate()
            .map(|(index, &byte)| {
                if (148..156).contains(&index) {
                    32
                } else {
                    u64::from(byte)
                }
            })
            .sum();
        if sum != stored {
            return Err(corrupt("a tar header's checksum does not match"));
        }
        let size = octal(&header[124..136]).ok_or_else(|| corrupt("a tar header has no valid size"))?;
        let start = at + BLOCK;
        let content = usize::try_from(size)
            .ok()
            .and_then(|size| bytes.get(start..start.checked_add(size)?))
            .ok_or_else(|| corrupt("a tar entry's content is truncated"))?;
        at = start + content.len().div_ceil(BLOCK) * BLOCK;
        match header[156] {
            b'x' | b'L' if content.len() > MAX_LONG_NAME => {
                return Err(ArtifactError::limit(
                    file,
                    format!("a pax header or long name over {MAX_LONG_NAME} bytes"),
                ));
            }
            b'x' => long_name = pax_path(file, content)?.or(long_name),
            b'L' => long_name = Some(text(content)),
            b'0' | 0 => {
                let name = long_name.take().unwrap_or_else(|| {
                    let prefix = text(&header[345..500]);
                    let name = text(&header[..100]);
                    if prefix.is_empty() {
                        name
                    } else {
                        format!("{prefix}/{name}")
                    }
                });
                files.push(File { name, content });
            }
            _ => long_name = None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::artifact::build::tar;
    use crate::artifact::DEFAULT_LIMITS;

    #[test]
    fn files_are_read_with_long_names() {
        let long = format!("package/{}.d.ts", "x".repeat(120));
        let bytes = tar(&[("package/package.json", b"{}"), (&long, b"enum A { B = 1 }")]);
        assert!(looks_like_tar(&bytes));
        let read = files("p.tar", &bytes, DEFAULT_LIMITS).unwrap();
        assert_eq!(read.len(), 2);
        assert_eq!(
            read[0],
            File {
                name: "package/package.json".into(),
                content: b"{}"
            }
        );
        assert_eq!(read[1].name, long);
        assert_eq!(read[1].content, b"enum A { B = 1 }");
    }

    #[test]
    fn every_truncation_and_a_bad_checksum_are_errors() {
        let bytes = tar(&[("package/a.js", b"var a = 1;"), ("package/b.js", b"var b;")]);
        for cut in (0..bytes.len() - BLOCK).step_by(7) {
            assert!(files("p.tar", &bytes[..cut], DEFAULT_LIMITS).is_err(), "cut at {cut}");
        }
        let mut bad = bytes.clone();
        bad[5] ^= 1;
        let error = files("p.tar", &bad, DEFAULT_LIMITS).unwrap_err();
        assert_eq!(
            error.to_string(),
            "p.tar: corrupt: a tar header's checksum does not match"
        );
    }

    #[test]
    fn too_many_entries_are_refused() {
        let bytes = tar(&[("a", b""), ("b", b""), ("c", b"")]);
        let few = Limits {
            max_entries: 2,
            ..DEFAULT_LIMITS
        };
        let error = files("p.tar", &bytes, few).unwrap_err();
        assert_eq!(error.to_string(), "p.tar: refused: more than 2 entries");
    }
}
