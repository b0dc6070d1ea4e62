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

use chat_errors::{entries, Entry, Status};
use std::path::{Path, PathBuf};

/// The language a [`string_literal`] is written for.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Literal {
    /// `"..."` with `\uXXXX` escapes and `$` escaped.
    Kotlin,
    /// `"..."` with `\u{X}` escapes.
    Swift,
}

/// Text as a Kotlin or Swift string literal.
pub(crate) fn string_literal(text: &str, language: Literal) -> String {
    use std::fmt::Write;
    let mut literal = String::with_capacity(text.len() + 2);
    literal.push('"');
    for c in text.chars() {
        match c {
            '"' => literal.push_str("\\\""),
            '\\' => literal.push_str("\\\\"),
            '$' if language == Literal::Kotlin => literal.push_str("\\$"),
            c if c.is_control() => {
                let _ = match language {
                    Literal::Kotlin => write!(literal, "\\u{:04x}", u32::from(c)),
                    Literal::Swift => write!(literal, "\\u{{{:x}}}", u32::from(c)),
                };
            }
            c => literal.push(c),
        }
    }
    literal.push('"');
    literal
}

/// What a deprecated or removed code means for an app and what to use, for
/// the deprecation marks of the generated constants (Kotlin `@Deprecated`,
/// Swift `@available(*, deprecated)`); `None` for a current code.
pub(crate) fn status_note(entry: &Entry) -> Option<String> {
    let code = format!("{} {} ({})", entry.space(), entry.code(), entry.name());
    match entry.status() {
        Status::Current => None,
        Status::Deprecated => Some(format!(
            "Deprecated: SDKs may still send {code}, but it is going away. \
             Keep handling it; build nothing new on it."
        )),
        Status::Removed => {
            let current = entries(entry.space()).iter().find(|other| {
                other.code() != entry.code() && other.status() == Status::Current && other.name() == entry.name()
            });
            let instead = current.map_or(String::new(), |other| {
                format!(
                    " The SDKs send {} as {} {}: use that.",
                    other.name(),
                    other.space(),
                    other.code()
                )
            });
            Some(format!(
                "Removed: no current SDK sends {code}; handle it only for older SDKs.{instead}"
            ))
        }
    }
}

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
