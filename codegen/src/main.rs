//! `chat-errors-codegen [--check]`: write, or check, the generated files.

use chat_errors_codegen::{outputs, repository_root, stale};
use std::process::ExitCode;

fn main() -> ExitCode {
    let check = match std::env::args().nth(1).as_deref() {
        None => false,
        Some("--check") => true,
        Some(other) => {
            eprintln!("usage: chat-errors-codegen [--check] (unknown argument {other:?})");
            return ExitCode::from(2);
        }
    };
    let root = repository_root();
    let generated = outputs(&root);
    if check {
        let stale = stale(&root, &generated);
        for path in &stale {
            eprintln!("stale: {} (run scripts/generate.sh)", path.display());
        }
        return if stale.is_empty() {
            ExitCode::SUCCESS
        } else {
            ExitCode::FAILURE
        };
    }
    for file in &generated {
        let path = root.join(&file.path);
        let written = path
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&path, &file.contents));
        if let Err(error) = written {
            eprintln!("cannot write {}: {error}", path.display());
            return ExitCode::FAILURE;
        }
        println!("wrote {}", file.path.display());
    }
    ExitCode::SUCCESS
}
