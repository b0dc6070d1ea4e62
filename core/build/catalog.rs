//! Reads and validates the catalog files and renders them as Rust tables.
//!
//! Used by `build.rs` (so a bad catalog stops the build) and by the
//! validation tests (so every rule is shown to reject what it should).

use crate::kinds::{Action, Category, Family, Platform, Space, Status};
use crate::name_key::name_hash;
use crate::schema::SCHEMA_VERSION;
use crate::sdk::{Scope, Sdk, Version};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

/// The widest code range (max - min + 1) a space may span: codes are indexed
/// by a dense table of this many slots at the most.
pub const MAX_CODE_SPAN: i64 = 1 << 16;

/// The seed pages (`../shared/seeds/`, outside the project) a source may
/// name besides the extracts of `sources/sources.tsv`, with their space.
pub const SEED_PAGES: [(&str, Space); 5] = [
    ("000_81897c9467009b78.txt", Space::Web),
    ("001_526b936482aa2d66.txt", Space::Web),
    ("002_be09d2de2d11e0f5.txt", Space::Web),
    ("003_8634558e6088e567.txt", Space::Native),
    ("004_8bb21ba864ddc34b.txt", Space::Web),
];

/// A catalog file (`core/catalog/<space>.toml`): this struct and the ones
/// below are its format. The build stops with a message naming the entry
/// when any rule documented here is broken; no text may be empty.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    /// The version of this format (`SCHEMA_VERSION`).
    schema_version: u32,
    /// The numbering space every entry belongs to: "web" or "native".
    space: String,
    /// One `[[entry]]` table per code, ordered by code.
    entry: Vec<RawEntry>,
}

/// One `[[entry]]` table: a code and its meanings.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    /// Integer, unique within the space (an i32).
    code: i32,
    /// Whether a current official page lists the code.
    documented: bool,
    /// Codes in the other space with truly the same meaning, as
    /// `{ space = "...", code = N }` tables. Must be symmetric.
    equivalents: Vec<RawRef>,
    /// One or more `[[entry.meaning]]` tables. The first is the default
    /// meaning: the one of the newest release of the space's reference family
    /// (`easemob-android` for native, `easemob-web` for web), or for a code that
    /// family lacks, of the newest family that has it. The others are variants:
    /// each must cite an SDK header of its scope among its sources. No two
    /// meanings may have overlapping scopes.
    meaning: Vec<RawMeaning>,
    /// `[[entry.conflict]]` tables: sources that say something else with no
    /// SDK artifact behind them (may be absent).
    #[serde(default)]
    conflict: Vec<RawConflict>,
}

/// One `[[entry.meaning]]` table.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMeaning {
    /// The names, see [`RawNames`].
    names: RawNames,
    /// One of the names of `Category` (core/src/kinds.rs): general, request, ...
    category: String,
    /// True when the same call may succeed if retried later.
    transient: bool,
    /// The recovery to take, one of the names of `Action` (core/src/kinds.rs).
    action: String,
    /// "current", "deprecated" (still emitted, going away) or "removed" (no
    /// longer emitted; kept readable, so its text is required like any other).
    status: String,
    /// The SDKs that emit this meaning: `{ family = "easemob-ios", from = "4.0",
    /// until = "4.15" }` tables. Families are the names of `Family`
    /// (core/src/kinds.rs). Versions are `MAJOR[.MINOR[.PATCH]]`; `from` and
    /// `until` are both inclusive and optional, a partial `from` meaning the
    /// first release of its line and a partial `until` the newest (`until =
    /// "3.9"` covers every 3.9.x). Empty only for a removed meaning no SDK
    /// emits (such a code gets no generated constant).
    scope: Vec<RawScope>,
    /// One sentence for developers (`summary.en`, `summary.zh`).
    summary: RawText,
    /// The full explanation for developers: what happened, likely cause, what to do.
    detail: RawText,
    /// A message an app can show its end user: plain words, no SDK jargon.
    user: RawText,
    /// Every source that lists this meaning, as `{ source = "<file>", name =
    /// "<the name it prints>" }`: an extract of `sources/extracts/` (listed in
    /// `sources/sources.tsv`) or a seed page of [`SEED_PAGES`]. Misprinted
    /// names live here, never in the names.
    sources: Vec<RawSource>,
}

