//! Free-text search over names and text in both languages.

use crate::catalog::entries;
use crate::entry::Entry;
use crate::kinds::Space;

/// Entries of both spaces (web first) whose code, name, alias, or summary or
/// detail in either language contains `query`, ignoring ASCII case. An empty
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
    /// The texts [`search`] looks in: the name, the summary and detail in
    /// both languages, and the aliases.
    pub fn search_texts(&self) -> impl Iterator<Item = &'static str> {
        let texts = [
            self.name(),
            self.summary().en(),
            self.summary().zh(),
            self.detail().en(),
            self.detail().zh(),
        ];
        texts
            .into_iter()
            .chain(self.aliases().iter().map(|alias| alias.as_str()))
    }
}

fn contains_ignore_ascii_case(haystack: &str, needle: &str) -> bool {
    let (haystack, needle) = (haystack.as_bytes(), needle.as_bytes());
    haystack.len() >= needle.len()
        && haystack
            .windows(needle.len())
            .any(|window| window.eq_ignore_ascii_case(needle))
}
