//! The extractors on real SDK artifacts: the pinned releases (the `artifact`
//! rows of `sources/sources.tsv`) in the cache folder (`scripts/fetch-sdks.sh` puts them
//! in `$CHAT_ERRORS_CACHE/sdk`, default `~/.cache/chat-errors/sdk`), and the
//! SDK headers of `sources/sources.tsv` read from their repository mirrors
//! (`$CHAT_ERRORS_MIRRORS`, default `/work/.mirror`). A missing artifact skips
//! its test with a message; under `CI=true` it fails.
//!
//! The facts asserted were read from the artifacts by other means (`javap
//! -constants`, the `.d.ts` text, a regular expression over the bundle), not
//! copied from the extractor's output.

use chat_errors_cli::artifact::{extract, extract_bytes, Extract, Kind, Role, DEFAULT_LIMITS};
use chat_errors_cli::input::{Input, Source};
use std::path::{Path, PathBuf};
use std::process::Command;

fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn cache() -> PathBuf {
    let base = std::env::var_os("CHAT_ERRORS_CACHE")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(std::env::var_os("HOME").unwrap_or_default())
                .join(".cache")
                .join("chat-errors")
        });
    base.join("sdk")
}

/// Skips (or, under `CI=true`, fails) for a missing artifact.
fn missing(what: &str) {
    let message = format!("{what} is missing: run scripts/fetch-sdks.sh");
    assert!(std::env::var("CI").as_deref() != Ok("true"), "{message}");
    eprintln!("skipped: {message}");
}

/// The cache files of the pinned releases, as `scripts/fetch-sdks.sh` names
/// them: `<package>-<version>.tgz` (npm), `<artifact id>-<version>.aar` (Maven).
fn pinned_files() -> Vec<String> {
    let sources = std::fs::read_to_string(repository().join("sources/sources.tsv")).expect("sources/sources.tsv");
    sources
        .lines()
        .map(|line| line.split('\t').collect::<Vec<_>>())
        .filter(|cells| cells.get(3) == Some(&"artifact"))
        .map(|cells| match cells[0] {
            "npm" => format!("{}-{}.tgz", cells[1], cells[2]),
            "maven" => format!("{}-{}.aar", cells[1].split(':').nth(1).unwrap_or(cells[1]), cells[2]),
            other => panic!("unknown registry {other} in sources/sources.tsv"),
        })
        .collect()
}

/// The pinned artifact whose cache file is `file`, read.
fn pinned(file: &str) -> Option<Extract> {
    assert!(
        pinned_files().iter().any(|pinned| pinned == file),
        "{file} is not pinned in sources/sources.tsv"
    );
    let path = cache().join(file);
    if !path.is_file() {
        missing(&path.display().to_string());
        return None;
    }
    Some(
        extract(&Source::Path(path), Input::default(), DEFAULT_LIMITS)
            .unwrap_or_else(|error| panic!("{file}: {error}")),
    )
}

fn code_of(extract: &Extract, role: Role, name: &str) -> Option<i64> {
    extract
        .groups_of(role)
        .flat_map(|group| &group.entries)
        .find(|entry| entry.name == name)
        .map(|entry| entry.code)
}

/// What one npm release was checked to hold: its cache file, the stem of
/// its `.d.ts` and bundle under `package/`, the numbers of declared and
/// run-time names, and the code of `LOCAL_DB_OPERATION_FAILED` in each.
struct Npm {
    file: &'static str,
    stem: &'static str,
    names: (usize, usize),
    local_db: (Option<i64>, Option<i64>),
}

/// The pinned npm releases. agora-chat 1.2.1 numbers the local database
/// failures 55, at run time only.
#[rustfmt::skip]
const NPM_RELEASES: [Npm; 4] = [
    Npm { file: "agora-chat-1.4.0.tgz", stem: "Agora-chat", names: (72, 138), local_db: (Some(800), Some(800)) },
    Npm { file: "agora-chat-1.2.1.tgz", stem: "Agora-chat", names: (68, 132), local_db: (None, Some(55)) },
    Npm { file: "easemob-websdk-4.21.1.tgz", stem: "Easemob-chat", names: (80, 147), local_db: (Some(800), Some(800)) },
    Npm { file: "easemob-websdk-4.8.1.tgz", stem: "Easemob-chat", names: (69, 134), local_db: (Some(800), Some(800)) },
];