/// A meaning's names. `canonical` is required: the Android constant (native;
/// for a code no Android SDK has, the iOS name without its prefix in
/// constant case) or the JS name (web), A-Z, 0-9 and _. The others are given
/// only where the platform prints another name: `android_easemob` (the
/// Easemob Android SDK), `ios_easemob` (`EMError…`), `ios_agora`
/// (`AgoraChatError…`), `cpp` (the C++ core and the Windows SDKs), `unity`,
/// `harmonyos`; `aliases`: other spellings that look the meaning up. Every
/// name is A-Z, a-z, 0-9 and _, and unique (ASCII case-insensitive) among the
/// meanings of the space whose scopes overlap.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNames {
    canonical: String,
    android_easemob: Option<String>,
    ios_easemob: Option<String>,
    ios_agora: Option<String>,
    cpp: Option<String>,
    unity: Option<String>,
    harmonyos: Option<String>,
    #[serde(default)]
    aliases: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScope {
    family: String,
    from: Option<String>,
    until: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRef {
    space: String,
    code: i32,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawText {
    en: String,
    zh: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    source: String,
    name: String,
}

/// One `[[entry.conflict]]` table: `source` (a file as in `sources`), `says`
/// (the name it prints for the code) and `reason` (`reason.en`,
/// `reason.zh`: why the catalog does not follow it).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConflict {
    source: String,
    says: String,
    reason: RawText,
}

/// What kind of document a source is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceKind {
    /// An official documentation page.
    Page,
    /// A header shipped in an SDK artifact.
    Header,
    /// A shipped SDK package (an npm tarball, an Android AAR) that the tests
    /// fetch and read with `chat-errors sdk-check`; its identifier is
    /// `registry:package@version`.
    Artifact,
}

/// A source a catalog entry may cite.
#[derive(Clone, Debug)]
pub struct KnownSource {
    pub kind: SourceKind,
    /// The family the source documents or ships with (none for seed pages).
    pub family: Option<Family>,
    /// The SDK release a header ships in, when known.
    pub version: Option<Version>,
}

/// The sources a catalog may cite: the rows of `sources/sources.tsv` (its
/// contents given) and the seed pages.
pub fn known_sources(sources_tsv: &str) -> Result<BTreeMap<String, KnownSource>, String> {
    let mut known = BTreeMap::new();
    for (page, _) in SEED_PAGES {
        let source = KnownSource {
            kind: SourceKind::Page,
            family: None,
            version: None,
        };
        known.insert(page.to_owned(), source);
    }
    for line in sources_tsv
        .lines()
        .filter(|line| !line.starts_with('#') && !line.is_empty())
    {
        let cells: Vec<&str> = line.split('\t').collect();
        let [_, _, _, kind, family, version, _, file] = cells[..] else {
            return Err(format!("sources.tsv: a row has {} cells, not 8: {line}", cells.len()));
        };
        let kind = match kind {
            "page" => SourceKind::Page,
            "header" => SourceKind::Header,
            "artifact" => SourceKind::Artifact,
            other => return Err(format!("sources.tsv: {file}: unknown kind {other}")),
        };
        let family =
            Family::from_name(family).ok_or_else(|| format!("sources.tsv: {file}: unknown family {family}"))?;
        // "4.8.1 (Podfile.lock)", "3.8.x (before 3.9.0 ...)", "unknown (...)", "-".
        let first = version.split_whitespace().next().unwrap_or("");
        let version = Version::parse(first.trim_end_matches(".x"));
        known.insert(
            file.to_owned(),
            KnownSource {
                kind,
                family: Some(family),
                version,
            },
        );
    }
    Ok(known)
}

/// A validated meaning.
pub struct Meaning {
    pub canonical: String,
    pub platform: Vec<(Platform, String)>,
    pub aliases: Vec<String>,
    pub category: Category,
    pub transient: bool,
    pub action: Action,
    pub status: Status,
    pub scope: Vec<Scope>,
    pub summary: (String, String),
    pub detail: (String, String),
    pub user: (String, String),
    pub sources: Vec<(String, String)>,
}

impl Meaning {
    /// Every name, canonical first, each once (ASCII case-insensitive).
    pub fn names(&self) -> Vec<&str> {
        let mut seen = BTreeSet::new();
        std::iter::once(self.canonical.as_str())
            .chain(self.platform.iter().map(|(_, name)| name.as_str()))
            .chain(self.aliases.iter().map(String::as_str))
            .filter(|name| seen.insert(name.to_ascii_uppercase()))
            .collect()
    }
}

/// A validated conflict.
pub struct Conflict {
    pub source: String,
    pub says: String,
    pub reason: (String, String),
}

