//! Raw deflate (by `miniz_oxide`) under the artifact's [`Budget`], the gzip
//! wrapper (RFC 1952) and CRC-32, for zip entries and npm tarballs.

use super::{ArtifactError, Budget};
use miniz_oxide::inflate::core::{decompress, inflate_flags, DecompressorOxide};
use miniz_oxide::inflate::TINFLStatus;

/// Inflated bytes every entry may reach whatever its compression ratio.
const RATIO_FREE_BYTES: u64 = 1024 * 1024;

/// The raw deflate stream at the start of `input`, inflated, and how many
/// input bytes it took. Fails when the stream is broken or truncated, or
/// inflates past the budget (total or ratio).
pub(crate) fn inflate(file: &str, input: &[u8], budget: &mut Budget) -> Result<(Vec<u8>, usize), ArtifactError> {
    let limits = budget.limits();
    let left = limits.max_inflated_bytes.saturating_sub(budget.inflated);
    let by_ratio = (input.len() as u64)
        .saturating_mul(limits.max_ratio)
        .max(RATIO_FREE_BYTES);
    let cap = left.min(by_ratio);
    let cap_bytes = usize::try_from(cap).unwrap_or(usize::MAX);
    let flags = inflate_flags::TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF;
    let mut output = vec![0; input.len().saturating_mul(4).clamp(64, cap_bytes.max(64))];
    let mut decompressor = Box::<DecompressorOxide>::default();
    let mut consumed = 0;
    let mut written = 0;
    loop {
        let (status, read, wrote) = decompress(&mut decompressor, &input[consumed..], &mut output, written, flags);
        consumed += read;
        written += wrote;
        match status {
            TINFLStatus::Done => break,
            TINFLStatus::HasMoreOutput if output.len() < cap_bytes => {
                let grown = output.len().saturating_mul(2).min(cap_bytes);
                output.resize(grown, 0);
            }
            TINFLStatus::HasMoreOutput => {
                let reason = if cap == left {
                    format!(
                        "inflates past the limit of {} bytes for the whole artifact",
                        limits.max_inflated_bytes
                    )
                } else {
                    format!(
                        "inflates more than {} times its compressed size (a zip bomb?)",
                        limits.max_ratio
                    )
                };
                return Err(ArtifactError::limit(file, reason));
            }
            TINFLStatus::FailedCannotMakeProgress | TINFLStatus::NeedsMoreInput => {
                return Err(ArtifactError::corrupt(file, "the compressed data is truncated"));
            }
            _ => return Err(ArtifactError::corrupt(file, "the compressed data is not valid deflate")),
        }
    }
    output.truncate(written);
    budget.inflated = budget.inflated.saturating_add(written as u64);
    Ok((output, consumed))
}

/// The content of a gzip file (one member; the header's optional fields are
/// skipped, the CRC-32 and size in its trailer checked).
pub(crate) fn gunzip(file: &str, bytes: &[u8], budget: &mut Budget) -> Result<Vec<u8>, ArtifactError> {
    const FHCRC: u8 = 0x02;
    const FEXTRA: u8 = 0x04;
    const FNAME: u8 = 0x08;
    const FCOMMENT: u8 = 0x10;
    let truncated = || ArtifactError::corrupt(file, "the gzip header is truncated");
    let header = bytes.get(..10).ok_or_else(truncated)?;
    if header[2] != 8 {
        return Err(ArtifactError::unsupported(file, "gzip compression other than deflate"));
    }
    let flags = header[3];
    if flags & 0xe0 != 0 {
        return Err(ArtifactError::corrupt(file, "reserved gzip header flags are set"));
    }
    let mut at = 10;
    if flags & FEXTRA != 0 {
        let length = bytes.get(at..at + 2).ok_or_else(truncated)?;
        at += 2 + usize::from(u16::from_le_bytes([length[0], length[1]]));
    }
    for flag in [FNAME, FCOMMENT] {
        if flags & flag != 0 {
            let rest = bytes.get(at..).ok_or_else(truncated)?;
            let end = rest.iter().position(|&byte| byte == 0).ok_or_else(truncated)?;
            at += end + 1;
        }
    }
    if flags & FHCRC != 0 {
        at += 2;
    }
    let stream = bytes.get(at..).ok_or_else(truncated)?;
    let (content, used) = inflate(file, stream, budget)?;
    let trailer = stream
        .get(used..used + 8)
        .ok_or_else(|| ArtifactError::corrupt(file, "the gzip trailer is truncated"))?;
    let crc = u32::from_le_bytes([trailer[0], trailer[1], trailer[2], trailer[3]]);
    let size = u32::from_le_bytes([trailer[4], trailer[5], trailer[6], trailer[7]]);
    if crc != crc32(&content) || size != content.len() as u32 {
        return Err(ArtifactError::corrupt(
            file,
            "the gzip checksum does not match its content",
        ));
    }
    Ok(content)
}

/// The CRC-32 (IEEE 802.3, as zip and gzip use it) of `bytes`.
pub(crate) fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = (crc >> 1) ^ (0xedb8_8320 & (crc & 1).wrapping_neg());
        }
    }
    !crc
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::artifact::build::{deflated, gzipped};
    use crate::artifact::{Limits, DEFAULT_LIMITS};

    #[test]
    fn crc32_matches_the_standard_check_value() {
        assert_eq!(crc32(b"123456789"), 0xcbf4_3926);
        assert_eq!(crc32(b""), 0);
    }

    #[test]
    fn gzip_round_trips_and_refuses_truncation_and_bad_checksums() {
        let data = b"hello hello hello hello".repeat(10);
        let gz = gzipped(&data);
        let mut budget = Budget::new(DEFAULT_LIMITS);
        assert_eq!(gunzip("a.tgz", &gz, &mut budget).unwrap(), data);
        for cut in [3, 12, gz.len() - 9, gz.len() - 1] {
            let error = gunzip("a.tgz", &gz[..cut], &mut Budget::new(DEFAULT_LIMITS)).unwrap_err();
            assert!(matches!(error, ArtifactError::Corrupt { .. }), "{cut}: {error}");
        }
        let mut bad = gz.clone();
        let at = bad.len() - 8;
        bad[at] ^= 1;
        let error = gunzip("a.tgz", &bad, &mut Budget::new(DEFAULT_LIMITS)).unwrap_err();
        assert_eq!(
            error.to_string(),
            "a.tgz: corrupt: the gzip checksum does not match its content"
        );
    }

    #[test]
    fn a_bomb_stops_at_the_ratio_or_the_total() {
        let zeros = vec![0u8; 8 * 1024 * 1024];
        let packed = deflated(&zeros);
        let error = inflate("bomb", &packed, &mut Budget::new(DEFAULT_LIMITS)).unwrap_err();
        assert!(error.to_string().contains("times its compressed size"), "{error}");
        let small_total = Limits {
            max_inflated_bytes: 1000,
            ..DEFAULT_LIMITS
        };
        let error = inflate("bomb", &packed, &mut Budget::new(small_total)).unwrap_err();
        assert!(error.to_string().contains("limit of 1000 bytes"), "{error}");
        let generous = Limits {
            max_ratio: 100_000,
            ..DEFAULT_LIMITS
        };
        let mut budget = Budget::new(generous);
        assert_eq!(inflate("ok", &packed, &mut budget).unwrap().0.len(), zeros.len());
        assert_eq!(budget.inflated, zeros.len() as u64);
    }
}
