//! Checks what an SDK artifact lists (see [`crate::artifact`]) against the
//! catalog, in the context of one SDK release.
//!
//! Every distinct (code, name) pair the artifact lists is one of:
//!
//! - **consistent**: the code has an entry, and the name is one of the names
//!   of the meaning that code has in this SDK (or the artifact gives none);
//! - **recorded**: not consistent, but the catalog cites the artifact's
//!   source with that name for that code, in a meaning's `sources` or in a
//!   `conflict` (a page's misprint or a disagreement the catalog does not
//!   follow);
//! - a [`FindingKind`]: unrecorded, the coverage work's to-do.
//!
//! The JSON report ([`write_json`]): `{"artifact", "kind", "sdk", "sdk_from",
//! "space", "source", "checked", "consistent", "recorded", "counts":
//! {"missing-code", "unresolved-name", "meaning-difference"}, "findings":
//! [{"kind", "code", "name", "catalog": {"code", "name"} | null, "files"}]}`;
//! `catalog` is the code and name the catalog gives that name in this SDK
//! (a `meaning-difference`), else the name the code has in this SDK, if any.

use crate::artifact::{Extract, Kind};
use crate::terminal::escaped;
use chat_errors::{lookup, lookup_name_in, Family, Fit, Sdk, Space, Version};
use serde_json::{json, Value};
use std::io::{self, Write};

/// Where the SDK context of a check came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SdkFrom {
    /// The `--sdk` argument.
    Argument,
    /// The npm package's `package.json` (name and version).
    PackageJson,
    /// The `# family` and `# sdk-version` header of a source extract.
    ExtractHeader,
    /// The names of the error constants (`EMError…`, `AgoraChatError…`, `com.hyphenate`).
    Names,
}

impl SdkFrom {
    /// How the report spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            SdkFrom::Argument => "--sdk",
            SdkFrom::PackageJson => "package.json",
            SdkFrom::ExtractHeader => "extract header",
            SdkFrom::Names => "constant names",
        }
    }
}

/// The SDK an artifact comes from, and the catalog source it is, if known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Context {
    /// The SDK release (family, and version when known).
    pub sdk: Sdk,
    /// Where [`Context::sdk`] came from.
    pub from: SdkFrom,
    /// The identifier the catalog cites the artifact by (an extract's file
    /// name, `npm:<package>@<version>`), when the artifact says it.
    pub source: Option<String>,
}

/// The family of an npm package name.
fn npm_family(package: &str) -> Option<Family> {
    match package {
        "agora-chat" => Some(Family::AgoraWeb),
        "easemob-websdk" => Some(Family::EasemobWeb),
        _ => None,
    }
}

/// The release a version text starts with: `4.8.1 (ios/Podfile.lock)` is
/// 4.8.1, `3.8.x (...)` the 3.8 line, `unknown` or `-` none.
pub fn leading_version(text: &str) -> Option<Version> {
    let first = text.split_whitespace().next()?;
    let first = first.strip_suffix(".x").unwrap_or(first);
    Version::parse(first)
}

/// The SDK context of `extract`: `sdk` when given, else inferred from the
/// artifact (see [`SdkFrom`]); `None` when it cannot be told. `file` is the
/// artifact's file name: a source extract is cited by it.
pub fn context(extract: &Extract, file: &str, sdk: Option<Sdk>) -> Option<Context> {
    let inferred = match extract.kind {
        Kind::NpmPackage => {
            let package = extract.about("name");
            let version = extract.about("version");
            let source = package
                .zip(version)
                .map(|(name, version)| format!("npm:{name}@{version}"));
            package.and_then(npm_family).map(|family| {
                let version = version.and_then(Version::parse);
                (Sdk { family, version }, SdkFrom::PackageJson, source)
            })
        }
        Kind::SourceExtract => extract.about("family").and_then(Family::from_name).map(|family| {
            let version = extract.about("sdk-version").and_then(leading_version);
            (Sdk { family, version }, SdkFrom::ExtractHeader, Some(file.to_owned()))
        }),
        _ => family_by_names(extract).map(|family| (Sdk { family, version: None }, SdkFrom::Names, None)),
    };
    match (sdk, inferred) {
        (Some(sdk), inferred) => Some(Context {
            sdk,
            from: SdkFrom::Argument,
            source: inferred.and_then(|(_, _, source)| source),
        }),
        (None, Some((sdk, from, source))) => Some(Context { sdk, from, source }),
        (None, None) => None,
    }
}

