//! Zip archives (AAR, JAR) read from their central directory: entries
//! stored or deflated, sizes and CRC-32 checked. ZIP64, encrypted entries,
//! other compression methods and archives spanning disks are refused; a
//! central directory listing more than [`Limits::max_entries`] entries is
//! refused before it is read. Only the entries asked for are inflated.

use super::deflate::{crc32, inflate};
use super::{class_file, ArtifactError, Budget, Extract, Group, Kind, Limits};
use std::borrow::Cow;

pub(super) const END_SIGNATURE: u32 = 0x0605_4b50;
pub(super) const CENTRAL_SIGNATURE: u32 = 0x0201_4b50;
pub(super) const LOCAL_SIGNATURE: u32 = 0x0403_4b50;
const END_SIZE: usize = 22;
const CENTRAL_SIZE: usize = 46;
const LOCAL_SIZE: usize = 30;

/// One entry of the central directory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The entry's path (lossily UTF-8).
    pub name: String,
    /// Compression method: 0 stored, 8 deflate.
    method: u16,
    flags: u16,
    crc: u32,
    compressed_size: u32,
    /// The size the entry declares once inflated.
    pub size: u32,
    local_offset: u32,
}

/// A zip archive whose central directory has been read.
#[derive(Debug)]
pub struct Archive<'a> {
    file: String,
    bytes: &'a [u8],
    entries: Vec<Entry>,
}

fn u16_at(bytes: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(bytes.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
}

impl<'a> Archive<'a> {
    /// Reads the central directory of the zip `bytes`; `file` is the
    /// archive's path inside the artifact (empty for the artifact itself).
    pub fn open(file: &str, bytes: &'a [u8], limits: Limits) -> Result<Self, ArtifactError> {
        let corrupt = |reason: &str| ArtifactError::corrupt(file, reason);
        let search_from = bytes.len().saturating_sub(END_SIZE + usize::from(u16::MAX));
        let end = (search_from..=bytes.len().saturating_sub(END_SIZE))
            .rev()
            .find(|&at| u32_at(bytes, at) == Some(END_SIGNATURE))
            .ok_or_else(|| corrupt("no zip end of central directory (truncated?)"))?;
        let field16 = |offset| u16_at(bytes, end + offset).unwrap_or(0);
        let field32 = |offset| u32_at(bytes, end + offset).unwrap_or(0);
        let (disk, start_disk, on_disk, total) = (field16(4), field16(6), field16(8), field16(10));
        let (directory_size, directory_offset) = (field32(12), field32(16));
        if total == u16::MAX || directory_size == u32::MAX || directory_offset == u32::MAX {
            return Err(ArtifactError::unsupported(file, "ZIP64 archives"));
        }
        if disk != 0 || start_disk != 0 || on_disk != total {
            return Err(ArtifactError::unsupported(file, "zip archives spanning several disks"));
        }
        let total = usize::from(total);
        if total > limits.max_entries {
            return Err(ArtifactError::limit(
                file,
                format!("more than {} entries", limits.max_entries),
            ));
        }
        let start = directory_offset as usize;
        let directory = bytes
            .get(start..start.saturating_add(directory_size as usize))
            .filter(|_| start.saturating_add(directory_size as usize) <= end)
            .ok_or_else(|| corrupt("the central directory lies outside the archive (truncated?)"))?;
        let mut entries = Vec::with_capacity(total);
        let mut at = 0;
        for _ in 0..total {
            let truncated = || corrupt("a central directory entry is truncated");
            if u32_at(directory, at) != Some(CENTRAL_SIGNATURE) {
                return Err(corrupt("a central directory entry has a bad signature"));
            }
            let header = directory.get(at..at + CENTRAL_SIZE).ok_or_else(truncated)?;
            let h16 = |offset| u16_at(header, offset).unwrap_or(0);
            let h32 = |offset| u32_at(header, offset).unwrap_or(0);
            let (name_length, extra_length, comment_length) =
                (usize::from(h16(28)), usize::from(h16(30)), usize::from(h16(32)));
            let name_start = at + CENTRAL_SIZE;
            let name = directory
                .get(name_start..name_start + name_length)
                .ok_or_else(truncated)?;
            let entry = Entry {
                name: String::from_utf8_lossy(name).into_owned(),
                method: h16(10),
                flags: h16(8),
                crc: h32(16),
                compressed_size: h32(20),
                size: h32(24),
                local_offset: h32(42),
            };
            if entry.compressed_size == u32::MAX || entry.size == u32::MAX || entry.local_offset == u32::MAX {
                return Err(ArtifactError::unsupported(file, "ZIP64 entries"));
            }
            entries.push(entry);
            at = name_start + name_length + extra_length + comment_length;
            if at > directory.len() {
                return Err(truncated());
            }
        }
        Ok(Archive {
            file: file.to_owned(),
            bytes,
            entries,
        })
    }

    /// The entries, in central-directory order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The first entry called `name`.
    pub fn find(&self, name: &str) -> Option<&Entry> {
        self.entries.iter().find(|entry| entry.name == name)
    }

    /// The path of `entry` inside the artifact: `classes.jar!/a/B.class`.
    pub fn path(&self, entry: &Entry) -> String {
        if self.file.is_empty() {
            entry.name.clone()
        } else {
            format!("{}!/{}", self.file, entry.name)
        }
    }

    /// The content of `entry`, inflated under `budget`, its size and CRC-32 checked.
    pub(crate) fn read(&self, entry: &Entry, budget: &mut Budget) -> Result<Cow<'a, [u8]>, ArtifactError> {
        let file = self.path(entry);
        let corrupt = |reason: &str| ArtifactError::corrupt(&file, reason);
        if entry.flags & 1 != 0 {
            return Err(ArtifactError::unsupported(&file, "encrypted entries"));
        }
        let local = entry.local_offset as usize;
        if u32_at(self.bytes, local) != Some(LOCAL_SIGNATURE) {
            return Err(corrupt("the local header is missing (truncated?)"));
        }
        let name_length = usize::from(u16_at(self.bytes, local + 26).unwrap_or(0));
        let extra_length = usize::from(u16_at(self.bytes, local + 28).unwrap_or(0));
        let data_start = local + LOCAL_SIZE + name_length + extra_length;
        let data = self
            .bytes
            .get(data_start..data_start.saturating_add(entry.compressed_size as usize))
            .ok_or_else(|| corrupt("the entry's data is truncated"))?;
        let content = match entry.method {
            0 => Cow::Borrowed(data),
            8 => {
                let (inflated, _) = inflate(&file, data, budget)?;
                Cow::Owned(inflated)
            }
            method => {
                return Err(ArtifactError::unsupported(
                    &file,
                    format!("compression method {method}"),
                ))
            }
        };
        if content.len() != entry.size as usize || crc32(&content) != entry.crc {
            return Err(corrupt("the entry's size or CRC-32 does not match its data"));
        }
        Ok(content)
    }
}

