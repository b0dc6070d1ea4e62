//! The generated documentation: one reference page per space and language
//! (`docs/reference/<space>.<language>.md`, the official pages' table shape),
//! the reference of the export's fields (`docs/reference/fields.md`)
//! and the data of the browsable reference `docs/reference.html`
//! (`docs/assets/reference-data.js`), all rendered by the
//! renderers of `chat-errors-render`.

use crate::Generated;
use chat_errors::{Language, Space};
use chat_errors_render::{export, html, select, shape};
use std::path::Path;

/// The generated files of this kind.
pub fn outputs(_root: &Path) -> Vec<Generated> {
    let mut all = Vec::new();
    for &space in Space::ALL {
        let entries = select(Some(space), None);
        for &language in Language::ALL {
            all.push(Generated::new(
                format!("docs/reference/{space}.{language}.md"),
                export::markdown(&entries, language),
            ));
        }
    }
    all.push(Generated::new(
        "docs/reference/fields.md",
        shape::fields_markdown(&select(None, None)),
    ));
    all.push(Generated::new(
        "docs/assets/reference-data.js",
        html::data_script(&select(None, None)),
    ));
    all
}
