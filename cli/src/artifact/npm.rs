//! An npm package, packed (tar) or unpacked (a directory): its root is the
//! folder of the shallowest `package.json`; the declared error enum is looked
//! for in the `typings`/`types` file, then in every `.d.ts` in path order;
//! the runtime one in the `main` file (as Node resolves it: the path, `.js`
//! added, or `index.js` in it), then in every `.js`, `.mjs` and `.cjs` in
//! path order. A directory is walked without following symbolic links to
//! folders, at most [`Limits::max_entries`](super::Limits::max_entries) files
//! and 32 levels deep; each file is read through the input layer, and the
//! bytes read count against the inflated-bytes limit.

use super::{js, read_text, tar, ArtifactError, Budget, Extract, Group, Kind, Limits};
use crate::input::{Input, Source};
use std::path::{Path, PathBuf};

const MAX_DEPTH: usize = 32;

enum Store<'a> {
    Tar(Vec<tar::File<'a>>),
    Directory { root: &'a Path, input: Input },
}

struct Package<'a> {
    names: Vec<String>,
    store: Store<'a>,
}

impl Package<'_> {
    fn read(&self, index: usize, budget: &mut Budget) -> Result<String, ArtifactError> {
        let name = &self.names[index];
        let bytes = match &self.store {
            Store::Tar(files) => files[index].content.to_vec(),
            Store::Directory { root, input } => {
                let bytes = input
                    .bytes(&Source::Path(root.join(name)))
                    .map_err(|error| ArtifactError::Input {
                        file: name.clone(),
                        error,
                    })?;
                budget.inflated = budget.inflated.saturating_add(bytes.len() as u64);
                if budget.inflated > budget.limits().max_inflated_bytes {
                    return Err(ArtifactError::limit(
                        name,
                        format!(
                            "the package's files pass the limit of {} bytes read",
                            budget.limits().max_inflated_bytes
                        ),
                    ));
                }
                bytes
            }
        };
        read_text(name, bytes)
    }

    fn position(&self, name: &str) -> Option<usize> {
        self.names.iter().position(|candidate| candidate == name)
    }
}

/// The package in the tar `bytes`.
pub(crate) fn from_tar(bytes: &[u8], budget: &mut Budget) -> Result<Extract, ArtifactError> {
    let files = tar::files("", bytes, budget.limits())?;
    let names = files.iter().map(|file| file.name.clone()).collect();
    read_package(
        &Package {
            names,
            store: Store::Tar(files),
        },
        budget,
    )
}

/// The unpacked package in the directory `root`.
pub(crate) fn from_directory(root: &Path, input: Input, limits: Limits) -> Result<Extract, ArtifactError> {
    let mut names = Vec::new();
    walk(root, PathBuf::new(), 0, limits, &mut names)?;
    names.sort();
    read_package(
        &Package {
            names,
            store: Store::Directory { root, input },
        },
        &mut Budget::new(limits),
    )
}

fn walk(
    root: &Path,
    relative: PathBuf,
    depth: usize,
    limits: Limits,
    names: &mut Vec<String>,
) -> Result<(), ArtifactError> {
    let place = relative.to_string_lossy().into_owned();
    let io = |error| ArtifactError::Input {
        file: place.clone(),
        error: crate::input::InputError::Io(error),
    };
    if depth > MAX_DEPTH {
        return Err(ArtifactError::limit(
            &place,
            format!("folders nested more than {MAX_DEPTH} deep"),
        ));
    }
    for entry in std::fs::read_dir(root.join(&relative)).map_err(io)? {
        let entry = entry.map_err(io)?;
        let path = relative.join(entry.file_name());
        if entry.file_type().map_err(io)?.is_dir() {
            walk(root, path, depth + 1, limits, names)?;
        } else {
            if names.len() >= limits.max_entries {
                return Err(ArtifactError::limit(
                    "",
                    format!("more than {} files", limits.max_entries),
                ));
            }
            names.push(path.to_string_lossy().replace('\\', "/"));
        }
    }
    Ok(())
}