/// An AAR (a zip holding `classes.jar`) or a JAR: every class whose
/// constants look like error codes ([`class_file::error_group`]), in entry order.
pub(crate) fn extract_android(bytes: &[u8], budget: &mut Budget) -> Result<Extract, ArtifactError> {
    let archive = Archive::open("", bytes, budget.limits())?;
    if let Some(jar) = archive.find("classes.jar") {
        let jar_name = archive.path(jar);
        let jar_bytes = archive.read(jar, budget)?;
        if !jar_bytes.starts_with(b"PK") {
            return Err(ArtifactError::corrupt(&jar_name, "not a zip archive"));
        }
        let jar = Archive::open(&jar_name, &jar_bytes, budget.limits())?;
        let groups = error_classes(&jar, budget)?;
        return found(Kind::Aar, groups);
    }
    if archive.entries().iter().any(|entry| entry.name.ends_with(".class")) {
        let groups = error_classes(&archive, budget)?;
        return found(Kind::Jar, groups);
    }
    Err(ArtifactError::NoErrorCodes {
        reason: "the zip archive holds neither classes.jar nor class files".to_owned(),
    })
}

fn found(kind: Kind, groups: Vec<Group>) -> Result<Extract, ArtifactError> {
    if groups.is_empty() {
        return Err(ArtifactError::NoErrorCodes {
            reason: format!(
                "no class of the {} has constants that look like error codes",
                kind.name()
            ),
        });
    }
    Ok(Extract {
        kind,
        about: Vec::new(),
        groups,
    })
}

