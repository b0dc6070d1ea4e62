//! The error codes of the Agora Chat SDKs, in one catalog.
//!
//! Two numbering spaces exist and are never merged by number: [`Space::Web`]
//! (the Web SDK) and [`Space::Native`] (the Android and iOS SDKs). Every
//! documented code has an [`Entry`] with its constant name, category,
//! recovery [`Action`], whether it is transient, and text in English and
//! Chinese.
//!
//! A code may mean different things in different SDKs or releases: an entry
//! holds a default meaning and variants, each scoped to the SDK families and
//! versions that emit it. [`lookup_in`] and [`lookup_name_in`] answer for a
//! given [`Sdk`] (`easemob-ios@3.9`).
//!
//! The catalog is compiled into static tables at build time: lookups return
//! `&'static` data, allocate nothing and never panic.
//!
//! ```
//! use chat_errors::{lookup, Language, Space};
//!
//! let entry = lookup(Space::Web, 16).unwrap();
//! assert_eq!(entry.name(), "WEBIM_CONNCTION_DISCONNECTED");
//! assert!(entry.is_transient());
//! println!("{}", entry.summary().get(Language::Zh));
//! ```
#![no_std]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod catalog;
mod entry;
mod kinds;
mod message;
mod name_key;
mod schema;
mod sdk;
mod search;

pub use catalog::{
    entries, known_versions, lookup, lookup_in, lookup_name, lookup_name_any, lookup_name_in, Fit, Found, NameMatches,
};
pub use entry::{CodeRef, Conflict, Entry, LocalizedText, Meaning, Names, Seed, Source, StaticText};
pub use kinds::{Action, Category, Family, Language, Platform, Space, Status};
pub use message::{message, message_wide, Message};
pub use schema::SCHEMA_VERSION;
pub use sdk::{Scope, Sdk, SdkError, Version};
pub use search::{search, Search};

/// The catalog's version: the crate version of the release that carries it.
pub const CATALOG_VERSION: &str = env!("CARGO_PKG_VERSION");
