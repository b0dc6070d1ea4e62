//! Development aid: prints what `chat_errors_cli::artifact::extract` reads
//! from each artifact named on the command line, one group per block:
//! `# kind role file container count`, then `code<TAB>name` lines.
//!
//!     cargo run -q -p chat-errors-cli --example extract -- agora-chat-1.4.0.tgz

use chat_errors_cli::artifact::{extract, DEFAULT_LIMITS};
use chat_errors_cli::input::{Input, Source};
use chat_errors_cli::terminal::escaped;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut status = ExitCode::SUCCESS;
    for arg in std::env::args_os().skip(1) {
        let source = Source::from_arg(&arg);
        match extract(&source, Input::default(), DEFAULT_LIMITS) {
            Ok(read) => {
                for group in &read.groups {
                    println!(
                        "# {} {:?} {} {} {}",
                        read.kind.name(),
                        group.role,
                        escaped(&group.file),
                        escaped(&group.container),
                        group.entries.len()
                    );
                    for entry in &group.entries {
                        println!("{}\t{}", entry.code, escaped(&entry.name));
                    }
                }
            }
            Err(error) => {
                eprintln!(
                    "extract: {}: {}",
                    escaped(&source.to_string()),
                    escaped(&error.to_string())
                );
                status = ExitCode::FAILURE;
            }
        }
    }
    status
}