fn check_npm(expected: &Npm) {
    let file = expected.file;
    let Some(read) = pinned(file) else {
        return;
    };
    assert_eq!(read.kind, Kind::NpmPackage, "{file}");
    let [declared, runtime] = &read.groups[..] else {
        panic!("{file}: {} groups", read.groups.len());
    };
    assert_eq!((declared.role, runtime.role), (Role::Declared, Role::Runtime), "{file}");
    let stem = expected.stem;
    assert_eq!(
        (declared.file.clone(), runtime.file.clone()),
        (format!("package/{stem}.d.ts"), format!("package/{stem}.js")),
        "{file}"
    );
    assert_eq!(declared.container, "Code", "{file}");
    assert_eq!(
        (declared.entries.len(), runtime.entries.len()),
        expected.names,
        "{file}"
    );
    for group in [declared, runtime] {
        let first = &group.entries[0];
        assert_eq!((first.code, first.name.as_str()), (0, "REQUEST_SUCCESS"));
        let last = group.entries.last().unwrap();
        assert_eq!((last.code, last.name.as_str()), (1400, "CONVERSATION_NOT_EXIST"));
    }
    for role in [Role::Declared, Role::Runtime] {
        assert_eq!(code_of(&read, role, "REQUEST_TIMEOUT"), Some(-1));
        assert_eq!(code_of(&read, role, "WEBIM_CONNCTION_DISCONNECTED"), Some(16));
        assert_eq!(code_of(&read, role, "MESSAGE_MODERATION_BLOCKED"), Some(508));
        assert_eq!(code_of(&read, role, "GROUP_MEMBERS_LIMIT"), Some(607));
    }
    assert_eq!(
        (
            code_of(&read, Role::Declared, "LOCAL_DB_OPERATION_FAILED"),
            code_of(&read, Role::Runtime, "LOCAL_DB_OPERATION_FAILED")
        ),
        expected.local_db,
        "{file}"
    );
    assert!(
        declared
            .entries
            .iter()
            .all(|declared| runtime.entries.iter().any(|entry| entry.name == declared.name)),
        "{file}: every declared name is built at run time"
    );
    assert_eq!(
        code_of(&read, Role::Runtime, "WEBIM_CONNCTION_OPEN_USERGRID_ERROR"),
        Some(3),
        "{file}: a runtime-only (hidden) name"
    );
    assert_eq!(
        code_of(&read, Role::Declared, "WEBIM_CONNCTION_OPEN_USERGRID_ERROR"),
        None,
        "{file}"
    );
}

#[test]
fn npm_releases() {
    for release in &NPM_RELEASES {
        check_npm(release);
    }
}

#[test]
fn hyphenate_chat_3_9_2_aar() {
    let Some(read) = pinned("hyphenate-chat-3.9.2.aar") else {
        return;
    };
    assert_eq!(read.kind, Kind::Aar);
    let classes: Vec<(&str, &str, usize)> = read
        .groups
        .iter()
        .map(|group| (group.file.as_str(), group.container.as_str(), group.entries.len()))
        .collect();
    assert_eq!(
        classes,
        [
            (
                "classes.jar!/com/hyphenate/chat/adapter/EMAError.class",
                "com.hyphenate.chat.adapter.EMAError",
                102
            ),
            ("classes.jar!/com/hyphenate/EMError.class", "com.hyphenate.EMError", 91),
        ]
    );
    let em_error = &read.groups[1];
    assert_eq!(em_error.role, Role::Compiled);
    let pairs: Vec<(i64, &str)> = em_error
        .entries
        .iter()
        .map(|entry| (entry.code, entry.name.as_str()))
        .collect();
    assert_eq!(pairs[0], (0, "EM_NO_ERROR"));
    assert_eq!(pairs[90], (1302, "REACTION_OPERATION_IS_ILLEGAL"));
    for pair in [
        (200, "USER_ALREADY_LOGIN"),
        (402, "FILE_UPLOAD_FAILED"),
        (508, "MESSAGE_EXTERNAL_LOGIC_BLOCKED"),
        (605, "GROUP_NOT_EXIST"),
    ] {
        assert!(pairs.contains(&pair), "{pair:?}");
    }
}

