//! `chat-errors`: look up, search, list and export the Agora Chat error codes.

use chat_errors::{lookup_in, lookup_name_in, search, Category, Entry, Family, Found, Language, Sdk, Space};
use chat_errors_cli::artifact::{self, DEFAULT_LIMITS};
use chat_errors_cli::input::{self, Input, Source};
use chat_errors_cli::terminal::escaped;
use chat_errors_cli::{diff, page, sdk_check};
use chat_errors_render::{export, html, json, select, table, typescript};
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::ffi::OsString;
use std::fmt::Display;
use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

/// Exit status: the code, name, text or page asked about is unknown, or the
/// page could not be read.
const STATUS_NO_ANSWER: u8 = 1;
/// Exit status: bad arguments (clap's own usage errors use it too).
const STATUS_USAGE: u8 = 2;
/// Exit status: the output could not be written (a full disk, an I/O error).
const STATUS_OUTPUT_FAILED: u8 = 3;
/// Exit status: the reader of the output closed it (a broken pipe), as a
/// shell reports a command that SIGPIPE ended.
const STATUS_OUTPUT_CLOSED: u8 = 141;

/// The error codes of the Agora Chat SDKs (Web and Android/iOS), in zh and en.
#[derive(Parser)]
#[command(name = "chat-errors", version, about)]
struct Cli {
    /// Refuse any input larger than this many bytes.
    #[arg(long, global = true, value_name = "BYTES", default_value_t = input::DEFAULT_MAX_BYTES)]
    max_input_bytes: u64,
    #[command(subcommand)]
    command: Command,
}

/// Where a code or name came from, and how to answer: the options of `lookup` and `name`.
#[derive(Args)]
struct Context {
    /// Only this space: web or native.
    #[arg(long, value_parser = parse_space)]
    space: Option<Space>,
    /// The SDK the code or name came from, `family` or `family@VERSION` (see `sdks`).
    #[arg(long)]
    sdk: Option<String>,
    /// Print JSON (an array of entries) instead of text.
    #[arg(long)]
    json: bool,
}

/// Which space and which language of text: the options of `export` and `diff`.
#[derive(Args)]
struct Reading {
    /// Only this space: web or native (for `diff`, by default the one matching more of the page's codes and names).
    #[arg(long, value_parser = parse_space)]
    space: Option<Space>,
    /// The language: of CSV and Markdown text for `export` (JSON always carries both); of the page for `diff` (by default zh when most rows have Chinese text).
    #[arg(long, value_parser = parse_language)]
    lang: Option<Language>,
}

