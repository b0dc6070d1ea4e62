/// The fingerprint of the JNI exports (`Java_io_chaterrors_NativeCatalog_*`)
/// and of the format their space answers in: [`fingerprint`] of the sources
/// that define them (`lib.rs`: the records; `jni.rs`: the exports), so any
/// change to either gives another value. The Kotlin layer refuses a library
/// that carries another. Included by chat-errors-codegen too, which writes
/// the same value into the Kotlin layer (`Contract.kt`).
pub const JNI_CONTRACT_VERSION: i32 = fingerprint(&[include_bytes!("lib.rs"), include_bytes!("jni.rs")]);

/// FNV-1a (32 bits) of `parts` one after the other, carriage returns left
/// out (a CRLF checkout gives the same value), as an `i32`.
pub const fn fingerprint(parts: &[&[u8]]) -> i32 {
    let mut hash: u32 = 0x811c_9dc5;
    let mut part = 0;
    while part < parts.len() {
        let bytes = parts[part];
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] != b'\r' {
                hash = (hash ^ bytes[i] as u32).wrapping_mul(0x0100_0193);
            }
            i += 1;
        }
        part += 1;
    }
    hash as i32
}

#[cfg(test)]
mod tests {
    use super::fingerprint;

    #[test]
    fn the_fingerprint_is_fnv1a_32_without_carriage_returns() {
        assert_eq!(fingerprint(&[]) as u32, 0x811c_9dc5);
        assert_eq!(fingerprint(&[b"a"]) as u32, 0xe40c_292c);
        assert_eq!(fingerprint(&[b"foobar"]) as u32, 0xbf9c_f968);
        assert_eq!(fingerprint(&[b"foo", b"bar"]), fingerprint(&[b"foobar"]));
        assert_eq!(fingerprint(&[b"a\r\nb"]), fingerprint(&[b"a\nb"]));
    }
}
