//! The name key: how a name is case-folded, hashed and compared. Shared by
//! the build script (which fills the name tables with upper-case keys) and
//! the lookup (which probes them), so both agree by construction.
//!
//! Names are ASCII and looked up ASCII case-insensitively. The lookup works
//! on bytes eight at a time: a query that is not ASCII (or not UTF-8) simply
//! matches no key, so it needs no validation first.

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH_BITS: u64 = ONES * 0x80;

/// `word` with each ASCII lower-case letter byte made upper-case; every
/// other byte (digits, `_`, non-ASCII) is kept.
pub const fn fold_word(word: u64) -> u64 {
    let low_seven = word & !HIGH_BITS;
    // In each byte, the high bit of the sum is set when the byte is >= b'a'
    // (first) or > b'z' (second); no sum carries into the next byte.
    let at_least_a = low_seven + ONES * (0x80 - b'a' as u64);
    let above_z = low_seven + ONES * (0x80 - b'z' as u64 - 1);
    let lower_case = at_least_a & !above_z & !word & HIGH_BITS;
    word - (lower_case >> 2)
}

/// The eight bytes of `bytes` from `at`, little-endian, zero past the end.
pub fn word_at(bytes: &[u8], at: usize) -> u64 {
    if let Some(Ok(eight)) = bytes.get(at..at.saturating_add(8)).map(<[u8; 8]>::try_from) {
        return u64::from_le_bytes(eight);
    }
    let mut padded = [0u8; 8];
    for (slot, byte) in padded.iter_mut().zip(bytes.iter().skip(at)) {
        *slot = *byte;
    }
    u64::from_le_bytes(padded)
}

/// The hash of a name, the same for every ASCII casing of it: its length
/// and its first and last eight bytes, case-folded.
pub fn name_hash(name: &[u8]) -> u32 {
    let first = fold_word(word_at(name, 0));
    let last = fold_word(word_at(name, name.len().saturating_sub(8)));
    let mixed = (first ^ last.rotate_left(29) ^ name.len() as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    (mixed >> 32) as u32
}

/// Whether `name` is `key` (an upper-case key) up to ASCII case.
pub fn matches_key(name: &[u8], key: &[u8]) -> bool {
    let len = name.len();
    if len != key.len() {
        return false;
    }
    if len < 8 {
        return fold_word(word_at(name, 0)) == word_at(key, 0);
    }
    let mut at = 0;
    while at + 8 < len {
        if fold_word(word_at(name, at)) != word_at(key, at) {
            return false;
        }
        at += 8;
    }
    fold_word(word_at(name, len - 8)) == word_at(key, len - 8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_changes_exactly_the_lower_case_letters() {
        for byte in 0..=u8::MAX {
            let folded = fold_word(u64::from(byte) * ONES);
            assert_eq!(folded, u64::from(byte.to_ascii_uppercase()) * ONES, "byte {byte:#04x}");
        }
    }

    #[test]
    fn keys_match_every_casing_and_nothing_else() {
        let key = b"GROUP_USER_IN_BLOCKLIST_2";
        for len in 0..=key.len() {
            let key = &key[..len];
            let lower = key.to_ascii_lowercase();
            assert!(matches_key(key, key));
            assert!(matches_key(&lower, key));
            assert_eq!(name_hash(&lower), name_hash(key));
            for at in 0..len {
                let mut other = lower.clone();
                other[at] ^= 0x01;
                assert!(!matches_key(&other, key), "{other:?}");
            }
            let mut longer = key.to_vec();
            longer.push(b'_');
            assert!(!matches_key(&longer, key));
        }
    }
}
