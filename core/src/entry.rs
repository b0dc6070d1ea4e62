//! The shape of one catalog entry. Entries are only ever created by the
//! generated tables, so every `&'static Entry` the crate hands out is valid.

use crate::catalog::TEXT;
use crate::kinds::{Action, Category, Family, Language, Platform, Space, Status};
use crate::sdk::{Scope, Sdk};

/// A static UTF-8 string stored with a trailing NUL, so it can be handed to C
/// as is. It is an offset into the catalog's one text (the generated tables
/// hold no string pointers, so a shared library needs no relocation for
/// them); built only by the generated tables, whose every text is followed by
/// its NUL.
#[derive(Clone, Copy)]
pub struct StaticText {
    start: u32,
    len: u32,
}

impl StaticText {
    /// The empty text.
    pub(crate) const EMPTY: StaticText = StaticText {
        start: u32::MAX,
        len: 0,
    };

    /// The `len` bytes at `start` of the catalog's text (used by the generated tables).
    pub(crate) const fn at(start: u32, len: u32) -> Self {
        StaticText { start, len }
    }

    /// The text, without the trailing NUL.
    pub fn as_str(self) -> &'static str {
        TEXT.get(self.span(0)).unwrap_or("")
    }

    /// The text with its trailing NUL, ready to be passed to C as `const char *`.
    pub fn as_bytes_with_nul(self) -> &'static [u8] {
        TEXT.as_bytes().get(self.span(1)).unwrap_or(b"\0")
    }

    /// Where the text and `extra` bytes after it are in the catalog's text
    /// (an empty range past its end for [`StaticText::EMPTY`], on any target).
    fn span(self, extra: usize) -> core::ops::Range<usize> {
        let start = self.start as usize;
        start..start.saturating_add(self.len as usize).saturating_add(extra)
    }
}