/// A validated entry.
pub struct Entry {
    pub code: i32,
    pub documented: bool,
    pub meanings: Vec<Meaning>,
    pub conflicts: Vec<Conflict>,
    pub equivalents: Vec<(Space, i32)>,
    /// Whether the code gets a generated constant: its default meaning has a
    /// scope, and (for a removed one) no other code's constant has its name.
    pub constant: bool,
}

impl Entry {
    /// The default meaning's canonical name.
    pub fn name(&self) -> &str {
        &self.meanings[0].canonical
    }

    /// The seed pages among the sources and conflicts, with the names they print.
    pub fn seeds(&self) -> Vec<(String, String)> {
        let seeds: BTreeSet<(String, String)> = self
            .meanings
            .iter()
            .flat_map(|meaning| meaning.sources.iter().cloned())
            .chain(self.conflicts.iter().map(|c| (c.source.clone(), c.says.clone())))
            .filter(|(source, _)| SEED_PAGES.iter().any(|(page, _)| page == source))
            .collect();
        seeds.into_iter().collect()
    }
}

/// A validated catalog: every space, each with its entries in code order.
pub struct Catalog {
    pub spaces: BTreeMap<Space, Vec<Entry>>,
    /// The versions named by scopes and by cited headers, per family.
    pub versions: BTreeMap<Family, BTreeSet<Version>>,
}

/// Parses and validates catalog files given as `(file label, contents)`,
/// against the sources they may cite. On failure returns every problem
/// found, each naming its file and entry.
pub fn load(files: &[(&str, &str)], sources: &BTreeMap<String, KnownSource>) -> Result<Catalog, Vec<String>> {
    let mut errors = Vec::new();
    let mut spaces = BTreeMap::new();
    for (label, contents) in files {
        if let Some((space, entries)) = read_file(label, contents, sources, &mut errors) {
            if spaces.insert(space, entries).is_some() {
                errors.push(format!("{label}: space \"{space}\" is defined by more than one file"));
            }
        }
    }
    for space in Space::ALL {
        if !spaces.contains_key(space) {
            errors.push(format!("no catalog file defines space \"{space}\""));
        }
    }
    check_equivalents(&spaces, &mut errors);
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut versions: BTreeMap<Family, BTreeSet<Version>> = BTreeMap::new();
    for meaning in spaces.values().flatten().flat_map(|entry| &entry.meanings) {
        for scope in &meaning.scope {
            let known = versions.entry(scope.family).or_default();
            known.extend(scope.from.iter().chain(&scope.until));
        }
        for (file, _) in &meaning.sources {
            if let Some(KnownSource {
                kind: SourceKind::Header | SourceKind::Artifact,
                family: Some(family),
                version: Some(version),
            }) = sources.get(file)
            {
                versions.entry(*family).or_default().insert(*version);
            }
        }
    }
    Ok(Catalog { spaces, versions })
}

fn read_file(
    label: &str,
    contents: &str,
    sources: &BTreeMap<String, KnownSource>,
    errors: &mut Vec<String>,
) -> Option<(Space, Vec<Entry>)> {
    let raw: RawFile = match toml::from_str(contents) {
        Ok(raw) => raw,
        Err(error) => {
            errors.push(format!("{label}: not a valid catalog file: {error}"));
            return None;
        }
    };
    if raw.schema_version != SCHEMA_VERSION {
        errors.push(format!(
            "{label}: schema_version {} is not supported (this build reads {SCHEMA_VERSION})",
            raw.schema_version
        ));
        return None;
    }
    let Some(space) = Space::from_name(&raw.space) else {
        errors.push(format!("{label}: unknown space \"{}\"", raw.space));
        return None;
    };
    let mut entries: Vec<Entry> = raw
        .entry
        .into_iter()
        .filter_map(|entry| read_entry(label, space, entry, sources, errors))
        .collect();
    check_space(label, space, &mut entries, errors);
    Some((space, entries))
}

fn read_text(at: &str, field: &str, text: RawText, errors: &mut Vec<String>) -> (String, String) {
    for (language, value) in [("en", &text.en), ("zh", &text.zh)] {
        if value.trim().is_empty() {
            errors.push(format!("{at}: {field}.{language} is empty"));
        }
        if value.contains('\0') {
            errors.push(format!("{at}: {field}.{language} contains a NUL character"));
        }
    }
    (text.en, text.zh)
}