/// The family the constants' names point to.
fn family_by_names(extract: &Extract) -> Option<Family> {
    let groups = &extract.groups;
    let any_name = |prefix: &str| {
        groups
            .iter()
            .flat_map(|group| &group.entries)
            .any(|entry| entry.name.starts_with(prefix))
    };
    if groups.iter().any(|group| group.container.starts_with("com.hyphenate")) {
        Some(Family::EasemobAndroid)
    } else if any_name("AgoraChatError") {
        Some(Family::AgoraIos)
    } else if any_name("EMError") {
        Some(Family::EasemobIos)
    } else if groups
        .iter()
        .any(|group| group.file.rsplit('/').next() == Some("emerror.h"))
    {
        Some(Family::EasemobCpp)
    } else {
        None
    }
}

/// The numbering space of a family's codes.
pub fn space_of(family: Family) -> Space {
    match family {
        Family::EasemobWeb | Family::AgoraWeb => Space::Web,
        _ => Space::Native,
    }
}

/// What is unrecorded about one (code, name) pair.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum FindingKind {
    /// The catalog has no entry for the code in the space.
    MissingCode,
    /// The name resolves, in this SDK, to another code.
    MeaningDifference,
    /// The name is not a name of any meaning this SDK emits.
    UnresolvedName,
}

impl FindingKind {
    /// Every kind, in report order.
    pub const ALL: [FindingKind; 3] = [
        FindingKind::MissingCode,
        FindingKind::UnresolvedName,
        FindingKind::MeaningDifference,
    ];

    /// How the report spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            FindingKind::MissingCode => "missing-code",
            FindingKind::MeaningDifference => "meaning-difference",
            FindingKind::UnresolvedName => "unresolved-name",
        }
    }
}

/// One unrecorded (code, name) pair.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// What is unrecorded.
    pub kind: FindingKind,
    /// The code the artifact lists.
    pub code: i64,
    /// The name the artifact lists with it.
    pub name: String,
    /// What the catalog says instead, in this SDK: the code and name it
    /// gives the name (a meaning difference), else the code's own name.
    pub catalog: Option<(i32, &'static str)>,
    /// The files of the artifact that list the pair.
    pub files: Vec<String>,
}

/// The outcome of checking one artifact.
#[derive(Clone, Debug)]
pub struct Report {
    /// The artifact as given on the command line.
    pub artifact: String,
    /// What it is.
    pub kind: Kind,
    /// The SDK context used.
    pub context: Context,
    /// The numbering space checked.
    pub space: Space,
    /// Distinct (code, name) pairs checked.
    pub checked: usize,
    /// Pairs not consistent that the catalog's sources or conflicts record for this source.
    pub recorded: usize,
    /// The unrecorded pairs, by code then name.
    pub findings: Vec<Finding>,
}

impl Report {
    /// How many findings are of `kind`.
    pub fn count(&self, kind: FindingKind) -> usize {
        self.findings.iter().filter(|finding| finding.kind == kind).count()
    }
}

/// Whether the catalog cites `source` with `name` for `code` of `space`.
fn is_recorded(space: Space, code: i32, name: &str, source: &str) -> bool {
    let Some(entry) = lookup(space, code) else {
        return false;
    };
    let cited = entry
        .meanings()
        .iter()
        .flat_map(|meaning| meaning.sources())
        .any(|cited| cited.source().as_str() == source && cited.name().as_str() == name);
    cited
        || entry
            .conflicts()
            .iter()
            .any(|conflict| conflict.source().as_str() == source && conflict.says().as_str() == name)
}

