//! UniFFI bindings of the chat-errors catalog, for Kotlin and Swift.
//!
//! This crate is an rlib only: the one shipped native library is the ffi
//! crate (`libchat_errors`) built with its `uniffi` feature, which links this
//! crate in beside the C ABI. Bindings are generated from that library with
//! `uniffi-bindgen` (library mode); see `docs/bindings.md`.
//!
//! Every exported function copies catalog data into owned records, so each
//! call costs a trip through UniFFI's serialization. The idiomatic Kotlin and
//! Swift layers answer lookups from tables on their side: Swift fills them
//! with one [`lookup`] per entry, on first use; the Kotlin layer reads its
//! tables through JNI exports (`jni.rs`), so that its first answer needs no JNA.

use chat_errors as core;
use chat_errors::{Action, Category, Family, Fit, Language, Platform, Space, Status};

uniffi::setup_scaffolding!();

mod contract;
// No JVM runs on iOS: the Kotlin layer's exports would only add weight there.
#[cfg(not(target_os = "ios"))]
mod jni;

pub use contract::JNI_CONTRACT_VERSION;

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

/// An SDK family: a vendor's SDK for one platform (`easemob-ios`, `agora-android`...).
#[uniffi::remote(Enum)]
pub enum Family {
    EasemobAndroid,
    EasemobIos,
    AgoraAndroid,
    AgoraIos,
    EasemobWeb,
    AgoraWeb,
    EasemobWindows,
    EasemobUnity,
    EasemobHarmonyos,
    AgoraWindows,
    AgoraUnity,
    EasemobCpp,
}

/// Whether SDKs still emit a meaning.
#[uniffi::remote(Enum)]
pub enum Status {
    /// Emitted by current SDKs.
    Current,
    /// Still emitted, going away.
    Deprecated,
    /// No longer emitted.
    Removed,
}

/// How a [`Found`] meaning relates to the SDK asked about.
#[uniffi::remote(Enum)]
pub enum Fit {
    /// No SDK was given: the default meaning.
    Default,
    /// The meaning's scope covers the SDK given.
    Emitted,
    /// No meaning's scope covers the SDK given: the default meaning, as the best guess.
    Unscoped,
}

/// Why a text is not an SDK (`family` or `family@MAJOR[.MINOR[.PATCH]]`).
/// Kotlin gets `SdkException.UnknownFamily` / `.MalformedVersion`, Swift
/// `SdkError.UnknownFamily` / `.MalformedVersion`, each with the reason in
/// English as its message.
#[derive(Clone, Copy, Debug, PartialEq, Eq, uniffi::Error)]
#[uniffi(flat_error)]
pub enum SdkError {
    /// The part before `@` names no SDK family (see [`sdks`]).
    UnknownFamily,
    /// The part after `@` is not `MAJOR[.MINOR[.PATCH]]` (digits, each part at most 65535).
    MalformedVersion,
}

impl From<core::SdkError> for SdkError {
    fn from(error: core::SdkError) -> Self {
        match error {
            core::SdkError::UnknownFamily => SdkError::UnknownFamily,
            core::SdkError::MalformedVersion => SdkError::MalformedVersion,
        }
    }
}

impl std::fmt::Display for SdkError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let error = match self {
            SdkError::UnknownFamily => core::SdkError::UnknownFamily,
            SdkError::MalformedVersion => core::SdkError::MalformedVersion,
        };
        write!(f, "{error}")
    }
}

impl std::error::Error for SdkError {}

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

/// A meaning's names on each platform (a platform's name only where it
/// differs from the canonical one). Every one of them looks the meaning up.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct Names {
    /// The Android constant (native) or the JS name (web); the generated constants are spelled from it.
    pub canonical: String,
    /// Easemob Android, when it prints another name.
    pub android_easemob: Option<String>,
    /// Easemob iOS (`EMError...`).
    pub ios_easemob: Option<String>,
    /// Agora Chat iOS (`AgoraChatError...`).
    pub ios_agora: Option<String>,
    /// The C++ SDKs (Windows).
    pub cpp: Option<String>,
    /// The Unity SDKs.
    pub unity: Option<String>,
    /// The HarmonyOS SDK.
    pub harmonyos: Option<String>,
    /// Other names that also look the meaning up.
    pub aliases: Vec<String>,
}