impl PartialEq for StaticText {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for StaticText {}

impl core::hash::Hash for StaticText {
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl core::fmt::Debug for StaticText {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        core::fmt::Debug::fmt(self.as_str(), f)
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

/// A record of the catalog: the struct, its fields crate-private, and one
/// accessor a field, named as the field: `field: Type` returns a copy,
/// `field: &Type` a reference.
macro_rules! record {
    ($(#[$meta:meta])* $record:ident { $($fields:tt)* }) => {
        record!(@each [$(#[$meta])* $record] [] [] $($fields)*);
    };
    (@each [$(#[$meta:meta])* $record:ident] [$($field:tt)*] [$($accessor:tt)*]) => {
        $(#[$meta])*
        pub struct $record {
            $($field)*
        }

        impl $record {
            $($accessor)*
        }
    };
    (@each $head:tt [$($field:tt)*] [$($accessor:tt)*] $(#[$doc:meta])* $name:ident: &$kind:ty, $($rest:tt)*) => {
        record!(@each $head [$($field)* pub(crate) $name: $kind,] [$($accessor)*
            $(#[$doc])*
            pub fn $name(&self) -> &$kind {
                &self.$name
            }
        ] $($rest)*);
    };
    (@each $head:tt [$($field:tt)*] [$($accessor:tt)*] $(#[$doc:meta])* $name:ident: $kind:ty, $($rest:tt)*) => {
        record!(@each $head [$($field)* pub(crate) $name: $kind,] [$($accessor)*
            $(#[$doc])*
            pub fn $name(&self) -> $kind {
                self.$name
            }
        ] $($rest)*);
    };
}

record! {
    /// Provenance: one source (an official page revision or a shipped SDK
    /// header, by its extract's file name in `sources/extracts/`, or a seed page's
    /// file name) that lists a code, with the name it prints.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    Source {
        /// The source's file name (see `sources/README.md`).
        source: StaticText,
        /// The name that source prints for the code (possibly a misprint).
        name: StaticText,
    }
}

/// A seed page and the name it prints: the schema-1 view of a [`Source`].
pub type Seed = Source;

/// A code in a space: how equivalents point at each other.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CodeRef {
    /// The numbering space.
    pub space: Space,
    /// The code within that space.
    pub code: i32,
}

/// A meaning's names on each platform. Every one of them looks the meaning up.
#[derive(Debug, PartialEq, Eq)]
pub struct Names {
    pub(crate) canonical: StaticText,
    pub(crate) platform: &'static [(Platform, StaticText)],
    pub(crate) aliases: &'static [StaticText],
}

impl Names {
    /// The canonical name: the Android constant (native) or the JS name (web).
    /// The generated C, Kotlin and Swift constants are spelled from it.
    pub fn canonical(&self) -> StaticText {
        self.canonical
    }

    /// The name `platform` prints, when it differs from the canonical name.
    pub fn on(&self, platform: Platform) -> Option<StaticText> {
        self.platform
            .iter()
            .find(|(which, _)| *which == platform)
            .map(|&(_, name)| name)
    }

    /// The name an SDK of `family` prints.
    pub fn for_family(&self, family: Family) -> StaticText {
        self.on(family.platform()).unwrap_or(self.canonical)
    }

    /// The platform names that differ from the canonical one, with their platform.
    pub fn platforms(&self) -> &'static [(Platform, StaticText)] {
        self.platform
    }

    /// Other names that also look the meaning up.
    pub fn aliases(&self) -> &'static [StaticText] {
        self.aliases
    }

    /// Every name: canonical, platform names, aliases (a name may repeat).
    pub fn all(&self) -> impl Iterator<Item = StaticText> + '_ {
        core::iter::once(self.canonical)
            .chain(self.platform.iter().map(|&(_, name)| name))
            .chain(self.aliases.iter().copied())
    }

    /// Whether `name` is one of these names (ASCII case-insensitive).
    pub fn contains(&self, name: &str) -> bool {
        self.all().any(|known| known.as_str().eq_ignore_ascii_case(name))
    }
}

/// An empty text in both languages.
const NO_TEXT: LocalizedText = LocalizedText {
    en: StaticText::EMPTY,
    zh: StaticText::EMPTY,
};

/// What [`Entry::default_meaning`] would answer for an entry without
/// meanings, which the build rejects: it keeps that accessor free of panics.
static NO_MEANING: Meaning = Meaning {
    names: Names {
        canonical: StaticText::EMPTY,
        platform: &[],
        aliases: &[],
    },
    category: Category::General,
    transient: false,
    action: Action::None,
    status: Status::Current,
    scope: &[],
    summary: NO_TEXT,
    detail: NO_TEXT,
    user: NO_TEXT,
    sources: &[],
};

/// One meaning of a code: what the SDKs of its scope mean by it.
#[derive(Debug, PartialEq, Eq)]
pub struct Meaning {
    pub(crate) names: Names,
    pub(crate) category: Category,
    pub(crate) transient: bool,
    pub(crate) action: Action,
    pub(crate) status: Status,
    pub(crate) scope: &'static [Scope],
    pub(crate) summary: LocalizedText,
    pub(crate) detail: LocalizedText,
    pub(crate) user: LocalizedText,
    pub(crate) sources: &'static [Source],
}

impl Meaning {
    /// The names on each platform.
    pub fn names(&self) -> &Names {
        &self.names
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

    /// Whether SDKs still emit this meaning.
    pub fn status(&self) -> Status {
        self.status
    }

    /// The SDK families and releases that emit it (empty: no SDK does).
    pub fn scope(&self) -> &'static [Scope] {
        self.scope
    }

    /// Whether an SDK of this scope is `sdk`.
    pub fn is_emitted_by(&self, sdk: &Sdk) -> bool {
        self.scope.iter().any(|scope| scope.contains(sdk))
    }

    /// One sentence for developers, in both languages.
    pub fn summary(&self) -> &LocalizedText {
        &self.summary
    }

    /// The full explanation for developers (what happened, likely cause, what to do).
    pub fn detail(&self) -> &LocalizedText {
        &self.detail
    }

    /// A message an app can show its end user, in both languages.
    pub fn user(&self) -> &LocalizedText {
        &self.user
    }

    /// The pages and SDK headers that list this meaning, with the name each prints.
    pub fn sources(&self) -> &'static [Source] {
        self.sources
    }
}

record! {
    /// A source that says something else about a code, with no SDK artifact
    /// behind it, and why the catalog does not follow it.
    #[derive(Debug, PartialEq, Eq)]
    Conflict {
        /// The source's file name.
        source: StaticText,
        /// The name it prints for the code.
        says: StaticText,
        /// Why the catalog does not follow it, in both languages.
        reason: &LocalizedText,
    }
}

/// One error code of a space, with its meanings: the default first, then
/// the variants some SDKs emit instead.
#[derive(Debug, PartialEq, Eq)]
pub struct Entry {
    pub(crate) space: Space,
    pub(crate) code: i32,
    pub(crate) documented: bool,
    pub(crate) meanings: &'static [Meaning],
    pub(crate) conflicts: &'static [Conflict],
    pub(crate) equivalents: &'static [CodeRef],
    pub(crate) seeds: &'static [Source],
    pub(crate) constant: bool,
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

    /// Whether a current official page lists the code.
    pub fn is_documented(&self) -> bool {
        self.documented
    }

    /// Every meaning, the default first.
    pub fn meanings(&self) -> &'static [Meaning] {
        self.meanings
    }

    /// The meaning of the newest release of the space's reference family
    /// (`easemob-android` for native, `easemob-web` for web), or for a code
    /// that family lacks, of the newest family that has it.
    pub fn default_meaning(&self) -> &'static Meaning {
        self.meanings.first().unwrap_or(&NO_MEANING)
    }

    /// The meanings other than the default, each emitted by the SDKs of its scope.
    pub fn variants(&self) -> &'static [Meaning] {
        self.meanings.get(1..).unwrap_or(&[])
    }

    /// The meaning `sdk` emits: the one whose scope covers it, if any.
    pub fn meaning_for(&self, sdk: &Sdk) -> Option<&'static Meaning> {
        self.meanings.iter().find(|meaning| meaning.is_emitted_by(sdk))
    }

    /// Sources that say something else, with no artifact behind them.
    pub fn conflicts(&self) -> &'static [Conflict] {
        self.conflicts
    }

    /// Whether generated constants (C, Kotlin, Swift) name this code: false
    /// only for a code no SDK emits (its default meaning has no scope).
    pub fn has_constant(&self) -> bool {
        self.constant
    }

    /// The default meaning's canonical name (the SDK's constant name).
    pub fn name(&self) -> &'static str {
        self.name_text().as_str()
    }

    /// The canonical name as a NUL-terminated static text.
    pub fn name_text(&self) -> StaticText {
        self.default_meaning().names.canonical
    }

    /// The default meaning's other names that also look the entry up.
    pub fn aliases(&self) -> &'static [StaticText] {
        self.default_meaning().names.aliases
    }