/// `path` made relative to the package root `prefix`, `./` and `/` runs removed.
fn join(prefix: &str, path: &str) -> String {
    let parts: Vec<&str> = path
        .split('/')
        .filter(|part| !part.is_empty() && *part != ".")
        .collect();
    format!("{prefix}{}", parts.join("/"))
}

fn read_package(package: &Package<'_>, budget: &mut Budget) -> Result<Extract, ArtifactError> {
    let manifest = package
        .names
        .iter()
        .enumerate()
        .filter(|(_, name)| *name == "package.json" || name.ends_with("/package.json"))
        .min_by_key(|(_, name)| name.matches('/').count());
    let mut about = Vec::new();
    let (prefix, main, typings) = match manifest {
        Some((index, name)) => {
            let prefix = &name[..name.len() - "package.json".len()];
            let text = package.read(index, budget)?;
            let json: serde_json::Value = serde_json::from_str(&text)
                .map_err(|error| ArtifactError::corrupt(name, format!("not valid JSON ({error})")))?;
            let field = |key: &str| json.get(key).and_then(serde_json::Value::as_str).map(str::to_owned);
            for key in ["name", "version"] {
                about.extend(field(key).map(|value| (key.to_owned(), value)));
            }
            (
                prefix.to_owned(),
                field("main"),
                field("types").or_else(|| field("typings")),
            )
        }
        None => (String::new(), None, None),
    };
    let main = main.unwrap_or_else(|| "index.js".to_owned());
    let main_candidates = [
        join(&prefix, &main),
        join(&prefix, &format!("{main}.js")),
        join(&prefix, &format!("{main}/index.js")),
    ];
    let stem = main.strip_suffix(".js").unwrap_or(&main);
    let typings_candidates = match typings {
        Some(typings) => vec![join(&prefix, &typings)],
        None => vec![join(&prefix, &format!("{stem}.d.ts")), join(&prefix, "index.d.ts")],
    };
    let declared = find(
        package,
        budget,
        &prefix,
        &typings_candidates,
        &[".d.ts"],
        js::declared_enum,
    )?;
    let runtime = find(
        package,
        budget,
        &prefix,
        &main_candidates,
        &[".js", ".mjs", ".cjs"],
        js::runtime_enum,
    )?;
    let groups: Vec<Group> = declared.into_iter().chain(runtime).collect();
    if groups.is_empty() {
        return Err(ArtifactError::NoErrorCodes {
            reason: format!(
                "no .d.ts or JavaScript file of the npm package holds an enum with {}",
                js::ANCHOR
            ),
        });
    }
    Ok(Extract {
        kind: Kind::NpmPackage,
        about,
        groups,
    })
}

type Reader = fn(&str, &str) -> Result<Option<Group>, ArtifactError>;