fn read_version(at: &str, text: Option<&String>, errors: &mut Vec<String>) -> Option<Version> {
    let text = text?;
    let version = Version::parse(text);
    if version.is_none() {
        errors.push(format!(
            "{at}: malformed version \"{text}\" (expected MAJOR[.MINOR[.PATCH]])"
        ));
    }
    version
}

fn read_scope(at: &str, raw: &RawScope, errors: &mut Vec<String>) -> Option<Scope> {
    let Some(family) = Family::from_name(&raw.family) else {
        errors.push(format!("{at}: unknown family \"{}\"", raw.family));
        return None;
    };
    let from = read_version(at, raw.from.as_ref(), errors);
    let until = read_version(at, raw.until.as_ref(), errors);
    if let (Some(from), Some(until)) = (from, until) {
        if from.first() > until.newest() {
            errors.push(format!("{at}: scope {family} starts ({from}) after it ends ({until})"));
        }
    }
    Some(Scope { family, from, until })
}

fn read_names(
    at: &str,
    space: Space,
    raw: RawNames,
    errors: &mut Vec<String>,
) -> (String, Vec<(Platform, String)>, Vec<String>) {
    if !is_constant_name(&raw.canonical) {
        errors.push(format!("{at}: name must be non-empty and made of A-Z, 0-9 and _"));
    }
    let platform: Vec<(Platform, String)> = [
        (Platform::AndroidEasemob, raw.android_easemob),
        (Platform::IosEasemob, raw.ios_easemob),
        (Platform::IosAgora, raw.ios_agora),
        (Platform::Cpp, raw.cpp),
        (Platform::Unity, raw.unity),
        (Platform::Harmonyos, raw.harmonyos),
    ]
    .into_iter()
    .filter_map(|(platform, name)| Some((platform, name?)))
    .collect();
    if space == Space::Web && !platform.is_empty() {
        errors.push(format!("{at}: web names have no platform spellings"));
    }
    for name in platform.iter().map(|(_, name)| name).chain(&raw.aliases) {
        if !is_identifier(name) {
            errors.push(format!(
                "{at}: name \"{name}\" must be non-empty and made of A-Z, a-z, 0-9 and _"
            ));
        }
    }
    (raw.canonical, platform, raw.aliases)
}

fn read_meaning(
    at: &str,
    space: Space,
    variant: bool,
    raw: RawMeaning,
    sources: &BTreeMap<String, KnownSource>,
    errors: &mut Vec<String>,
) -> Option<Meaning> {
    let before = errors.len();
    let (canonical, platform, aliases) = read_names(at, space, raw.names, errors);
    let at = format!("{at} {canonical}");
    let category = Category::from_name(&raw.category);
    if category.is_none() {
        errors.push(format!("{at}: unknown category \"{}\"", raw.category));
    }
    let action = Action::from_name(&raw.action);
    if action.is_none() {
        errors.push(format!("{at}: unknown action \"{}\"", raw.action));
    }
    let status = Status::from_name(&raw.status);
    if status.is_none() {
        errors.push(format!("{at}: unknown status \"{}\"", raw.status));
    }
    let scope: Vec<Scope> = raw
        .scope
        .iter()
        .filter_map(|scope| read_scope(&at, scope, errors))
        .collect();
    if scope.is_empty() && status != Some(Status::Removed) {
        errors.push(format!(
            "{at}: scope is empty: only a removed meaning may be emitted by no SDK"
        ));
    }
    for (index, one) in scope.iter().enumerate() {
        if scope[..index].iter().any(|other| other.overlaps(one)) {
            errors.push(format!("{at}: scope {one} overlaps another scope of the same meaning"));
        }
    }
    let text_at = match status {
        Some(Status::Removed) => format!("{at} (removed: its text stays readable)"),
        _ => at.clone(),
    };
    let summary = read_text(&text_at, "summary", raw.summary, errors);
    let detail = read_text(&text_at, "detail", raw.detail, errors);
    if raw.user.en.trim().is_empty() || raw.user.zh.trim().is_empty() {
        errors.push(format!("{at}: user message missing (user.en and user.zh are required)"));
    }
    let user = read_text(&at, "user", raw.user, errors);
    if raw.sources.is_empty() {
        errors.push(format!(
            "{at}: sources is empty: every meaning comes from at least one source"
        ));
    }
    let mut seen = BTreeSet::new();
    for source in &raw.sources {
        if source.name.trim().is_empty() || source.name.contains('\0') {
            errors.push(format!("{at}: source {} has an empty name", source.source));
        }
        if !sources.contains_key(&source.source) {
            errors.push(format!(
                "{at}: unknown source file \"{}\" (not in sources/sources.tsv nor a seed page)",
                source.source
            ));
        }
        if !seen.insert((&source.source, &source.name)) {
            errors.push(format!(
                "{at}: source {} {} is listed twice",
                source.source, source.name
            ));
        }
    }
    if variant {
        let backed = raw.sources.iter().any(|source| match sources.get(&source.source) {
            Some(KnownSource {
                kind: SourceKind::Header | SourceKind::Artifact,
                family: Some(family),
                version,
            }) => scope.iter().any(|scope| {
                scope.contains(&Sdk {
                    family: *family,
                    version: *version,
                }) || (scope.family == *family && version.is_none())
            }),
            _ => false,
        });
        if !backed {
            errors.push(format!(
                "{at}: a variant must cite an SDK header or artifact of its scope among its sources"
            ));
        }
    }
    if errors.len() != before {
        return None;
    }
    Some(Meaning {
        canonical,
        platform,
        aliases,
        category: category?,
        transient: raw.transient,
        action: action?,
        status: status?,
        scope,
        summary,
        detail,
        user,
        sources: raw
            .sources
            .into_iter()
            .map(|source| (source.source, source.name))
            .collect(),
    })
}

