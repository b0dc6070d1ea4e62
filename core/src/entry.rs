//! The shape of one catalog entry. Entries are only ever created by the
//! generated tables, so every `&'static Entry` the crate hands out is valid.

use crate::kinds::{Action, Category, Language, Space};

/// A static UTF-8 string stored with a trailing NUL, so it can be handed to C
/// as is. Built only by the generated tables, which guarantee exactly one NUL,
/// at the end.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct StaticText(&'static str);

impl StaticText {
    /// Wraps a literal that ends in its only NUL (used by the generated tables).
    pub(crate) const fn new(with_nul: &'static str) -> Self {
        StaticText(with_nul)
    }

    /// The text, without the trailing NUL.
    pub fn as_str(self) -> &'static str {
        let len = self.0.len().saturating_sub(1);
        self.0.get(..len).unwrap_or("")
    }

    /// The text with its trailing NUL, ready to be passed to C as `const char *`.
    pub fn as_bytes_with_nul(self) -> &'static [u8] {
        self.0.as_bytes()
    }
}

impl core::fmt::Display for StaticText {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One text in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocalizedText {
    pub(crate) en: StaticText,
    pub(crate) zh: StaticText,
}

impl LocalizedText {
    /// The text in `language`.
    pub fn get(&self, language: Language) -> StaticText {
        match language {
            Language::En => self.en,
            Language::Zh => self.zh,
        }
    }

    /// The English text.
    pub fn en(&self) -> &'static str {
        self.en.as_str()
    }

    /// The Chinese text.
    pub fn zh(&self) -> &'static str {
        self.zh.as_str()
    }
}

/// Provenance: one official page that lists an entry, with the name it prints.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Seed {
    pub(crate) page: StaticText,
    pub(crate) name: StaticText,
}

impl Seed {
    /// The seed page's file name.
    pub fn page(&self) -> StaticText {
        self.page
    }

    /// The name that page prints for the code (possibly a misprint).
    pub fn name(&self) -> StaticText {
        self.name
    }
}

/// A code in a space: how equivalents point at each other.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CodeRef {
    /// The numbering space.
    pub space: Space,
    /// The code within that space.
    pub code: i32,
}

/// One documented error code.
#[derive(Debug, PartialEq, Eq)]
pub struct Entry {
    pub(crate) space: Space,
    pub(crate) code: i32,
    pub(crate) name: StaticText,
    pub(crate) aliases: &'static [StaticText],
    pub(crate) category: Category,
    pub(crate) transient: bool,
    pub(crate) action: Action,
    pub(crate) summary: LocalizedText,
    pub(crate) detail: LocalizedText,
    pub(crate) seeds: &'static [Seed],
    pub(crate) equivalents: &'static [CodeRef],
}

impl Entry {
    /// The numbering space the code belongs to.
    pub fn space(&self) -> Space {
        self.space
    }

    /// The numeric code.
    pub fn code(&self) -> i32 {
        self.code
    }

    /// The SDK's constant name, exactly as the SDK spells it.
    pub fn name(&self) -> &'static str {
        self.name.as_str()
    }

    /// The constant name as a NUL-terminated static text.
    pub fn name_text(&self) -> StaticText {
        self.name
    }

    /// Other names that also look this entry up.
    pub fn aliases(&self) -> &'static [StaticText] {
        self.aliases
    }

    /// What the error is about.
    pub fn category(&self) -> Category {
        self.category
    }

    /// Whether the same call may succeed if retried later.
    pub fn is_transient(&self) -> bool {
        self.transient
    }

    /// The recovery a developer should take.
    pub fn action(&self) -> Action {
        self.action
    }

    /// One short sentence an app could show a person, in both languages.
    pub fn summary(&self) -> &LocalizedText {
        &self.summary
    }

    /// The full explanation (what happened, likely cause, what to do), in both languages.
    pub fn detail(&self) -> &LocalizedText {
        &self.detail
    }

    /// The official pages that list this code, with the name each prints.
    pub fn seeds(&self) -> &'static [Seed] {
        self.seeds
    }

    /// Codes in the other space with the same meaning.
    pub fn equivalents(&self) -> &'static [CodeRef] {
        self.equivalents
    }

    /// Whether `name` is this entry's name or one of its aliases (ASCII case-insensitive).
    pub fn is_named(&self, name: &str) -> bool {
        self.name().eq_ignore_ascii_case(name)
            || self
                .aliases
                .iter()
                .any(|alias| alias.as_str().eq_ignore_ascii_case(name))
    }
}
