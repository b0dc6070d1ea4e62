//! The C header `include/chat_errors.h`: cbindgen (pinned, configured by
//! `ffi/cbindgen.toml`) writes the ffi crate's functions, types and own
//! constants; the catalog's constants (one per code, the versions, and the
//! values of space, language, category and action) are written here as C
//! text and placed after the includes.

use crate::Generated;
use chat_errors::{entries, Action, Category, Entry, Family, Language, Platform, Space, Status, CATALOG_VERSION};
use chat_errors_render::naming::{c_constant, c_identifier};
use std::collections::BTreeSet;
use std::fmt::Write;
use std::path::Path;

/// The header, relative to the repository root.
const HEADER_PATH: &str = "include/chat_errors.h";
/// The ffi crate's root source file and cbindgen configuration, relative to the repository root.
const FFI_LIB: &str = "ffi/src/lib.rs";
const CBINDGEN_CONFIG: &str = "ffi/cbindgen.toml";

/// The generated files of the C ABI: the header.
pub fn outputs(root: &Path) -> Vec<Generated> {
    vec![Generated::new(HEADER_PATH, render_header(root))]
}

/// One `#define` with its doc comment (one line of the comment per line of `doc`).
fn define(out: &mut String, doc: &str, name: &str, value: impl std::fmt::Display) {
    let doc = doc.replace('\n', "\n * ");
    writeln!(out, "/**\n * {doc}\n */\n#define {name} {value}\n").unwrap();
}

/// The deprecation note of a code's constant, for a default meaning that is
/// deprecated or removed: a `#define` cannot carry a deprecation attribute
/// portably, so the doc comment says it (Doxygen's `@deprecated`, which IDEs
/// show) and chat_errors_entry_status() answers it at run time.
fn deprecation(entry: &Entry) -> Option<String> {
    let note = match entry.status() {
        Status::Current => return None,
        Status::Deprecated => "still emitted by current SDKs, marked as going away",
        Status::Removed => "no current SDK emits it; kept so old logs stay readable",
    };
    let status = c_identifier(entry.status().as_str());
    Some(format!(
        "@deprecated Status {}: {note}; chat_errors_entry_status() gives CHAT_ERRORS_STATUS_{status}.",
        entry.status()
    ))
}

/// Text fit for a doc comment of the C header: one line of ASCII that cannot
/// end the comment. Common typographic characters become their ASCII forms;
/// any other non-ASCII character becomes `?`.
fn doc_text(text: &str) -> String {
    let ascii: String = text
        .chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{201c}' | '\u{201d}' => '"',
            '\u{2013}' | '\u{2014}' => '-',
            '\n' | '\r' | '\t' => ' ',
            c if c.is_ascii() && !c.is_ascii_control() => c,
            _ => '?',
        })
        .collect();
    ascii.replace("*/", "* /").trim().to_owned()
}

/// One `CHAT_ERRORS_<SPACE>_<NAME>` per entry that has a constant (see `Entry::has_constant`).
fn render_codes(out: &mut String) {
    let mut seen = BTreeSet::new();
    for &space in Space::ALL {
        for entry in entries(space).iter().filter(|entry| entry.has_constant()) {
            let constant = c_constant(entry);
            assert!(
                seen.insert(constant.clone()),
                "two entries map to the C constant {constant}"
            );
            let summary = doc_text(entry.summary().en());
            let mut doc = format!("{} ({space} {}): {summary}", entry.name(), entry.code());
            if let Some(note) = deprecation(entry) {
                doc = format!("{doc}\n{note}");
            }
            define(out, &doc, &constant, entry.code());
        }
    }
}

