//! Every committed file that is generated from the catalog, in one list.
//!
//! `chat-errors-codegen` writes them; `chat-errors-codegen --check` (and the
//! `stale` test) fails when a committed file differs from what the catalog
//! generates now.

mod c;
mod docs;
mod kotlin;
mod swift;
mod typescript;

use std::path::{Path, PathBuf};

/// One generated file: its path relative to the repository root and contents.
pub struct Generated {
    /// Path relative to the repository root.
    pub path: PathBuf,
    /// The full contents the file must have.
    pub contents: String,
}

impl Generated {
    /// A generated file at `path` (relative to the repository root).
    pub fn new(path: impl Into<PathBuf>, contents: String) -> Self {
        Generated {
            path: path.into(),
            contents,
        }
    }
}

/// The repository root (the workspace this crate is part of).
pub fn repository_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

/// Every generated file, rendered from the catalog compiled into this binary.
pub fn outputs(root: &Path) -> Vec<Generated> {
    let mut all = c::outputs(root);
    all.extend(kotlin::outputs(root));
    all.extend(swift::outputs(root));
    all.extend(typescript::outputs(root));
    all.extend(docs::outputs(root));
    all
}

/// The generated files whose committed copy under `root` differs from `outputs`.
pub fn stale(root: &Path, outputs: &[Generated]) -> Vec<PathBuf> {
    outputs
        .iter()
        .filter(|generated| {
            std::fs::read_to_string(root.join(&generated.path)).ok().as_deref() != Some(&generated.contents)
        })
        .map(|generated| generated.path.clone())
        .collect()
}