/// The releases of one SDK family that emit a meaning (bounds inclusive,
/// `MAJOR[.MINOR[.PATCH]]`, none when open; a partial `until` covers its whole line).
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct Scope {
    /// The SDK family.
    pub family: Family,
    /// The first release, when bounded.
    pub from: Option<String>,
    /// The last release, when bounded.
    pub until: Option<String>,
}

/// A source (an SDK header extract or a documentation page) that lists a meaning.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct Source {
    /// The source's file name (see `sources/README.md`).
    pub source: String,
    /// The name it prints for the code.
    pub name: String,
}

/// One meaning of a code: what the SDKs of its scope mean by it.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct Meaning {
    /// The names on each platform.
    pub names: Names,
    /// What the error is about.
    pub category: Category,
    /// Whether the same call may succeed if retried later.
    pub is_transient: bool,
    /// The recovery to take.
    pub action: Action,
    /// Whether SDKs still emit this meaning.
    pub status: Status,
    /// The SDK families and releases that emit it (empty: no SDK does).
    pub scope: Vec<Scope>,
    /// One sentence for developers.
    pub summary: LocalizedText,
    /// The full explanation for developers.
    pub detail: LocalizedText,
    /// A message an app can show its end user.
    pub user: LocalizedText,
    /// The sources that list this meaning, with the name each prints.
    pub sources: Vec<Source>,
}

/// A source that says something else about a code, with no SDK artifact behind it.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct Conflict {
    /// The source's file name.
    pub source: String,
    /// The name it prints for the code.
    pub says: String,
    /// Why the catalog does not follow it.
    pub reason: LocalizedText,
}

/// One documented error code with everything the catalog knows about it.
/// The fields from `name` to `detail` and `status`, `user` are those of the
/// default meaning (`meanings[0]`).
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
    /// Whether a current official page lists the code.
    pub is_documented: bool,
    /// Whether SDKs still emit the default meaning.
    pub status: Status,
    /// A message an app can show its end user (default meaning).
    pub user: LocalizedText,
    /// Every meaning, the default first, then the variants some SDKs emit instead.
    pub meanings: Vec<Meaning>,
    /// Sources that say something else, with no SDK artifact behind them.
    pub conflicts: Vec<Conflict>,
}

/// A lookup's answer in an SDK's context.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct Found {
    /// The entry of the code.
    pub entry: ErrorEntry,
    /// The index in `entry.meanings` of the meaning that applies (0: the default).
    pub meaning_index: i32,
    /// The meaning that applies.
    pub meaning: Meaning,
    /// How the meaning was chosen.
    pub fit: Fit,
    /// The name the SDK asked about prints for it (the canonical name without an SDK).
    pub name: String,
}

/// Which meaning of an entry applies in an SDK's context (see [`meanings_in`]).
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct Choice {
    /// The code.
    pub code: i32,
    /// The index in the entry's `meanings` of the meaning that applies.
    pub meaning_index: i32,
    /// How it was chosen.
    pub fit: Fit,
    /// The name the SDK prints for that meaning.
    pub name: String,
}

/// A name and the meaning it looks up without an SDK (see [`names`]).
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct NameTarget {
    /// The name, as the catalog spells it.
    pub name: String,
    /// The code it finds.
    pub code: i32,
    /// The index of the meaning it finds in that entry's `meanings`.
    pub meaning_index: i32,
}

/// An SDK as parsed: its family and release (none: the newest).
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct SdkRelease {
    /// The family.
    pub family: Family,
    /// The release or release line (`3.9`), normalized; none: the newest release.
    pub version: Option<String>,
    /// The SDK spelled `family` or `family@VERSION`, normalized.
    pub text: String,
}

