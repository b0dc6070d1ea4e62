//! The parts of the `chat-errors` command that only the command uses:
//! reading an official-style page or an SDK artifact and comparing it with
//! the catalog. Every
//! output format lives in `chat-errors-render`.

pub mod artifact;
pub mod diff;
pub mod input;
pub mod page;
pub mod sdk_check;
pub mod terminal;
