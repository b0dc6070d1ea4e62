//! Fails when a committed generated file differs from what the catalog generates.

use chat_errors_codegen::{outputs, repository_root, stale};

#[test]
fn committed_generated_files_are_up_to_date() {
    let root = repository_root();
    let generated = outputs(&root);
    let stale = stale(&root, &generated);
    assert!(
        stale.is_empty(),
        "stale generated files (run scripts/generate.sh): {stale:?}"
    );
}