    /// What the error is about (default meaning).
    pub fn category(&self) -> Category {
        self.default_meaning().category
    }

    /// Whether the same call may succeed if retried later (default meaning).
    pub fn is_transient(&self) -> bool {
        self.default_meaning().transient
    }

    /// The recovery a developer should take (default meaning).
    pub fn action(&self) -> Action {
        self.default_meaning().action
    }

    /// Whether SDKs still emit the default meaning.
    pub fn status(&self) -> Status {
        self.default_meaning().status
    }

    /// One sentence for developers, in both languages (default meaning).
    pub fn summary(&self) -> &'static LocalizedText {
        &self.default_meaning().summary
    }

    /// The full explanation, in both languages (default meaning).
    pub fn detail(&self) -> &'static LocalizedText {
        &self.default_meaning().detail
    }

    /// A message an app can show its end user, in both languages (default meaning).
    pub fn user(&self) -> &'static LocalizedText {
        &self.default_meaning().user
    }

    /// The seed pages that list this code, with the name each prints (from
    /// every meaning's sources and every conflict).
    pub fn seeds(&self) -> &'static [Seed] {
        self.seeds
    }

    /// Codes in the other space with the same meaning.
    pub fn equivalents(&self) -> &'static [CodeRef] {
        self.equivalents
    }

    /// Whether `name` is a name of any meaning of this entry (ASCII case-insensitive).
    pub fn is_named(&self, name: &str) -> bool {
        self.meanings.iter().any(|meaning| meaning.names.contains(name))
    }
}
