//! Builders of small, valid SDK artifacts (deflate and gzip streams, zips,
//! tarballs, class files), byte by byte, for the extractors' tests and the
//! fuzz targets' seeds. Compiled for the tests and with the `builders`
//! feature only.

use super::class_file::MAGIC;
use super::deflate::crc32;
use super::tar::BLOCK;
use super::zip::{CENTRAL_SIGNATURE, END_SIGNATURE, LOCAL_SIGNATURE};

/// `data` deflated (raw, no wrapper).
pub fn deflated(data: &[u8]) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec(data, 6)
}

/// `data` as a gzip file.
pub fn gzipped(data: &[u8]) -> Vec<u8> {
    let mut out = vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255];
    out.extend(deflated(data));
    out.extend(crc32(data).to_le_bytes());
    out.extend((data.len() as u32).to_le_bytes());
    out
}

/// A zip of `files` (name, content, deflate or store), as a zip tool writes one.
pub fn zip(files: &[(&str, &[u8], bool)]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut directory = Vec::new();
    for &(name, content, deflate) in files {
        let data = if deflate { deflated(content) } else { content.to_vec() };
        let method: u16 = if deflate { 8 } else { 0 };
        let offset = out.len() as u32;
        let fixed = |signature: u32| {
            let mut header = signature.to_le_bytes().to_vec();
            header.extend(20u16.to_le_bytes());
            header
        };
        let mut local = fixed(LOCAL_SIGNATURE);
        let sizes = |header: &mut Vec<u8>| {
            header.extend(0u16.to_le_bytes());
            header.extend(method.to_le_bytes());
            header.extend([0; 4]);
            header.extend(crc32(content).to_le_bytes());
            header.extend((data.len() as u32).to_le_bytes());
            header.extend((content.len() as u32).to_le_bytes());
            header.extend((name.len() as u16).to_le_bytes());
            header.extend(0u16.to_le_bytes());
        };
        sizes(&mut local);
        local.extend(name.as_bytes());
        out.extend(local);
        out.extend(&data);
        let mut central = fixed(CENTRAL_SIGNATURE);
        central.extend(20u16.to_le_bytes());
        sizes(&mut central);
        central.extend([0; 6]);
        central.extend([0; 4]);
        central.extend(offset.to_le_bytes());
        central.extend(name.as_bytes());
        directory.extend(central);
    }
    let directory_offset = out.len() as u32;
    out.extend(&directory);
    out.extend(END_SIGNATURE.to_le_bytes());
    out.extend([0; 4]);
    out.extend((files.len() as u16).to_le_bytes());
    out.extend((files.len() as u16).to_le_bytes());
    out.extend((directory.len() as u32).to_le_bytes());
    out.extend(directory_offset.to_le_bytes());
    out.extend(0u16.to_le_bytes());
    out
}

/// A tar header block for an entry of `kind` (`b'0'` a file, `b'x'` pax records).
fn tar_header(name: &str, size: usize, kind: u8) -> Vec<u8> {
    let mut block = vec![0u8; BLOCK];
    block[..name.len()].copy_from_slice(name.as_bytes());
    block[100..108].copy_from_slice(b"0000644\0");
    block[124..136].copy_from_slice(format!("{size:011o}\0").as_bytes());
    block[156] = kind;
    block[257..263].copy_from_slice(b"ustar\0");
    block[263..265].copy_from_slice(b"00");
    block[148..156].copy_from_slice(b"        ");
    let sum: u32 = block.iter().map(|&byte| u32::from(byte)).sum();
    block[148..156].copy_from_slice(format!("{sum:06o}\0 ").as_bytes());
    block
}

/// `content` padded with zeros to whole tar blocks.
fn padded(content: &[u8]) -> Vec<u8> {
    let mut out = content.to_vec();
    out.resize(content.len().div_ceil(BLOCK) * BLOCK, 0);
    out
}

/// A tar of `files` (name, content) as npm packs one, with a pax `path`
/// record for a name over 100 bytes.
pub fn tar(files: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = Vec::new();
    for &(name, content) in files {
        if name.len() > 100 {
            let record_body = format!(" path={name}\n");
            let mut length = record_body.len() + 2;
            if format!("{length}").len() > 2 {
                length += 1;
            }
            let record = format!("{length}{record_body}");
            out.extend(tar_header("PaxHeader", record.len(), b'x'));
            out.extend(padded(record.as_bytes()));
        }
        out.extend(tar_header(&name[..name.len().min(100)], content.len(), b'0'));
        out.extend(padded(content));
    }
    out.extend([0u8; 2 * BLOCK]);
    out
}

/// A class file assembled byte by byte: class `name` (slashes), public,
/// with one `public static final int` field per (name, value). Its constant
/// pool also holds a `long` (two slots), as compiled classes do.
pub fn class_bytes<S: AsRef<str>>(name: &str, constants: &[(S, i32)]) -> Vec<u8> {
    let mut pool: Vec<Vec<u8>> = Vec::new();
    let utf8 = |pool: &mut Vec<Vec<u8>>, text: &str| {
        let mut entry = vec![1];
        entry.extend((text.len() as u16).to_be_bytes());
        entry.extend(text.as_bytes());
        pool.push(entry);
        pool.len() as u16
    };
    let class_name = utf8(&mut pool, name);
    pool.push([vec![7], class_name.to_be_bytes().to_vec()].concat());
    let this_class = pool.len() as u16;
    let descriptor = utf8(&mut pool, "I");
    let constant_value = utf8(&mut pool, "ConstantValue");
    pool.push(vec![5, 0, 0, 0, 0, 0, 0, 0, 7]);
    pool.push(Vec::new());
    let mut fields = Vec::new();
    for (field, value) in constants {
        let field_name = utf8(&mut pool, field.as_ref());
        pool.push([vec![3], value.to_be_bytes().to_vec()].concat());
        let value_index = pool.len() as u16;
        for word in [0x0019, field_name, descriptor, 1, constant_value] {
            fields.extend(u16::to_be_bytes(word));
        }
        fields.extend(2u32.to_be_bytes());
        fields.extend(value_index.to_be_bytes());
    }
    let mut out = MAGIC.to_vec();
    out.extend([0, 0, 0, 52]);
    out.extend((pool.len() as u16 + 1).to_be_bytes());
    out.extend(pool.concat());
    for word in [0x0021, this_class, 0, 0, constants.len() as u16] {
        out.extend(u16::to_be_bytes(word));
    }
    out.extend(fields);
    out.extend([0, 0, 0, 0]);
    out
}

/// `count` error-like constants, `E0_ERROR = 0` to `E<count - 1>_ERROR`.
pub fn error_constants(count: i32) -> Vec<(String, i32)> {
    (0..count).map(|n| (format!("E{n}_ERROR"), n)).collect()
}