/// The first group `reader` finds: in the entry-point candidates, then in
/// every file under `prefix` with one of `suffixes`, in path order.
fn find(
    package: &Package<'_>,
    budget: &mut Budget,
    prefix: &str,
    entry_points: &[String],
    suffixes: &[&str],
    reader: Reader,
) -> Result<Option<Group>, ArtifactError> {
    let entry_points = entry_points.iter().filter_map(|name| package.position(name));
    let mut others: Vec<usize> = (0..package.names.len())
        .filter(|&index| {
            let name = &package.names[index];
            name.starts_with(prefix) && suffixes.iter().any(|suffix| name.ends_with(suffix))
        })
        .collect();
    others.sort_by(|&a, &b| package.names[a].cmp(&package.names[b]));
    let mut seen = Vec::new();
    for index in entry_points.chain(others) {
        if seen.contains(&index) {
            continue;
        }
        seen.push(index);
        let text = package.read(index, budget)?;
        if let Some(group) = reader(&package.names[index], &text)? {
            return Ok(Some(group));
        }
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::artifact::build::{gzipped, tar};
    use crate::artifact::{extract, extract_bytes, Role, DEFAULT_LIMITS};

    const DTS: &[u8] = b"declare namespace X {\n enum Code {\n  REQUEST_SUCCESS = 0,\n  REQUEST_TIMEOUT = -1,\n  GROUP_FULL = 604\n }\n}\n";
    const BUNDLE: &[u8] = b"!function(e){e[e.REQUEST_SUCCESS=0]=\"REQUEST_SUCCESS\",e[e.GROUP_FULL=604]=\"GROUP_FULL\",e[e.EXTRA=999]=\"EXTRA\"}(n||(n={}));";

    fn package_files() -> Vec<(&'static str, &'static [u8])> {
        vec![
            (
                "package/package.json",
                b"{\"name\":\"x\",\"main\":\"X-chat\",\"typings\":\"X-chat.d.ts\"}",
            ),
            ("package/a/other.d.ts", b"enum Code { REQUEST_SUCCESS = 7 }"),
            ("package/X-chat.d.ts", DTS),
            ("package/X-chat.js", BUNDLE),
        ]
    }

    fn summary(extract: &Extract) -> Vec<(Role, String, usize)> {
        extract
            .groups
            .iter()
            .map(|group| (group.role, group.file.clone(), group.entries.len()))
            .collect()
    }

    #[test]
    fn a_tarball_gives_the_declared_and_the_runtime_enum() {
        let tarball = gzipped(&tar(&package_files()));
        let extract = extract_bytes("x.tgz", &tarball, DEFAULT_LIMITS).unwrap();
        assert_eq!(extract.kind, Kind::NpmPackage);
        assert_eq!(
            summary(&extract),
            [
                (Role::Declared, "package/X-chat.d.ts".to_owned(), 3),
                (Role::Runtime, "package/X-chat.js".to_owned(), 3),
            ]
        );
        assert_eq!(extract.groups[1].entries[2].name, "EXTRA");
        let bare = extract_bytes("x.tar", &tar(&package_files()), DEFAULT_LIMITS).unwrap();
        assert_eq!(bare, extract);
    }

    #[test]
    fn without_entry_points_files_are_searched_in_path_order() {
        let files = [
            ("package/package.json", &b"{}"[..]),
            ("package/z.d.ts", DTS),
            ("package/a/other.d.ts", b"enum Code { REQUEST_SUCCESS = 7 }"),
        ];
        let extract = extract_bytes("x.tar", &tar(&files), DEFAULT_LIMITS).unwrap();
        assert_eq!(
            summary(&extract),
            [(Role::Declared, "package/a/other.d.ts".to_owned(), 1)]
        );
        let none = [("package/package.json", &b"{}"[..]), ("package/a.js", b"var a;")];
        let error = extract_bytes("x.tar", &tar(&none), DEFAULT_LIMITS).unwrap_err();
        assert!(matches!(error, ArtifactError::NoErrorCodes { .. }), "{error}");
        let bad_json = [("package/package.json", &b"{"[..])];
        let error = extract_bytes("x.tar", &tar(&bad_json), DEFAULT_LIMITS).unwrap_err();
        assert!(
            error
                .to_string()
                .starts_with("package/package.json: corrupt: not valid JSON"),
            "{error}"
        );
    }

    #[test]
    fn an_unpacked_directory_reads_like_its_tarball() {
        let root = std::env::temp_dir().join(format!("chat-errors-npm-{}", std::process::id()));
        for (name, content) in package_files() {
            let path = root.join(name.strip_prefix("package/").unwrap());
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, content).unwrap();
        }
        let read = extract(&Source::Path(root.clone()), Input::default(), DEFAULT_LIMITS).unwrap();
        assert_eq!(
            summary(&read),
            [
                (Role::Declared, "X-chat.d.ts".to_owned(), 3),
                (Role::Runtime, "X-chat.js".to_owned(), 3),
            ]
        );
        let few = Limits {
            max_entries: 2,
            ..DEFAULT_LIMITS
        };
        let error = extract(&Source::Path(root.clone()), Input::default(), few).unwrap_err();
        assert_eq!(error.to_string(), "refused: more than 2 files");
        let small = Input::with_max_bytes(20);
        let error = extract(&Source::Path(root.clone()), small, DEFAULT_LIMITS).unwrap_err();
        assert!(
            error.to_string().starts_with("package.json: larger than the limit"),
            "{error}"
        );
        std::fs::remove_dir_all(root).unwrap();
    }
}