fn read_entry(
    label: &str,
    space: Space,
    raw: RawEntry,
    sources: &BTreeMap<String, KnownSource>,
    errors: &mut Vec<String>,
) -> Option<Entry> {
    let first = raw
        .meaning
        .first()
        .map_or("", |meaning| meaning.names.canonical.as_str());
    let at = format!("{label}: {space} {} {first}", raw.code);
    let before = errors.len();
    if raw.meaning.is_empty() {
        errors.push(format!(
            "{at}: no [[entry.meaning]]: every entry has at least one meaning"
        ));
    }
    let meanings: Vec<Meaning> = raw
        .meaning
        .into_iter()
        .enumerate()
        .filter_map(|(index, meaning)| {
            let at = format!("{label}: {space} {} meaning {}", raw.code, index + 1);
            read_meaning(&at, space, index > 0, meaning, sources, errors)
        })
        .collect();
    for (index, meaning) in meanings.iter().enumerate() {
        for other in &meanings[..index] {
            for scope in &meaning.scope {
                if let Some(clash) = other.scope.iter().find(|other| other.overlaps(scope)) {
                    errors.push(format!(
                        "{at}: the scopes of meanings {} ({clash}) and {} ({scope}) overlap",
                        other.canonical, meaning.canonical
                    ));
                }
            }
        }
    }
    let reference = Sdk {
        family: Family::reference(space),
        version: None,
    };
    if let Some(variant) = meanings
        .iter()
        .skip(1)
        .find(|meaning| meaning.scope.iter().any(|s| s.contains(&reference)))
    {
        errors.push(format!(
            "{at}: {} is emitted by the newest {reference}, so it must be the default (first) meaning",
            variant.canonical
        ));
    }
    let mut conflicts = Vec::new();
    for conflict in raw.conflict {
        if !sources.contains_key(&conflict.source) {
            errors.push(format!(
                "{at}: a conflict cites \"{}\", which is not a listed source (sources/sources.tsv or a seed page)",
                conflict.source
            ));
        }
        if conflict.says.trim().is_empty() {
            errors.push(format!("{at}: a conflict with {} says nothing", conflict.source));
        }
        let reason = read_text(&at, "conflict reason", conflict.reason, errors);
        conflicts.push(Conflict {
            source: conflict.source,
            says: conflict.says,
            reason,
        });
    }
    let mut equivalents = Vec::new();
    for target in &raw.equivalents {
        match Space::from_name(&target.space) {
            Some(other) if other != space => equivalents.push((other, target.code)),
            Some(_) => errors.push(format!(
                "{at}: equivalent {} {} is in the same space",
                target.space, target.code
            )),
            None => errors.push(format!("{at}: equivalent names unknown space \"{}\"", target.space)),
        }
    }
    if errors.len() != before {
        return None;
    }
    Some(Entry {
        code: raw.code,
        documented: raw.documented,
        meanings,
        conflicts,
        equivalents,
        constant: false,
    })
}

fn is_constant_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_')
}

