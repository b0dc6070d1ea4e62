//! Free-text search over names and text in both languages.

use crate::catalog::entries;
use crate::entry::{Entry, StaticText};
use crate::kinds::Space;

/// Entries of both spaces (web first) whose code is `query`, or one of whose
/// meanings' names (any platform's, aliases) or summary, detail or end-user
/// message in either language contains `query`, ignoring ASCII case. An empty
/// or all-blank query matches nothing.
pub fn search(query: &str) -> Search<'_> {
    Search {
        query: query.trim(),
        space: 0,
        index: 0,
    }
}

/// Iterator over the matches of a [`search`].
#[derive(Clone, Debug)]
pub struct Search<'a> {
    query: &'a str,
    space: usize,
    index: usize,
}

impl Iterator for Search<'_> {
    type Item = &'static Entry;

    fn next(&mut self) -> Option<Self::Item> {
        if self.query.is_empty() {
            return None;
        }
        while let Some(&space) = Space::ALL.get(self.space) {
            let all = entries(space);
            while let Some(entry) = all.get(self.index) {
                self.index += 1;
                if matches(entry, self.query) {
                    return Some(entry);
                }
            }
            self.space += 1;
            self.index = 0;
        }
        None
    }
}

fn matches(entry: &Entry, query: &str) -> bool {
    query.parse::<i32>() == Ok(entry.code()) || entry.search_texts().any(|text| contains_ignore_ascii_case(text, query))
}

impl Entry {
    /// The texts [`search`] looks in, for every meaning (the default first):
    /// its names (canonical, each platform's, aliases), its summary, detail
    /// and end-user message in both languages. A text may repeat.
    pub fn search_texts(&self) -> impl Iterator<Item = &'static str> {
        self.meanings().iter().flat_map(|meaning| {
            let texts = [
                meaning.summary().en(),
                meaning.summary().zh(),
                meaning.detail().en(),
                meaning.detail().zh(),
                meaning.user().en(),
                meaning.user().zh(),
            ];
            meaning.names().all().map(StaticText::as_str).chain(texts)
        })
    }
}

fn contains_ignore_ascii_case(haystack: &str, needle: &str) -> bool {
    let (haystack, needle) = (haystack.as_bytes(), needle.as_bytes());
    haystack.len() >= needle.len()
        && haystack
            .windows(needle.len())
            .any(|window| window.eq_ignore_ascii_case(needle))
}
