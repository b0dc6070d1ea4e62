//! `chat-errors`: look up, search, list and export the Agora Chat error codes.

use chat_errors::{lookup, lookup_name, lookup_name_any, search, Category, Entry, Language, Space};
use chat_errors_cli::{diff, page};
use chat_errors_render::{export, html, json, select, table, typescript};
use clap::{Parser, Subcommand, ValueEnum};
use std::fmt::Display;
use std::process::ExitCode;

/// The error codes of the Agora Chat SDKs (Web and Android/iOS), in zh and en.
#[derive(Parser)]
#[command(name = "chat-errors", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// What a numeric code means (in both spaces unless --space is given).
    Lookup {
        /// The numeric code, as the SDK reported it.
        #[arg(allow_negative_numbers = true)]
        code: i32,
        #[arg(long, value_parser = parse_space)]
        space: Option<Space>,
        /// Print JSON (an array of entries) instead of text.
        #[arg(long)]
        json: bool,
    },
    /// The entry whose constant name or alias is NAME (case-insensitive).
    Name {
        /// The constant name, e.g. WEBIM_CONNCTION_DISCONNECTED.
        name: String,
        #[arg(long, value_parser = parse_space)]
        space: Option<Space>,
        /// Print JSON (an array of entries) instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Entries whose code, name or text (zh or en) contains TEXT.
    Search {
        /// The text to look for (ASCII case-insensitive).
        text: String,
        /// Print JSON (an array of entries) instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Every entry, one line each.
    List {
        #[arg(long, value_parser = parse_space)]
        space: Option<Space>,
        #[arg(long, value_parser = parse_category)]
        category: Option<Category>,
        /// Print JSON (an array of entries) instead of text.
        #[arg(long)]
        json: bool,
    },
    /// The catalog in a file format.
    Export {
        #[arg(long, value_enum)]
        format: Format,
        #[arg(long, value_parser = parse_space)]
        space: Option<Space>,
        /// The language of CSV and Markdown text (JSON always carries both).
        #[arg(long, value_parser = parse_language)]
        lang: Option<Language>,
        /// Accepted for uniformity: every export is already machine-readable.
        #[arg(long)]
        json: bool,
    },
    /// Compare an official-style Markdown error-code page with the catalog.
    ///
    /// Reports codes missing from the page, codes the catalog lacks, name
    /// differences (aliases and known misprints marked as such) and text
    /// differences. Exit status 0 when the comparison ran (differences are
    /// data), 1 when the page cannot be read or has no table rows.
    Diff {
        /// The page: a Markdown file with `| code | NAME | text |` rows.
        page: std::path::PathBuf,
        /// The numbering space (default: the one matching more of the page's codes and names).
        #[arg(long, value_parser = parse_space)]
        space: Option<Space>,
        /// The page's language (default: zh when most rows have Chinese text).
        #[arg(long, value_parser = parse_language)]
        lang: Option<Language>,
        /// Print the JSON report (documented in `chat_errors_cli::diff`).
        #[arg(long)]
        json: bool,
    },
}

/// Export formats.
#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// The documented JSON schema.
    Json,
    /// CSV with a header row.
    Csv,
    /// A reference page in the official pages' table shape.
    Markdown,
    /// A TypeScript module for Web apps (the web space unless --space is given).
    Ts,
    /// A self-contained, searchable HTML reference (both spaces, zh and en).
    Html,
}

fn closed<T>(value: &str, from_name: fn(&str) -> Option<T>, all: &[T]) -> Result<T, String>
where
    T: Display,
{
    from_name(value).ok_or_else(|| {
        let names: Vec<String> = all.iter().map(ToString::to_string).collect();
        format!("expected one of: {}", names.join(", "))
    })
}

fn parse_space(value: &str) -> Result<Space, String> {
    closed(value, Space::from_name, Space::ALL)
}

fn parse_category(value: &str) -> Result<Category, String> {
    closed(value, Category::from_name, Category::ALL)
}

fn parse_language(value: &str) -> Result<Language, String> {
    closed(value, Language::from_name, Language::ALL)
}

fn spaces(space: Option<Space>) -> Vec<Space> {
    space.map_or_else(|| Space::ALL.to_vec(), |space| vec![space])
}

/// Prints the entries found (cards or JSON); exit status 1 with `missing` when none.
fn report(found: &[&'static Entry], json: bool, missing: String) -> ExitCode {
    if json {
        println!("{}", json::entries_json(found));
    } else {
        for entry in found {
            print!("{}", table::card(entry));
        }
    }
    if found.is_empty() {
        eprintln!("chat-errors: {missing}");
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Lookup { code, space, json } => {
            let mut found = Vec::new();
            for space in spaces(space) {
                match lookup(space, code) {
                    Some(entry) => found.push(entry),
                    None if !json => print!("{}", table::not_documented(space, code)),
                    None => {}
                }
                if let (false, Some(entry)) = (json, found.last().filter(|entry| entry.space() == space)) {
                    print!("{}", table::card(entry));
                }
            }
            if json {
                println!("{}", json::entries_json(&found));
            }
            if found.is_empty() {
                eprintln!("chat-errors: unknown code {code}");
                return ExitCode::FAILURE;
            }
            ExitCode::SUCCESS
        }
        Command::Name { name, space, json } => {
            let found: Vec<&'static Entry> = match space {
                Some(space) => lookup_name(space, &name).into_iter().collect(),
                None => lookup_name_any(&name).collect(),
            };
            report(&found, json, format!("unknown name {name}"))
        }
        Command::Search { text, json } => {
            let found: Vec<&'static Entry> = search(&text).collect();
            if json {
                println!("{}", json::entries_json(&found));
            } else {
                print!("{}", table::list(&found));
            }
            if found.is_empty() {
                eprintln!("chat-errors: nothing matches {text:?}");
                return ExitCode::FAILURE;
            }
            ExitCode::SUCCESS
        }
        Command::List { space, category, json } => {
            let found = select(space, category);
            if json {
                println!("{}", json::entries_json(&found));
            } else {
                print!("{}", table::list(&found));
            }
            ExitCode::SUCCESS
        }
        Command::Export {
            format,
            space,
            lang,
            json: _,
        } => {
            let found = match format {
                Format::Ts => select(Some(space.unwrap_or(Space::Web)), None),
                _ => select(space, None),
            };
            match format {
                Format::Json => println!("{}", json::export_json(&found)),
                Format::Csv => print!("{}", export::csv(&found, lang)),
                Format::Markdown => print!("{}", export::markdown(&found, lang.unwrap_or(Language::En))),
                Format::Ts => print!("{}", typescript::module(&found)),
                Format::Html => print!("{}", html::reference(&found)),
            }
            ExitCode::SUCCESS
        }
        Command::Diff {
            page: path,
            space,
            lang,
            json,
        } => {
            let text = match std::fs::read_to_string(&path) {
                Ok(text) => text,
                Err(error) => {
                    eprintln!("chat-errors: cannot read {}: {error}", path.display());
                    return ExitCode::FAILURE;
                }
            };
            let rows = page::parse_page(&text);
            if rows.is_empty() {
                eprintln!("chat-errors: {} has no error-table rows", path.display());
                return ExitCode::FAILURE;
            }
            let report = diff::diff_page(&path.to_string_lossy(), &rows, space, lang);
            if json {
                println!("{}", diff::json(&report));
            } else {
                print!("{}", diff::human(&report));
            }
            ExitCode::SUCCESS
        }
    }
}
