//! The renderers behind the `chat-errors` command: every output format the
//! catalog is exported in, shared by the CLI and the project's generators.

pub mod diff;
pub mod export;
pub mod html;
pub mod input;
pub mod json;
pub mod naming;
pub mod page;
pub mod table;
pub mod terminal;
pub mod typescript;

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