/// An SDK family and the releases the catalog knows of it.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct SdkFamily {
    /// The family.
    pub family: Family,
    /// Its name, as an SDK text spells it (`easemob-ios`).
    pub name: String,
    /// The releases the catalog knows (scope bounds, SDK headers), oldest first.
    pub versions: Vec<String>,
}

impl From<&core::LocalizedText> for LocalizedText {
    fn from(text: &core::LocalizedText) -> Self {
        LocalizedText {
            en: text.en().to_owned(),
            zh: text.zh().to_owned(),
        }
    }
}

fn texts(items: &[core::StaticText]) -> Vec<String> {
    items.iter().map(|item| item.as_str().to_owned()).collect()
}

fn sources(items: &[core::Source]) -> Vec<Source> {
    items
        .iter()
        .map(|source| Source {
            source: source.source().as_str().to_owned(),
            name: source.name().as_str().to_owned(),
        })
        .collect()
}

impl From<&core::Meaning> for Meaning {
    fn from(meaning: &core::Meaning) -> Self {
        let names = meaning.names();
        let on = |platform| names.on(platform).map(|name| name.as_str().to_owned());
        Meaning {
            names: Names {
                canonical: names.canonical().as_str().to_owned(),
                android_easemob: on(Platform::AndroidEasemob),
                ios_easemob: on(Platform::IosEasemob),
                ios_agora: on(Platform::IosAgora),
                cpp: on(Platform::Cpp),
                unity: on(Platform::Unity),
                harmonyos: on(Platform::Harmonyos),
                aliases: texts(names.aliases()),
            },
            category: meaning.category(),
            is_transient: meaning.is_transient(),
            action: meaning.action(),
            status: meaning.status(),
            scope: meaning
                .scope()
                .iter()
                .map(|scope| Scope {
                    family: scope.family(),
                    from: scope.from().map(|version| version.to_string()),
                    until: scope.until().map(|version| version.to_string()),
                })
                .collect(),
            summary: meaning.summary().into(),
            detail: meaning.detail().into(),
            user: meaning.user().into(),
            sources: sources(meaning.sources()),
        }
    }
}

impl From<&core::Entry> for ErrorEntry {
    fn from(entry: &core::Entry) -> Self {
        ErrorEntry {
            space: entry.space(),
            code: entry.code(),
            name: entry.name().to_owned(),
            aliases: texts(entry.aliases()),
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
            is_documented: entry.is_documented(),
            status: entry.status(),
            user: entry.user().into(),
            meanings: entry.meanings().iter().map(Meaning::from).collect(),
            conflicts: entry
                .conflicts()
                .iter()
                .map(|conflict| Conflict {
                    source: conflict.source().as_str().to_owned(),
                    says: conflict.says().as_str().to_owned(),
                    reason: conflict.reason().into(),
                })
                .collect(),
        }
    }
}

/// The index of `meaning` among the meanings of `entry`.
fn meaning_index(entry: &core::Entry, meaning: &core::Meaning) -> i32 {
    let index = entry
        .meanings()
        .iter()
        .position(|candidate| std::ptr::eq(candidate, meaning))
        .unwrap_or(0);
    i32::try_from(index).unwrap_or(0)
}

impl Found {
    fn new(found: core::Found, sdk: Option<&core::Sdk>) -> Self {
        Found {
            entry: found.entry.into(),
            meaning_index: meaning_index(found.entry, found.meaning),
            meaning: found.meaning.into(),
            fit: found.fit,
            name: found.name(sdk).as_str().to_owned(),
        }
    }
}