fn is_identifier(name: &str) -> bool {
    !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

fn check_space(label: &str, space: Space, entries: &mut [Entry], errors: &mut Vec<String>) {
    for pair in entries.windows(2) {
        let (previous, entry) = (&pair[0], &pair[1]);
        if entry.code == previous.code {
            errors.push(format!(
                "{label}: {space} {} {}: duplicate code (also {})",
                entry.code,
                entry.name(),
                previous.name()
            ));
        } else if entry.code < previous.code {
            errors.push(format!(
                "{label}: {space} {} {}: entries must be in code order",
                entry.code,
                entry.name()
            ));
        }
    }
    // A code gets a constant when its default meaning has a scope. The
    // constants need one name per code: a removed default meaning whose name
    // is also a constant of a code still emitted (the name moved, as web
    // LOCAL_DB_OPERATION_FAILED from 55 to 800) gets none; any other clash is
    // an error.
    let mut constants: BTreeMap<String, (i32, bool)> = BTreeMap::new();
    let emitted = |entry: &Entry| entry.meanings[0].status != Status::Removed;
    for pass_removed in [false, true] {
        for entry in entries.iter_mut() {
            if entry.meanings[0].scope.is_empty() || emitted(entry) == pass_removed {
                continue;
            }
            match constants.get(entry.name()) {
                Some(&(other, other_removed)) if other_removed == pass_removed => errors.push(format!(
                    "{label}: {space} {} {}: duplicate name (also code {other}): the constants need one name per code",
                    entry.code,
                    entry.name()
                )),
                Some(_) => {}
                None => {
                    constants.insert(entry.name().to_owned(), (entry.code, pass_removed));
                    entry.constant = true;
                }
            }
        }
    }
    let mut owners: BTreeMap<String, Vec<(i32, &Meaning)>> = BTreeMap::new();
    for entry in entries.iter() {
        for meaning in &entry.meanings {
            for name in meaning.names() {
                owners
                    .entry(name.to_ascii_uppercase())
                    .or_default()
                    .push((entry.code, meaning));
            }
        }
    }
    for (name, owners) in &owners {
        for (index, (code, meaning)) in owners.iter().enumerate() {
            for (other_code, other) in &owners[..index] {
                let clash = meaning
                    .scope
                    .iter()
                    .find(|scope| other.scope.iter().any(|other| other.overlaps(scope)));
                if let Some(scope) = clash {
                    errors.push(format!(
                        "{label}: {space} {code} {}: name {name} is also a name of {space} {other_code} {} for {scope}: a name must be unique per family and version range",
                        meaning.canonical, other.canonical
                    ));
                }
            }
        }
    }
    if let (Some(first), Some(last)) = (entries.first(), entries.last()) {
        if i64::from(last.code) - i64::from(first.code) + 1 > MAX_CODE_SPAN {
            errors.push(format!("{label}: {space} codes span more than {MAX_CODE_SPAN} values"));
        }
    }
}

fn check_equivalents(spaces: &BTreeMap<Space, Vec<Entry>>, errors: &mut Vec<String>) {
    let find = |space: Space, code: i32| spaces.get(&space)?.iter().find(|entry| entry.code == code);
    for (&space, entries) in spaces {
        for entry in entries {
            for &(other, code) in &entry.equivalents {
                match find(other, code) {
                    None => errors.push(format!(
                        "{space} {} {}: equivalent {other} {code} points to no entry",
                        entry.code,
                        entry.name()
                    )),
                    Some(target) if !target.equivalents.contains(&(space, entry.code)) => errors.push(format!(
                        "{space} {} {}: equivalent {other} {code} ({}) does not list it back",
                        entry.code,
                        entry.name(),
                        target.name()
                    )),
                    Some(_) => {}
                }
            }
        }
    }
}

/// Renders the catalog as the Rust source of the static tables.
pub fn render_rust(catalog: &Catalog) -> String {
    let mut out = String::from("// Generated by build.rs from core/catalog/*.toml. Do not edit.\n\n");
    let mut texts = Texts::default();
    for (&space, entries) in &catalog.spaces {
        let upper = format!("{space:?}").to_ascii_uppercase();
        let variant = format!("{space:?}");
        writeln!(out, "static {upper}_ENTRIES: [Entry; {}] = [", entries.len()).unwrap();
        for entry in entries {
            render_entry(&mut out, &mut texts, &variant, entry);
        }
        out.push_str("];\n\n");
        render_code_index(&mut out, &upper, entries);
        render_name_index(&mut out, &upper, entries);
    }
    let families: Vec<String> = catalog
        .versions
        .iter()
        .map(|(family, versions)| {
            let versions: Vec<String> = versions.iter().map(version).collect();
            format!("(Family::{family:?}, &[{}])", versions.join(", "))
        })
        .collect();
    writeln!(
        out,
        "static FAMILY_VERSIONS: [(Family, &[Version]); {}] = [{}];",
        families.len(),
        families.join(", ")
    )
    .unwrap();
    // escape_default writes each NUL as \u{0} (Debug's \0 could read as an octal escape).
    writeln!(
        out,
        "pub(crate) static TEXT: &str = \"{}\";",
        texts.text.escape_default()
    )
    .unwrap();
    out
}

/// Every text of the tables once, each followed by a NUL, in one string:
/// the tables hold offsets into it (no pointer, so no relocation).
#[derive(Default)]
struct Texts {
    text: String,
    offsets: BTreeMap<String, u32>,
}

impl Texts {
    /// The `StaticText` of `value`, added to the text if new.
    fn text(&mut self, value: &str) -> String {
        let start = match self.offsets.get(value) {
            Some(&start) => start,
            None => {
                let start = u32::try_from(self.text.len()).expect("the catalog's text fits in u32");
                self.text.push_str(value);
                self.text.push('\0');
                self.offsets.insert(value.to_owned(), start);
                start
            }
        };
        let len = u32::try_from(value.len()).expect("a text fits in u32");
        format!("StaticText::at({start}, {len})")
    }

    fn localized(&mut self, (en, zh): &(String, String)) -> String {
        format!("LocalizedText {{ en: {}, zh: {} }}", self.text(en), self.text(zh))
    }

    fn sources(&mut self, list: &[(String, String)]) -> String {
        let rendered: Vec<String> = list
            .iter()
            .map(|(source, name)| format!("Source {{ source: {}, name: {} }}", self.text(source), self.text(name)))
            .collect();
        format!("&[{}]", rendered.join(", "))
    }
}

fn version(version: &Version) -> String {
    let parts = version.first();
    format!("Version::new({parts:?}, {})", version.parts().len())
}

fn optional_version(value: Option<Version>) -> String {
    value.map_or_else(|| "None".to_owned(), |value| format!("Some({})", version(&value)))
}

fn render_meaning(texts: &mut Texts, meaning: &Meaning) -> String {
    let platform: Vec<String> = meaning
        .platform
        .iter()
        .map(|(platform, name)| format!("(Platform::{platform:?}, {})", texts.text(name)))
        .collect();
    let aliases: Vec<String> = meaning.aliases.iter().map(|alias| texts.text(alias)).collect();
    let scope: Vec<String> = meaning
        .scope
        .iter()
        .map(|scope| {
            format!(
                "Scope {{ family: Family::{:?}, from: {}, until: {} }}",
                scope.family,
                optional_version(scope.from),
                optional_version(scope.until)
            )
        })
        .collect();
    format!(
        "Meaning {{ names: Names {{ canonical: {canonical}, platform: &[{platform}], aliases: &[{aliases}] }}, \
         category: Category::{category:?}, transient: {transient}, action: Action::{action:?}, \
         status: Status::{status:?}, scope: &[{scope}], summary: {summary}, detail: {detail}, user: {user}, \
         sources: {sources} }}",
        canonical = texts.text(&meaning.canonical),
        platform = platform.join(", "),
        aliases = aliases.join(", "),
        category = meaning.category,
        transient = meaning.transient,
        action = meaning.action,
        status = meaning.status,
        scope = scope.join(", "),
        summary = texts.localized(&meaning.summary),
        detail = texts.localized(&meaning.detail),
        user = texts.localized(&meaning.user),
        sources = texts.sources(&meaning.sources),
    )
}

fn render_entry(out: &mut String, texts: &mut Texts, space: &str, entry: &Entry) {
    let meanings: Vec<String> = entry
        .meanings
        .iter()
        .map(|meaning| render_meaning(texts, meaning))
        .collect();
    let conflicts: Vec<String> = entry
        .conflicts
        .iter()
        .map(|conflict| {
            format!(
                "Conflict {{ source: {}, says: {}, reason: {} }}",
                texts.text(&conflict.source),
                texts.text(&conflict.says),
                texts.localized(&conflict.reason)
            )
        })
        .collect();
    let equivalents: Vec<String> = entry
        .equivalents
        .iter()
        .map(|(space, code)| format!("CodeRef {{ space: Space::{space:?}, code: {code} }}"))
        .collect();
    writeln!(
        out,
        "    Entry {{ space: Space::{space}, code: {code}, documented: {documented}, meanings: &[{meanings}], \
         conflicts: &[{conflicts}], equivalents: &[{equivalents}], seeds: {seeds}, constant: {constant} }},",
        code = entry.code,
        documented = entry.documented,
        meanings = meanings.join(", "),
        conflicts = conflicts.join(", "),
        equivalents = equivalents.join(", "),
        seeds = texts.sources(&entry.seeds()),
        constant = entry.constant,
    )
    .unwrap();
}

/// A dense table from `code - min` to entry index + 1 (0: no entry).
fn render_code_index(out: &mut String, upper: &str, entries: &[Entry]) {
    let min = entries.first().map_or(0, |entry| entry.code);
    let max = entries.last().map_or(-1, |entry| entry.code);
    let mut slots = vec![0u16; usize::try_from(i64::from(max) - i64::from(min) + 1).unwrap_or(0)];
    for (index, entry) in entries.iter().enumerate() {
        slots[(i64::from(entry.code) - i64::from(min)) as usize] = index as u16 + 1;
    }
    writeln!(out, "const {upper}_MIN_CODE: i32 = {min};").unwrap();
    writeln!(out, "static {upper}_BY_CODE: [u16; {}] = {slots:?};\n", slots.len()).unwrap();
}

/// The name index of a space: each distinct name once, as an upper-case key
/// in one text; its meanings in the order a lookup without an SDK prefers
/// them (default before variant, then by status, then the lower code); and
/// an open-addressed table (linear probing) from name hash to key index + 1.
fn render_name_index(out: &mut String, upper: &str, entries: &[Entry]) {
    let mut meanings_by_key: BTreeMap<String, Vec<(usize, usize)>> = BTreeMap::new();
    for (index, entry) in entries.iter().enumerate() {
        for (meaning_index, meaning) in entry.meanings.iter().enumerate() {
            for name in meaning.names() {
                meanings_by_key
                    .entry(name.to_ascii_uppercase())
                    .or_default()
                    .push((index, meaning_index));
            }
        }
    }
    let mut text = String::new();
    let mut keys = Vec::new();
    let mut meanings = Vec::new();
    let ordered_keys: Vec<String> = meanings_by_key.keys().cloned().collect();
    for (key, mut found) in meanings_by_key {
        found.sort_by_key(|&(index, meaning_index)| {
            let entry = &entries[index];
            (
                meaning_index != 0,
                entry.meanings[meaning_index].status.value(),
                entry.code,
            )
        });
        let start = u32::try_from(text.len()).expect("the name text fits in u32");
        let len = u8::try_from(key.len()).expect("a name fits in 255 bytes");
        let first = u16::try_from(meanings.len()).expect("the meanings fit in u16");
        let count = u8::try_from(found.len()).expect("a name has at most 255 meanings");
        keys.push(format!(
            "NameKey {{ start: {start}, len: {len}, first: {first}, count: {count} }}"
        ));
        meanings.extend(
            found
                .iter()
                .map(|&(index, meaning_index)| ((index as u32 + 1) << 8) | meaning_index as u32),
        );
        text.push_str(&key);
    }
    let len = name_table_len(keys.len());
    let mut slots = vec![0u16; len];
    for (index, key) in ordered_keys.iter().enumerate() {
        let mut slot = name_hash(key.as_bytes()) as usize & (len - 1);
        while slots[slot] != 0 {
            slot = (slot + 1) & (len - 1);
        }
        slots[slot] = u16::try_from(index + 1).expect("the keys fit in u16");
    }
    writeln!(out, "static {upper}_NAME_TEXT: &str = {text:?};").unwrap();
    writeln!(
        out,
        "static {upper}_NAME_KEYS: [NameKey; {}] = [{}];",
        keys.len(),
        keys.join(", ")
    )
    .unwrap();
    writeln!(
        out,
        "static {upper}_NAME_MEANINGS: [u32; {}] = {meanings:?};",
        meanings.len()
    )
    .unwrap();
    writeln!(out, "static {upper}_NAME_SLOTS: [u16; {len}] = {slots:?};\n").unwrap();
}

/// The number of slots of a name table holding `keys` keys: a power of two
/// with at least two slots per key, so probe runs stay short and the table
/// always has an empty slot that ends a probe.
const fn name_table_len(keys: usize) -> usize {
    let mut len = 16;
    while len < keys * 2 {
        len *= 2;
    }
    len
}
