//! The hash that places names in the generated name tables. Shared by the
//! build script (which fills the tables) and the lookup (which probes them),
//! so both agree by construction.

/// FNV-1a over the ASCII upper-case form of `name`: names are looked up
/// case-insensitively, so `Foo` and `FOO` hash alike.
pub const fn name_hash(name: &[u8]) -> u32 {
    let mut hash: u32 = 0x811c_9dc5;
    let mut i = 0;
    while i < name.len() {
        hash ^= name[i].to_ascii_uppercase() as u32;
        hash = hash.wrapping_mul(0x0100_0193);
        i += 1;
    }
    hash
}