/// Parses an optional SDK text.
fn sdk_of(sdk: Option<String>) -> Result<Option<core::Sdk>, SdkError> {
    sdk.map(|text| core::Sdk::parse(&text))
        .transpose()
        .map_err(SdkError::from)
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

/// The text to show for a code held in a wider integer (Swift's `Int`): as
/// [`message`]; a code outside the 32-bit range gets the unknown-error text.
#[uniffi::export]
pub fn message_wide(space: Space, code: i64, language: Language) -> String {
    core::message_wide(space, code, language).to_string()
}

/// The meaning of `code` in `space` for `sdk` (`family` or `family@VERSION`;
/// none: the default meaning): the meaning whose scope covers the SDK, else
/// the default one (see [`Fit`]); none when the code is not in the catalog.
#[uniffi::export]
pub fn lookup_in(space: Space, code: i32, sdk: Option<String>) -> Result<Option<Found>, SdkError> {
    let sdk = sdk_of(sdk)?;
    Ok(core::lookup_in(space, code, sdk.as_ref()).map(|found| Found::new(found, sdk.as_ref())))
}

/// The meaning of `space` named `name` (any platform's name, ASCII
/// case-insensitive) for `sdk`: with an SDK, the meaning it emits wins; else a
/// default meaning before a variant, current before deprecated before removed,
/// then the lower code.
#[uniffi::export]
pub fn lookup_name_in(space: Space, name: &str, sdk: Option<String>) -> Result<Option<Found>, SdkError> {
    let sdk = sdk_of(sdk)?;
    Ok(core::lookup_name_in(space, name, sdk.as_ref()).map(|found| Found::new(found, sdk.as_ref())))
}

/// For every entry of `space`, in code order, the meaning `sdk` gets: the
/// answers of [`lookup_in`] in one call, for the idiomatic layers' caches.
#[uniffi::export]
pub fn meanings_in(space: Space, sdk: &str) -> Result<Vec<Choice>, SdkError> {
    let sdk = core::Sdk::parse(sdk)?;
    Ok(core::entries(space)
        .iter()
        .filter_map(|entry| core::lookup_in(space, entry.code(), Some(&sdk)))
        .map(|found| Choice {
            code: found.entry.code(),
            meaning_index: meaning_index(found.entry, found.meaning),
            fit: found.fit,
            name: found.name(Some(&sdk)).as_str().to_owned(),
        })
        .collect())
}

/// Every name of every meaning of `space` (one row per distinct spelling) and
/// the meaning [`lookup_name_in`] finds for it without an SDK, for the
/// idiomatic layers' name tables.
#[uniffi::export]
pub fn names(space: Space) -> Vec<NameTarget> {
    let mut seen = std::collections::BTreeSet::new();
    let mut targets = Vec::new();
    for entry in core::entries(space) {
        for name in entry.meanings().iter().flat_map(|meaning| meaning.names().all()) {
            let name = name.as_str();
            if !seen.insert(name) {
                continue;
            }
            if let Some(found) = core::lookup_name_in(space, name, None) {
                targets.push(NameTarget {
                    name: name.to_owned(),
                    code: found.entry.code(),
                    meaning_index: meaning_index(found.entry, found.meaning),
                });
            }
        }
    }
    targets
}

/// Parses `family` or `family@VERSION` (family names exact, see [`sdks`];
/// `VERSION` = `MAJOR[.MINOR[.PATCH]]`, each part at most 65535).
#[uniffi::export]
pub fn parse_sdk(text: &str) -> Result<SdkRelease, SdkError> {
    let sdk = core::Sdk::parse(text)?;
    Ok(SdkRelease {
        family: sdk.family,
        version: sdk.version.map(|version| version.to_string()),
        text: sdk.to_string(),
    })
}

/// The SDK families, with the releases the catalog knows of each.
#[uniffi::export]
pub fn sdks() -> Vec<SdkFamily> {
    Family::ALL
        .iter()
        .map(|&family| SdkFamily {
            family,
            name: family.as_str().to_owned(),
            versions: core::known_versions(family)
                .iter()
                .map(|version| version.to_string())
                .collect(),
        })
        .collect()
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