/// Every class file of `jar` read, and the error groups among them.
fn error_classes(jar: &Archive<'_>, budget: &mut Budget) -> Result<Vec<Group>, ArtifactError> {
    let mut groups = Vec::new();
    for entry in jar.entries().iter().filter(|entry| entry.name.ends_with(".class")) {
        let file = jar.path(entry);
        let bytes = jar.read(entry, budget)?;
        let class = class_file::parse(&file, &bytes)?;
        groups.extend(class_file::error_group(&file, &class));
    }
    Ok(groups)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::artifact::build::zip;
    use crate::artifact::DEFAULT_LIMITS;

    #[test]
    fn entries_are_listed_and_read_stored_or_deflated() {
        let bytes = zip(&[("a.txt", b"alpha alpha alpha", true), ("b/c.bin", b"\x00\x01", false)]);
        let archive = Archive::open("x.zip", &bytes, DEFAULT_LIMITS).unwrap();
        let names: Vec<_> = archive.entries().iter().map(|entry| entry.name.as_str()).collect();
        assert_eq!(names, ["a.txt", "b/c.bin"]);
        let mut budget = Budget::new(DEFAULT_LIMITS);
        let a = archive.find("a.txt").unwrap();
        assert_eq!(&*archive.read(a, &mut budget).unwrap(), b"alpha alpha alpha");
        let c = archive.find("b/c.bin").unwrap();
        assert_eq!(&*archive.read(c, &mut budget).unwrap(), b"\x00\x01");
    }

    #[test]
    fn every_truncation_is_an_error() {
        let bytes = zip(&[("a.txt", b"alpha alpha alpha", true), ("b.txt", b"beta", false)]);
        for cut in 0..bytes.len() {
            let Ok(archive) = Archive::open("x.zip", &bytes[..cut], DEFAULT_LIMITS) else {
                continue;
            };
            let mut budget = Budget::new(DEFAULT_LIMITS);
            let all_read = archive
                .entries()
                .iter()
                .all(|entry| archive.read(entry, &mut budget).is_ok());
            assert!(!all_read, "cut at {cut} still reads");
        }
    }

    #[test]
    fn a_flipped_byte_fails_the_crc() {
        let mut bytes = zip(&[("a.txt", b"alpha", false)]);
        bytes[LOCAL_SIZE + 5] ^= 0x20;
        let archive = Archive::open("x.zip", &bytes, DEFAULT_LIMITS).unwrap();
        let error = archive
            .read(&archive.entries()[0], &mut Budget::new(DEFAULT_LIMITS))
            .unwrap_err();
        assert_eq!(
            error.to_string(),
            "x.zip!/a.txt: corrupt: the entry's size or CRC-32 does not match its data"
        );
    }

    #[test]
    fn too_many_entries_and_zip64_are_refused() {
        let bytes = zip(&[("a", b"1", false), ("b", b"2", false), ("c", b"3", false)]);
        let few = Limits {
            max_entries: 2,
            ..DEFAULT_LIMITS
        };
        let error = Archive::open("x.zip", &bytes, few).unwrap_err();
        assert_eq!(error.to_string(), "x.zip: refused: more than 2 entries");
        let mut zip64 = bytes.clone();
        let end = zip64.len() - END_SIZE;
        zip64[end + 10..end + 12].copy_from_slice(&[0xff, 0xff]);
        zip64[end + 8..end + 10].copy_from_slice(&[0xff, 0xff]);
        let error = Archive::open("x.zip", &zip64, DEFAULT_LIMITS).unwrap_err();
        assert!(matches!(error, ArtifactError::Unsupported { .. }), "{error}");
    }

    #[test]
    fn a_zip_bomb_entry_is_refused() {
        let zeros = vec![0u8; 4 * 1024 * 1024];
        let bytes = zip(&[("classes.jar", &zeros, true)]);
        let error = extract_android(&bytes, &mut Budget::new(DEFAULT_LIMITS)).unwrap_err();
        assert!(matches!(error, ArtifactError::Limit { .. }), "{error}");
        assert!(error.to_string().starts_with("classes.jar: refused:"), "{error}");
    }
}
