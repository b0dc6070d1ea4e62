//! Every rendering of the chat-errors catalog, shared by the `chat-errors`
//! command and the generators of committed files: JSON, CSV, Markdown,
//! TypeScript, HTML and terminal output, all reading an entry's fields from
//! [`fields::FIELDS`], and each language's spelling of the constants
//! ([`naming`]).

pub mod export;
pub mod fields;
pub mod html;
pub mod json;
pub mod naming;
pub mod shape;
pub mod table;
pub mod typescript;
pub mod words;

use chat_errors::{entries, Category, Entry, Space};

/// The entries of the given space (or both, web first), optionally of one category.
pub fn select(space: Option<Space>, category: Option<Category>) -> Vec<&'static Entry> {
    Space::ALL
        .iter()
        .filter(|candidate| space.is_none_or(|space| space == **candidate))
        .flat_map(|&space| entries(space))
        .filter(|entry| category.is_none_or(|category| entry.category() == category))
        .collect()
}
