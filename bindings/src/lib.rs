//! UniFFI bindings of the chat-errors catalog, for Kotlin and Swift.
//!
//! This crate is an rlib only: the one shipped native library is the ffi
//! crate (`libchat_errors`) built with its `uniffi` feature, which links this
//! crate in beside the C ABI. Bindings are generated from that library with
//! `uniffi-bindgen` (library mode); see `docs/bindings.md`.
//!
//! Every exported function copies catalog data into owned records, so each
//! call costs a trip through UniFFI's serialization. The idiomatic Kotlin and
//! Swift layers call [`entries`] once per space and answer lookups from tables
//! on their side.

use chat_errors as core;
use chat_errors::{Action, Category, Language, Space};

uniffi::setup_scaffolding!();

/// Declares a core closed set to UniFFI as a remote enum, from core's own
/// definition (`chat_errors::closed_sets!`), doc comments included.
macro_rules! uniffi_enum {
    (
        $(#[$meta:meta])*
        $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $value:literal, $text:literal; )+
        }
    ) => {
        #[uniffi::remote(Enum)]
        $(#[$meta])*
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
        }
    };
}

chat_errors::closed_sets!(uniffi_enum);

/// A text in every language of the catalog.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct LocalizedText {
    /// English.
    pub en: String,
    /// Simplified Chinese.
    pub zh: String,
}

/// An official documentation page that lists a code (provenance).
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct Seed {
    /// The page's seed file name.
    pub page: String,
    /// The name that page prints for the code (may be a misprint).
    pub name: String,
}

/// A code in a numbering space.
#[derive(Clone, Copy, Debug, PartialEq, Eq, uniffi::Record)]
pub struct CodeRef {
    /// The numbering space.
    pub space: Space,
    /// The code.
    pub code: i32,
}

/// One documented error code with everything the catalog knows about it.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct ErrorEntry {
    /// The numbering space the code belongs to.
    pub space: Space,
    /// The code.
    pub code: i32,
    /// The SDK's constant name, exactly as the SDK spells it.
    pub name: String,
    /// Other names that also look the entry up.
    pub aliases: Vec<String>,
    /// What the error is about.
    pub category: Category,
    /// Whether the same call may succeed if retried later.
    pub is_transient: bool,
    /// The recovery to take.
    pub action: Action,
    /// One short sentence an app could show a person.
    pub summary: LocalizedText,
    /// The full explanation: what happened, likely cause, what to do.
    pub detail: LocalizedText,
    /// The official pages that list this code.
    pub seeds: Vec<Seed>,
    /// Codes in the other space with the same meaning.
    pub equivalents: Vec<CodeRef>,
}

impl From<&core::LocalizedText> for LocalizedText {
    fn from(text: &core::LocalizedText) -> Self {
        LocalizedText {
            en: text.en().to_owned(),
            zh: text.zh().to_owned(),
        }
    }
}

impl From<&core::Entry> for ErrorEntry {
    fn from(entry: &core::Entry) -> Self {
        ErrorEntry {
            space: entry.space(),
            code: entry.code(),
            name: entry.name().to_owned(),
            aliases: entry.aliases().iter().map(|alias| alias.as_str().to_owned()).collect(),
            category: entry.category(),
            is_transient: entry.is_transient(),
            action: entry.action(),
            summary: entry.summary().into(),
            detail: entry.detail().into(),
            seeds: entry
                .seeds()
                .iter()
                .map(|seed| Seed {
                    page: seed.source().as_str().to_owned(),
                    name: seed.name().as_str().to_owned(),
                })
                .collect(),
            equivalents: entry
                .equivalents()
                .iter()
                .map(|equivalent| CodeRef {
                    space: equivalent.space,
                    code: equivalent.code,
                })
                .collect(),
        }
    }
}

/// Every entry of `space`, in code order.
#[uniffi::export]
pub fn entries(space: Space) -> Vec<ErrorEntry> {
    core::entries(space).iter().map(ErrorEntry::from).collect()
}

/// The entry for `code` in `space`, or none when the code is not documented.
#[uniffi::export]
pub fn lookup(space: Space, code: i32) -> Option<ErrorEntry> {
    core::lookup(space, code).map(ErrorEntry::from)
}

/// The entry of `space` whose name or alias is `name` (ASCII case-insensitive),
/// or none.
#[uniffi::export]
pub fn lookup_name(space: Space, name: &str) -> Option<ErrorEntry> {
    core::lookup_name(space, name).map(ErrorEntry::from)
}

/// The entries of both spaces named `name`: web first, then native.
#[uniffi::export]
pub fn lookup_name_any(name: &str) -> Vec<ErrorEntry> {
    core::lookup_name_any(name).map(ErrorEntry::from).collect()
}

/// Entries of both spaces (web first) whose code, name, alias, summary or
/// detail contains `query`, ignoring ASCII case. A blank query matches nothing.
#[uniffi::export]
pub fn search(query: &str) -> Vec<ErrorEntry> {
    core::search(query).map(ErrorEntry::from).collect()
}

/// The text to show for any `code` in `space`: the entry's summary, or
/// "Unknown error (web 12345)" (in `language`) for an undocumented code.
#[uniffi::export]
pub fn message(space: Space, code: i32, language: Language) -> String {
    core::message(space, code, language).to_string()
}

/// The language for a tag such as `zh`, `zh-CN`, `zh_Hans` or `en-US`
/// (case-insensitive, by primary subtag), or none for any other tag.
#[uniffi::export]
pub fn language_from_tag(tag: &str) -> Option<Language> {
    Language::from_tag(tag)
}

/// The catalog's version (the crate version of the release that carries it).
#[uniffi::export]
pub fn catalog_version() -> String {
    core::CATALOG_VERSION.to_owned()
}
