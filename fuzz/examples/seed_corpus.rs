//! Writes the catalog-derived starting inputs of every fuzz target into
//! `<corpus>/<target>/seed-<n>` (default corpus folder: `fuzz/corpus`).

use std::path::PathBuf;

fn main() -> std::io::Result<()> {
    let corpus = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus"));
    for (target, _) in chat_errors_fuzz::TARGETS {
        let folder = corpus.join(target);
        std::fs::create_dir_all(&folder)?;
        for (n, seed) in chat_errors_fuzz::seeds(target).iter().enumerate() {
            std::fs::write(folder.join(format!("seed-{n}")), seed)?;
        }
    }
    Ok(())
}
