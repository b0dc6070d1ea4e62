//! Concurrent lookups: 16 threads share one million calls (by code, by name,
//! by any-space name, search and message) and every answer must equal the one
//! a single-threaded run of the same query gave. The catalog is static and
//! immutable, so this guards against any hidden shared state creeping in.
//! Under miri the same code runs with fewer threads, calls and searches.

use chat_errors::{entries, lookup, lookup_name, lookup_name_any, message, search, Entry, Language, Space};
use std::fmt::Write as _;
use std::sync::Arc;
use std::thread;

#[cfg(not(miri))]
const THREADS: usize = 16;
#[cfg(not(miri))]
const TOTAL_CALLS: usize = 1_000_000;
#[cfg(miri)]
const THREADS: usize = 4;
#[cfg(miri)]
const TOTAL_CALLS: usize = 400;

/// One call into the catalog.
#[derive(Clone, Debug)]
enum Query {
    Code(Space, i32),
    Name(Space, String),
    NameAny(String),
    Search(String),
    Message(Space, i32, Language),
}

/// What a call answered, as comparable values (entries by address: the
/// catalog hands out `&'static` entries, so the same answer is the same address).
#[derive(Clone, Debug, PartialEq, Eq)]
enum Answer {
    Entry(Option<usize>),
    Entries(Vec<usize>),
    Text(String),
}

fn address(entry: &'static Entry) -> usize {
    entry as *const Entry as usize
}

fn run(query: &Query) -> Answer {
    match query {
        Query::Code(space, code) => Answer::Entry(lookup(*space, *code).map(address)),
        Query::Name(space, name) => Answer::Entry(lookup_name(*space, name).map(address)),
        Query::NameAny(name) => Answer::Entries(lookup_name_any(name).map(address).collect()),
        Query::Search(text) => Answer::Entries(search(text).map(address).collect()),
        Query::Message(space, code, language) => {
            let mut text = String::new();
            write!(text, "{}", message(*space, *code, *language)).expect("formatting into a String");
            Answer::Text(text)
        }
    }
}

/// Every entry by code, name, lower-case name and alias; the codes around
/// and between them; the integer extremes; names that are not there; a few
/// searches; messages in both languages for found and unknown codes.
fn queries() -> Vec<Query> {
    let mut queries = Vec::new();
    for &space in Space::ALL {
        for entry in entries(space) {
            let code = entry.code();
            queries.push(Query::Code(space, code));
            queries.push(Query::Code(space, code.wrapping_add(1)));
            queries.push(Query::Code(space, code.wrapping_sub(1)));
            queries.push(Query::Name(space, entry.name().to_owned()));
            queries.push(Query::Name(space, entry.name().to_ascii_lowercase()));
            queries.push(Query::Name(space, format!("{}_", entry.name())));
            queries.push(Query::NameAny(entry.name().to_owned()));
            for alias in entry.aliases() {
                queries.push(Query::Name(space, alias.as_str().to_owned()));
            }
            for &language in Language::ALL {
                queries.push(Query::Message(space, code, language));
            }
        }
        for code in [i32::MIN, i32::MIN + 1, -1, 0, i32::MAX - 1, i32::MAX] {
            queries.push(Query::Code(space, code));
            queries.push(Query::Message(space, code, Language::Zh));
        }
        queries.push(Query::Name(space, String::new()));
    }
    // Full-text search is slow under miri: one query there, several natively.
    let searches: &[&str] = if cfg!(miri) {
        &["超时"]
    } else {
        &["token", "TIMEOUT", "超时", "group", "0", "", "   ", "NO_SUCH_THING"]
    };
    for &text in searches {
        queries.push(Query::Search(text.to_owned()));
    }
    queries
}

#[test]
fn sixteen_threads_answer_like_one() {
    let queries = Arc::new(queries());
    let expected: Arc<Vec<Answer>> = Arc::new(queries.iter().map(run).collect());
    assert!(
        expected.iter().any(|answer| matches!(answer, Answer::Entry(Some(_)))),
        "the workload must find entries"
    );
    assert!(
        expected.iter().any(|answer| answer == &Answer::Entry(None)),
        "the workload must miss too"
    );

    let per_thread = TOTAL_CALLS / THREADS;
    let workers: Vec<_> = (0..THREADS)
        .map(|worker| {
            let queries = Arc::clone(&queries);
            let expected = Arc::clone(&expected);
            thread::spawn(move || {
                // Each thread walks the queries from its own offset, so at
                // any moment the threads ask different things.
                let start = worker * queries.len() / THREADS;
                let mut mismatches = Vec::new();
                for call in 0..per_thread {
                    let index = (start + call) % queries.len();
                    let answer = run(&queries[index]);
                    if answer != expected[index] {
                        mismatches.push((queries[index].clone(), answer));
                    }
                }
                (per_thread, mismatches)
            })
        })
        .collect();

    let mut calls = 0;
    for worker in workers {
        let (done, mismatches) = worker.join().expect("a worker thread panicked");
        assert!(
            mismatches.is_empty(),
            "answers differ from the single-threaded run: {mismatches:?}"
        );
        calls += done;
    }
    assert_eq!(calls, TOTAL_CALLS);
}