/// What is unrecorded about `code` and `name` in `sdk`, if anything.
fn classify(space: Space, code: i64, name: &str, sdk: &Sdk) -> Option<(FindingKind, Option<(i32, &'static str)>)> {
    let entry = i32::try_from(code).ok().and_then(|code| lookup(space, code));
    let Some(entry) = entry else {
        return Some((FindingKind::MissingCode, None));
    };
    let own = entry
        .meaning_for(sdk)
        .map(|meaning| (entry.code(), meaning.names().for_family(sdk.family).as_str()));
    if name.is_empty() {
        return None;
    }
    match lookup_name_in(space, name, Some(sdk)) {
        Some(found) if found.fit == Fit::Emitted && found.entry.code() == entry.code() => None,
        Some(found) if found.fit == Fit::Emitted => Some((
            FindingKind::MeaningDifference,
            Some((found.entry.code(), found.name(Some(sdk)).as_str())),
        )),
        _ => Some((FindingKind::UnresolvedName, own)),
    }
}

/// Checks every (code, name) pair of `extract` in `context`.
pub fn check(artifact: &str, extract: &Extract, context: Context) -> Report {
    let space = space_of(context.sdk.family);
    let mut pairs: Vec<(i64, &str, &str)> = extract
        .groups
        .iter()
        .flat_map(|group| {
            group
                .entries
                .iter()
                .map(move |entry| (entry.code, entry.name.as_str(), group.file.as_str()))
        })
        .collect();
    pairs.sort_unstable();
    let mut report = Report {
        artifact: artifact.to_owned(),
        kind: extract.kind,
        context,
        space,
        checked: 0,
        recorded: 0,
        findings: Vec::new(),
    };
    let mut previous: Option<(i64, &str)> = None;
    for (code, name, file) in pairs {
        if previous == Some((code, name)) {
            if let Some(last) = report
                .findings
                .last_mut()
                .filter(|last| last.code == code && last.name == name)
            {
                if !last.files.iter().any(|known| known == file) {
                    last.files.push(file.to_owned());
                }
            }
            continue;
        }
        previous = Some((code, name));
        report.checked += 1;
        if let Some((kind, catalog)) = classify(space, code, name, &report.context.sdk) {
            let source = report.context.source.as_deref();
            let recorded = source
                .zip(i32::try_from(code).ok())
                .is_some_and(|(source, code)| is_recorded(space, code, name, source));
            if recorded {
                report.recorded += 1;
                continue;
            }
            report.findings.push(Finding {
                kind,
                code,
                name: name.to_owned(),
                catalog,
                files: vec![file.to_owned()],
            });
        }
    }
    report
}

/// The report as text for a terminal: a heading, the counts, one line per
/// finding; everything from the artifact escaped.
pub fn write_human(report: &Report, out: &mut impl Write) -> io::Result<()> {
    let context = &report.context;
    writeln!(
        out,
        "{} ({}): SDK {} (from {}), {} codes{}",
        escaped(&report.artifact),
        report.kind.name(),
        context.sdk,
        context.from.as_str(),
        report.space,
        context
            .source
            .as_deref()
            .map(|source| format!(", source {}", escaped(source)))
            .unwrap_or_default()
    )?;
    let consistent = report.checked - report.recorded - report.findings.len();
    writeln!(
        out,
        "{} (code, name) pairs: {consistent} consistent, {} recorded as this source's, {} unrecorded",
        report.checked,
        report.recorded,
        report.findings.len()
    )?;
    for finding in &report.findings {
        let name = if finding.name.is_empty() {
            "(no name)".to_owned()
        } else {
            escaped(&finding.name).to_string()
        };
        let catalog = match (finding.kind, finding.catalog) {
            (FindingKind::MeaningDifference, Some((code, known))) => {
                format!("  (the catalog: {known} is {code} in {})", context.sdk)
            }
            (_, Some((_, known))) => format!("  (the catalog's name here: {known})"),
            (_, None) => String::new(),
        };
        writeln!(out, "{:<19}{:>6}  {name}{catalog}", finding.kind.as_str(), finding.code)?;
    }
    Ok(())
}

/// The report as JSON (see the module documentation).
pub fn to_json(report: &Report) -> Value {
    let findings: Vec<Value> = report
        .findings
        .iter()
        .map(|finding| {
            json!({
                "kind": finding.kind.as_str(),
                "code": finding.code,
                "name": finding.name,
                "catalog": finding.catalog.map(|(code, name)| json!({"code": code, "name": name})),
                "files": finding.files,
            })
        })
        .collect();
    let counts: serde_json::Map<String, Value> = FindingKind::ALL
        .iter()
        .map(|&kind| (kind.as_str().to_owned(), json!(report.count(kind))))
        .collect();
    json!({
        "artifact": report.artifact,
        "kind": report.kind.name(),
        "sdk": report.context.sdk.to_string(),
        "sdk_from": report.context.from.as_str(),
        "space": report.space.to_string(),
        "source": report.context.source,
        "checked": report.checked,
        "consistent": report.checked - report.recorded - report.findings.len(),
        "recorded": report.recorded,
        "counts": counts,
        "findings": findings,
    })
}

/// Writes [`to_json`] on one line.
pub fn write_json(report: &Report, out: &mut impl Write) -> io::Result<()> {
    writeln!(out, "{}", to_json(report))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::artifact::extract_bytes;
    use crate::artifact::DEFAULT_LIMITS;

    fn listing(family: &str, version: &str, rows: &str) -> Extract {
        let text = format!("# repo: a/b\n# kind: header\n# family: {family}\n# sdk-version: {version}\n{rows}");
        extract_bytes("x.h.tsv", text.as_bytes(), DEFAULT_LIMITS).unwrap()
    }

    #[test]
    fn versions_are_read_from_the_start_of_the_text() {
        assert_eq!(
            leading_version("4.8.1 (ios/Podfile.lock)").unwrap().to_string(),
            "4.8.1"
        );
        assert_eq!(leading_version("3.8.x (before 3.9.0)").unwrap().to_string(), "3.8");
        assert_eq!(leading_version("unknown (C++ core)"), None);
        assert_eq!(leading_version("-"), None);
    }

    #[test]
    fn each_kind_of_finding_is_told_apart() {
        let extract = listing(
            "easemob-ios",
            "3.9.0 (x)",
            "605\tEMErrorGroupNotExist\n606\tEMErrorGroupNotExist\n99999\tEMErrorNew\n1\tEMErrorNoSuchName\n1\tEMErrorNoSuchName\n",
        );
        let context = context(&extract, "x.h.tsv", None).unwrap();
        assert_eq!(context.sdk.to_string(), "easemob-ios@3.9.0");
        assert_eq!(context.from, SdkFrom::ExtractHeader);
        let report = check("x.h.tsv", &extract, context);
        assert_eq!(report.checked, 4);
        let kinds: Vec<(FindingKind, i64)> = report.findings.iter().map(|f| (f.kind, f.code)).collect();
        assert_eq!(
            kinds,
            [
                (FindingKind::UnresolvedName, 1),
                (FindingKind::MeaningDifference, 606),
                (FindingKind::MissingCode, 99999)
            ]
        );
        assert_eq!(report.findings[1].catalog, Some((605, "EMErrorGroupNotExist")));
        let newer = Sdk::parse("easemob-ios@4.8").unwrap();
        let report = check(
            "x.h.tsv",
            &extract,
            super::context(&extract, "x.h.tsv", Some(newer)).unwrap(),
        );
        assert_eq!(report.context.from, SdkFrom::Argument);
        assert!(report
            .findings
            .iter()
            .any(|f| f.code == 605 && f.kind == FindingKind::MeaningDifference));
    }

    #[test]
    fn a_source_the_catalog_cites_is_recorded() {
        let extract = listing("easemob-ios", "4.8.1", "605\tEMErrorGroupNotExist\n");
        let report = check("x", &extract, context(&extract, "x", None).unwrap());
        assert_eq!((report.checked, report.recorded, report.findings.len()), (1, 0, 1));
        let cited = "emclient-unity.EMErrorCode.h@03871fa304.tsv";
        let report = check(cited, &extract, context(&extract, cited, None).unwrap());
        assert_eq!((report.checked, report.recorded), (1, 1));
        assert!(is_recorded(Space::Native, 605, "EMErrorGroupNotExist", cited));
        assert!(!is_recorded(Space::Native, 605, "EMErrorGroupNotExist", "other.tsv"));
    }
}