/// The file `path` at `revision` of the mirrored repository `repo`
/// (`owner/name`), or `None` (skip) when the mirror or that file is missing.
fn mirrored(repo: &str, revision: &str, path: &str) -> Option<Vec<u8>> {
    let git_dir = std::env::var_os("CHAT_ERRORS_MIRRORS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/work/.mirror"))
        .join(repo.replace('/', "+"))
        .join("repo");
    let shown = Command::new("git")
        .arg("--git-dir")
        .arg(&git_dir)
        .args(["show", &format!("{revision}:{path}")])
        .output();
    let Some(shown) = shown.ok().filter(|output| output.status.success()) else {
        missing(&format!("{path}@{revision} (mirror {})", git_dir.display()));
        return None;
    };
    Some(shown.stdout)
}

/// Every SDK header of `sources/sources.tsv`, read from its mirror, gives
/// exactly the (code, name) rows of its committed extract (made by
/// `sources/extract.py`, a separate implementation of the same rules).
#[test]
fn sdk_headers_match_their_committed_extracts() {
    let sources = std::fs::read_to_string(repository().join("sources/sources.tsv")).expect("sources/sources.tsv");
    let mut checked = 0;
    for row in sources.lines().filter(|line| !line.starts_with('#')) {
        let fields: Vec<&str> = row.split('\t').collect();
        let [repo, path, revision, "header", _, _, _, extract_file] = fields[..] else {
            continue;
        };
        let Some(header) = mirrored(repo, revision, path) else {
            continue;
        };
        let name = path.rsplit('/').next().unwrap();
        let read = extract_bytes(name, &header, DEFAULT_LIMITS).unwrap_or_else(|error| panic!("{name}: {error}"));
        assert!(
            matches!(read.kind, Kind::IosHeader | Kind::CHeader | Kind::CppHeader),
            "{extract_file}: {:?}",
            read.kind
        );
        let rows: Vec<String> = read
            .groups
            .iter()
            .flat_map(|group| &group.entries)
            .map(|entry| format!("{}\t{}", entry.code, entry.name))
            .collect();
        let committed = std::fs::read_to_string(repository().join("sources/extracts").join(extract_file)).unwrap();
        let expected: Vec<&str> = committed.lines().filter(|line| !line.starts_with('#')).collect();
        assert_eq!(rows, expected, "{extract_file}");
        checked += 1;
    }
    eprintln!("{checked} headers checked");
}

/// Facts of the findings (`NotSupportPush` has no value and follows 1402;
/// 605/606 swapped in HyphenateChat 4.x), on the 4.8.1 header.
#[test]
fn hyphenate_ios_4_8_1_header_facts() {
    let Some(header) = mirrored(
        "liupengi/easemob_flutter_demo",
        "0a9a413bdbf0b682f7b12657727026f996fb8f7c",
        "ios/Pods/HyphenateChat/HyphenateChat.xcframework/ios-arm64/HyphenateChat.framework/Headers/EMErrorCode.h",
    ) else {
        return;
    };
    let read = extract_bytes("EMErrorCode.h", &header, DEFAULT_LIMITS).unwrap();
    assert_eq!(read.kind, Kind::IosHeader);
    assert_eq!(read.groups.len(), 1);
    assert_eq!(read.groups[0].container, "EMErrorCode");
    for (name, code) in [
        ("EMErrorThreadCreateMessageIllegal", 1402),
        ("EMErrorNotSupportPush", 1403),
        ("EMErrorGroupSharedFileInvalidId", 605),
        ("EMErrorGroupNotExist", 606),
        ("EMErrorTokeWillExpire", 109),
    ] {
        assert_eq!(code_of(&read, Role::Declared, name), Some(code), "{name}");
    }
}