/// The constants of one closed set: a value per member, then the count.
fn closed_set<T: Copy>(out: &mut String, kind: &str, members: &[T], name: fn(T) -> &'static str, value: fn(T) -> u32) {
    let prefix = format!("CHAT_ERRORS_{}", c_identifier(kind));
    for (index, &member) in members.iter().enumerate() {
        assert_eq!(value(member) as usize, index, "{kind} values must be 0 .. count - 1");
        let doc = format!("The {kind} \"{}\".", name(member));
        define(
            out,
            &doc,
            &format!("{prefix}_{}", c_identifier(name(member))),
            value(member),
        );
    }
    let doc = format!("How many {kind} values there are: valid values are 0 .. {prefix}_COUNT - 1.");
    define(out, &doc, &format!("{prefix}_COUNT"), members.len());
}

/// The catalog's constants as C text: codes, versions, closed sets.
fn render_constants() -> String {
    let mut out = String::new();
    render_codes(&mut out);
    let mut parts = CATALOG_VERSION.split('.').map(|part| {
        let digits: String = part.chars().take_while(char::is_ascii_digit).collect();
        digits.parse::<u32>().expect("the crate version is MAJOR.MINOR.PATCH")
    });
    for part in ["MAJOR", "MINOR", "PATCH"] {
        let number = parts.next().expect("the crate version is MAJOR.MINOR.PATCH");
        let lower = part.to_ascii_lowercase();
        let doc = format!(
            "The {lower} version of the library compiled against (chat_errors_version_{lower}() gives the one linked)."
        );
        define(&mut out, &doc, &format!("CHAT_ERRORS_VERSION_{part}"), number);
    }
    closed_set(&mut out, "space", Space::ALL, Space::as_str, Space::value);
    closed_set(&mut out, "language", Language::ALL, Language::as_str, Language::value);
    closed_set(&mut out, "category", Category::ALL, Category::as_str, Category::value);
    closed_set(&mut out, "action", Action::ALL, Action::as_str, Action::value);
    closed_set(&mut out, "status", Status::ALL, Status::as_str, Status::value);
    closed_set(&mut out, "family", Family::ALL, Family::as_str, Family::value);
    closed_set(&mut out, "platform", Platform::ALL, Platform::as_str, Platform::value);
    out.truncate(out.trim_end().len());
    out
}

/// `include/chat_errors.h`: cbindgen over the ffi crate, with the catalog's
/// constants after the includes.
fn render_header(root: &Path) -> String {
    let config_path = root.join(CBINDGEN_CONFIG);
    let mut config = cbindgen::Config::from_file(&config_path)
        .unwrap_or_else(|error| panic!("read {}: {error}", config_path.display()));
    config.after_includes = Some(format!("\n{}", render_constants()));
    let generated = cbindgen::Builder::new()
        .with_config(config)
        .with_src(root.join(FFI_LIB))
        .generate()
        .expect("cbindgen over ffi/src");
    let mut header = Vec::new();
    generated.write(&mut header);
    String::from_utf8(header).expect("cbindgen writes UTF-8")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn version_constants_are_the_catalog_version() {
        let constants = render_constants();
        let version: Vec<String> = ["MAJOR", "MINOR", "PATCH"]
            .iter()
            .map(|part| {
                let define = format!("#define CHAT_ERRORS_VERSION_{part} ");
                let at = constants.find(&define).expect("every version part is defined") + define.len();
                constants[at..].lines().next().unwrap_or_default().to_owned()
            })
            .collect();
        assert_eq!(version.join("."), CATALOG_VERSION);
    }

    #[test]
    fn deprecated_and_removed_constants_say_so() {
        let constants = render_constants();
        let mut marked = 0;
        for &space in Space::ALL {
            for entry in entries(space).iter().filter(|entry| entry.has_constant()) {
                let define = format!("\n#define {} ", c_constant(entry));
                let at = constants.find(&define).expect("every constant is defined");
                let doc = &constants[constants[..at].rfind("/**").expect("a doc comment")..at];
                assert_eq!(
                    doc.contains("@deprecated"),
                    entry.status() != Status::Current,
                    "{define}"
                );
                marked += usize::from(entry.status() != Status::Current);
            }
        }
        assert!(marked > 0, "the catalog has deprecated constants to mark");
    }
}