#[derive(Subcommand)]
enum Command {
    /// What a numeric code means (in both spaces unless --space is given).
    Lookup {
        /// The numeric code, as the SDK reported it.
        #[arg(allow_negative_numbers = true)]
        code: i32,
        #[command(flatten)]
        context: Context,
    },
    /// The entry one of whose names is NAME (any platform's, case-insensitive).
    Name {
        /// The name, e.g. WEBIM_CONNCTION_DISCONNECTED or EMErrorGroupNotExist.
        name: String,
        #[command(flatten)]
        context: Context,
    },
    /// The SDK families and the versions the catalog knows of each.
    Sdks {
        /// Print JSON instead of text.
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
        #[command(flatten)]
        reading: Reading,
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
        /// The page: a Markdown file with `| code | NAME | text |` rows, or `-` for standard input.
        page: OsString,
        #[command(flatten)]
        reading: Reading,
        /// Print the JSON report (documented in `chat_errors_cli::diff`).
        #[arg(long)]
        json: bool,
    },
    /// Check an SDK artifact's (code, name) list against the catalog.
    ///
    /// Reads an npm tarball or unpacked package, an AAR or JAR, a class
    /// file, an iOS, C or C++ header, or a source extract of
    /// `sources/extracts/`, and reports the codes the catalog lacks, the
    /// names that do not resolve in the SDK's context and the names that
    /// resolve to another code, unless the catalog records them for this
    /// source. Exit status 0 when nothing is unrecorded, 1 when something is
    /// (or the artifact cannot be read), 2 when the SDK cannot be told.
    SdkCheck {
        /// The artifact: a file, an unpacked npm package's folder, or `-` for standard input.
        artifact: OsString,
        /// The SDK it comes from, `family[@VERSION]` (default: told from the artifact).
        #[arg(long)]
        sdk: Option<String>,
        /// Print the JSON report (documented in `chat_errors_cli::sdk_check`).
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

/// What a command answered, once its output is written.
enum Answer {
    /// The answer is on standard output.
    Given,
    /// No answer; the one-line message says why (input already escaped).
    Missing(String),
    /// The arguments were refused; the one-line message says why (input already escaped).
    Refused(String),
}

/// The SDK named by `--sdk`, or the one-line refusal (the argument escaped).
fn parse_sdk(argument: Option<&str>) -> Result<Option<Sdk>, String> {
    let Some(argument) = argument else { return Ok(None) };
    Sdk::parse(argument).map(Some).map_err(|error| {
        let families: Vec<&str> = Family::ALL.iter().map(|family| family.as_str()).collect();
        format!(
            "invalid --sdk \"{}\": {error}; expected family[@MAJOR[.MINOR[.PATCH]]], family one of: {}",
            escaped(argument),
            families.join(", ")
        )
    })
}

/// Writes the answers found (cards or JSON); no answer, saying `missing`, when none.
fn report(out: &mut impl Write, found: &[Found], sdk: Option<&Sdk>, json: bool, missing: String) -> io::Result<Answer> {
    if json {
        writeln!(out, "{}", json::answers_json(found, sdk))?;
    } else {
        for found in found {
            out.write_all(table::answer_card(found, sdk).as_bytes())?;
        }
    }
    Ok(if found.is_empty() {
        Answer::Missing(missing)
    } else {
        Answer::Given
    })
}

/// Writes `chat-errors: <message>` on standard error; a standard error that
/// cannot be written changes nothing (the exit status stays the answer's).
fn complain(message: &str) {
    let _ = writeln!(io::stderr().lock(), "chat-errors: {message}");
}

/// The exit status of a command whose output went to `out`: the answer's,
/// or the output's failure once everything is flushed.
fn finish(answer: io::Result<Answer>, out: &mut impl Write) -> ExitCode {
    match answer.and_then(|answer| out.flush().map(|()| answer)) {
        Ok(Answer::Given) => ExitCode::SUCCESS,
        Ok(Answer::Missing(message)) => {
            complain(&message);
            ExitCode::from(STATUS_NO_ANSWER)
        }
        Ok(Answer::Refused(message)) => {
            complain(&message);
            ExitCode::from(STATUS_USAGE)
        }
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => ExitCode::from(STATUS_OUTPUT_CLOSED),
        Err(error) => {
            complain(&format!("cannot write the output: {}", escaped(&error.to_string())));
            ExitCode::from(STATUS_OUTPUT_FAILED)
        }
    }
}

/// Help and version go to standard output; usage errors to standard error
/// with status 2, every line escaped (clap echoes the arguments).
fn arguments_refused(error: &clap::Error, out: &mut impl Write) -> ExitCode {
    let text = error.render().to_string();
    if error.use_stderr() {
        let mut stderr = io::stderr().lock();
        for line in text.lines() {
            let _ = writeln!(stderr, "{}", escaped(line));
        }
        return ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(2));
    }
    finish(out.write_all(text.as_bytes()).map(|()| Answer::Given), out)
}

fn main() -> ExitCode {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let answer = match Cli::try_parse() {
        Ok(cli) => run(cli, &mut out),
        Err(error) => return arguments_refused(&error, &mut out),
    };
    finish(answer, &mut out)
}

/// Runs the command, writing its output to `out`.
fn run(cli: Cli, out: &mut impl Write) -> io::Result<Answer> {
    match cli.command {
        Command::Lookup { code, context } => {
            let Context { space, sdk, json } = context;
            let sdk = match parse_sdk(sdk.as_deref()) {
                Ok(sdk) => sdk,
                Err(message) => return Ok(Answer::Refused(message)),
            };
            let mut found = Vec::new();
            for space in spaces(space) {
                match lookup_in(space, code, sdk.as_ref()) {
                    Some(answer) if json => found.push(answer),
                    Some(answer) => {
                        out.write_all(table::answer_card(&answer, sdk.as_ref()).as_bytes())?;
                        found.push(answer);
                    }
                    None if !json => out.write_all(table::not_documented(space, code).as_bytes())?,
                    None => {}
                }
            }
            if json {
                writeln!(out, "{}", json::answers_json(&found, sdk.as_ref()))?;
            }
            Ok(if found.is_empty() {
                Answer::Missing(format!("unknown code {code}"))
            } else {
                Answer::Given
            })
        }
        Command::Name { name, context } => {
            let Context { space, sdk, json } = context;
            let sdk = match parse_sdk(sdk.as_deref()) {
                Ok(sdk) => sdk,
                Err(message) => return Ok(Answer::Refused(message)),
            };
            let found: Vec<Found> = spaces(space)
                .into_iter()
                .filter_map(|space| lookup_name_in(space, &name, sdk.as_ref()))
                .collect();
            report(
                out,
                &found,
                sdk.as_ref(),
                json,
                format!("unknown name {}", escaped(&name)),
            )
        }
        Command::Sdks { json } => {
            if json {
                writeln!(out, "{}", json::sdks_json())?;
            } else {
                out.write_all(table::sdks().as_bytes())?;
            }
            Ok(Answer::Given)
        }
        Command::Search { text, json } => {
            let found: Vec<&'static Entry> = search(&text).collect();
            if json {
                writeln!(out, "{}", json::entries_json(&found))?;
            } else {
                out.write_all(table::list(&found).as_bytes())?;
            }
            Ok(if found.is_empty() {
                Answer::Missing(format!("nothing matches \"{}\"", escaped(&text)))
            } else {
                Answer::Given
            })
        }
        Command::List { space, category, json } => {
            let found = select(space, category);
            if json {
                writeln!(out, "{}", json::entries_json(&found))?;
            } else {
                out.write_all(table::list(&found).as_bytes())?;
            }
            Ok(Answer::Given)
        }
        Command::Export {
            format,
            reading: Reading { space, lang },
            json: _,
        } => {
            let found = match format {
                Format::Ts => select(Some(space.unwrap_or(Space::Web)), None),
                _ => select(space, None),
            };
            let exported = match format {
                Format::Json => json::export_json(&found) + "\n",
                Format::Csv => export::csv(&found, lang),
                Format::Markdown => export::markdown(&found, lang.unwrap_or(Language::En)),
                Format::Ts => typescript::module(&found),
                Format::Html => html::reference(&found),
            };
            out.write_all(exported.as_bytes())?;
            Ok(Answer::Given)
        }
        Command::Diff {
            page: argument,
            reading: Reading { space, lang },
            json,
        } => {
            let source = Source::from_arg(&argument);
            let shown = source.to_string();
            let cannot_read = |why: &dyn Display| {
                Answer::Missing(format!(
                    "cannot read {}: {}",
                    escaped(&shown),
                    escaped(&why.to_string())
                ))
            };
            let text = match Input::with_max_bytes(cli.max_input_bytes).text(&source) {
                Ok(text) => text,
                Err(error) => return Ok(cannot_read(&error)),
            };
            let rows = match page::parse_page(&text) {
                Ok(rows) => rows,
                Err(error) => return Ok(cannot_read(&error)),
            };
            drop(text);
            if rows.is_empty() {
                return Ok(Answer::Missing(format!("{} has no error-table rows", escaped(&shown))));
            }
            let report = diff::diff_page(&argument.to_string_lossy(), rows, space, lang);
            if json {
                diff::write_json(&report, out)?;
            } else {
                diff::write_human(&report, out)?;
            }
            Ok(Answer::Given)
        }
        Command::SdkCheck {
            artifact: argument,
            sdk,
            json,
        } => {
            let sdk = match parse_sdk(sdk.as_deref()) {
                Ok(sdk) => sdk,
                Err(message) => return Ok(Answer::Refused(message)),
            };
            let source = Source::from_arg(&argument);
            let shown = source.to_string();
            let input = Input::with_max_bytes(cli.max_input_bytes);
            let read = match artifact::extract(&source, input, DEFAULT_LIMITS) {
                Ok(read) => read,
                Err(error) => {
                    return Ok(Answer::Missing(format!(
                        "cannot read {}: {}",
                        escaped(&shown),
                        escaped(&error.to_string())
                    )))
                }
            };
            let file = std::path::Path::new(&argument)
                .file_name()
                .map_or_else(|| shown.clone(), |name| name.to_string_lossy().into_owned());
            let Some(context) = sdk_check::context(&read, &file, sdk) else {
                return Ok(Answer::Refused(format!(
                    "cannot tell which SDK {} ({}) comes from: give --sdk family[@VERSION]",
                    escaped(&shown),
                    read.kind.name()
                )));
            };
            let report = sdk_check::check(&argument.to_string_lossy(), &read, context);
            if json {
                sdk_check::write_json(&report, out)?;
            } else {
                sdk_check::write_human(&report, out)?;
            }
            Ok(if report.findings.is_empty() {
                Answer::Given
            } else {
                Answer::Missing(format!(
                    "{} (code, name) pairs of {} are not recorded in the catalog",
                    report.findings.len(),
                    escaped(&shown)
                ))
            })
        }
    }
}
