//! The parts of the `chat-errors` command that only the command uses:
//! reading an official-style page and comparing it with the catalog. Every
//! output format lives in `chat-errors-render`.

pub mod artifact;
pub mod diff;
pub mod input;
pub mod page;
pub mod terminal;
