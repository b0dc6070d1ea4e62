//! Compiles the catalog files into static Rust tables, stopping the build
//! with a message naming the entry when the catalog breaks a rule.

#[path = "build/catalog.rs"]
mod catalog;
// Shared with the library, which uses all of it; the build uses a part.
#[allow(dead_code)]
#[path = "src/kinds.rs"]
mod kinds;
// Shared with the library, which uses all of it; the build uses a part.
#[allow(dead_code)]
#[path = "src/name_key.rs"]
mod name_key;
#[path = "src/schema.rs"]
mod schema;
// Shared with the library, which uses all of it; the build uses a part.
#[allow(dead_code)]
#[path = "src/sdk.rs"]
mod sdk;

use std::path::Path;

const CATALOG_FILES: [&str; 2] = ["catalog/web.toml", "catalog/native.toml"];
/// The list of source extracts a catalog entry may cite.
const SOURCES_FILE: &str = "../sources/sources.tsv";

fn main() {
    let mut files = Vec::new();
    for path in CATALOG_FILES {
        println!("cargo:rerun-if-changed={path}");
        let contents = std::fs::read_to_string(path).unwrap_or_else(|error| panic!("cannot read {path}: {error}"));
        files.push((path, contents));
    }
    let labelled: Vec<(&str, &str)> = files
        .iter()
        .map(|(path, contents)| (*path, contents.as_str()))
        .collect();
    println!("cargo:rerun-if-changed={SOURCES_FILE}");
    let sources_tsv =
        std::fs::read_to_string(SOURCES_FILE).unwrap_or_else(|error| panic!("cannot read {SOURCES_FILE}: {error}"));
    let sources = catalog::known_sources(&sources_tsv).unwrap_or_else(|error| panic!("{error}"));
    let catalog = catalog::load(&labelled, &sources).unwrap_or_else(|errors| {
        for error in &errors {
            println!("cargo:warning={error}");
        }
        panic!("the catalog is invalid:\n  {}", errors.join("\n  "));
    });
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("tables.rs");
    std::fs::write(&out, catalog::render_rust(&catalog)).expect("cannot write the generated tables");
}
