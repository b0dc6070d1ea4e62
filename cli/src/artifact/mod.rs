//! Reads the (code, name) lists an SDK artifact ships, with no JDK and no
//! Node: the zip, gzip, tar and class-file structures and the JavaScript and
//! header text are parsed here, on the byte and text levels of
//! [`crate::input`].
//!
//! [`extract`] takes a path (or standard input) and [`extract_bytes`] the
//! bytes; both detect the artifact's [`Kind`] from its content, never from
//! its file name:
//!
//! - `1f 8b` (gzip) holding a tar, or a bare tar (`ustar` at offset 257): an
//!   npm package; so is a directory holding a `package.json` (an unpacked
//!   package). Its error enum is the one that declares `REQUEST_SUCCESS` (the
//!   Web SDK's code 0): declared in the `.d.ts` ([`Role::Declared`]) and
//!   built in the JavaScript bundle ([`Role::Runtime`]), each looked for
//!   first in the file `package.json` names (`typings`/`types`, `main`),
//!   then in every other such file in path order. See [`js`].
//! - `PK` (zip) holding `classes.jar`: an Android AAR, whose `classes.jar`
//!   is read as a JAR; a zip holding `.class` files: a JAR. Its error
//!   classes are found by their constants ([`class_file`]).
//! - `ca fe ba be`: a lone class file.
//! - UTF-8 text: an iOS header (`NS_ENUM`, `NS_OPTIONS`, `#import`,
//!   `@interface`), a TypeScript declaration file, a JavaScript bundle, a
//!   C++ header (`namespace`, `class`, `template`, `::`) or a C header (any
//!   other text with an `enum`). See [`header`] and [`js`].
//! - UTF-8 text starting `# repo: `: a committed source extract of
//!   `sources/extracts/` ([`listing`]).
//!
//! # Limits
//!
//! A hostile artifact (truncated, a zip bomb, huge, binary where text is
//! expected, a class file whose constant pool points nowhere) is refused with
//! one [`ArtifactError`], in time linear in the bytes read and inflated, and
//! memory bounded by [`Limits`]:
//!
//! - the artifact itself: the input layer's size limit (64 MiB by default);
//! - everything inflated from one artifact: [`Limits::max_inflated_bytes`]
//!   (256 MiB), and each entry at most [`Limits::max_ratio`] (100) times its
//!   compressed size past its first MiB;
//! - entries per archive, files per package directory: [`Limits::max_entries`];
//! - archives inside archives: depth 2 at most (an AAR's `classes.jar`),
//!   nothing deeper is opened;
//! - ZIP64, encrypted entries and compression other than stored and deflate
//!   are refused, as are tar headers with a bad checksum, pax records or long
//!   names over 64 KiB, and files that are not UTF-8 where text is read.
//!
//! Messages are not escaped for a terminal: the caller shows them through
//! [`crate::terminal::escaped`].

#[cfg(any(test, feature = "builders"))]
pub mod build;
pub mod class_file;
pub mod header;
pub mod js;
pub mod listing;
pub mod tar;
pub mod zip;

mod deflate;
mod npm;

use crate::input::{text_from_bytes, Input, InputError, Source};
use std::fmt;

/// What kind of artifact was read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// An npm package: a gzipped tarball, a bare tar or an unpacked directory.
    NpmPackage,
    /// An Android library (zip holding `classes.jar`).
    Aar,
    /// A Java archive (zip holding class files).
    Jar,
    /// One Java class file.
    ClassFile,
    /// An Objective-C header of the iOS SDK (`EMErrorCode.h`, `AgoraChatErrorCode.h`).
    IosHeader,
    /// A C++ header (`emerror.h`): `namespace`, `class`, `template` or `::` in it.
    CppHeader,
    /// A plain C header, with neither Objective-C nor C++ marks (the iOS
    /// SDK's older `EMErrorCode.h`, a bare `typedef enum`).
    CHeader,
    /// A lone TypeScript declaration file.
    TypeScriptDeclarations,
    /// A lone JavaScript bundle.
    JavaScriptBundle,
    /// A committed source extract (`sources/extracts/*.tsv`).
    SourceExtract,
}

impl Kind {
    /// A short lowercase name: `npm package`, `aar`, `jar`, ...
    pub fn name(self) -> &'static str {
        match self {
            Kind::NpmPackage => "npm package",
            Kind::Aar => "aar",
            Kind::Jar => "jar",
            Kind::ClassFile => "class file",
            Kind::IosHeader => "ios header",
            Kind::CppHeader => "c++ header",
            Kind::CHeader => "c header",
            Kind::TypeScriptDeclarations => "typescript declarations",
            Kind::JavaScriptBundle => "javascript bundle",
            Kind::SourceExtract => "source extract",
        }
    }
}

/// How the codes of a [`Group`] are known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// Declared in source: a `.d.ts` enum or a header enum.
    Declared,
    /// Built at run time: the enum object of a JavaScript bundle.
    Runtime,
    /// Compiled: `public static final int` constants of a class file.
    Compiled,
    /// Documented: the table of an official page (a source extract of kind `page`).
    Documented,
}

/// One code and its name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodeName {
    /// The numeric value.
    pub code: i64,
    /// The constant's name, as the artifact spells it.
    pub name: String,
}

/// The codes of one enum or class, in artifact order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    /// How the codes are known.
    pub role: Role,
    /// The file inside the artifact (`package/Agora-chat.d.ts`,
    /// `classes.jar!/com/hyphenate/EMError.class`; `!/` enters a nested
    /// archive), or the artifact's own name for a lone file.
    pub file: String,
    /// The enum or class (`Code`, `com.hyphenate.EMError`, `EMErrorCode`);
    /// empty for an anonymous enum.
    pub container: String,
    /// The (code, name) pairs in the order the artifact lists them.
    pub entries: Vec<CodeName>,
}

/// Everything read from one artifact.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Extract {
    /// What the artifact is.
    pub kind: Kind,
    /// What the artifact says about itself, as (key, value) pairs in its
    /// order: `name` and `version` of an npm package's `package.json`; the
    /// `# key: value` header of a source extract. Empty for the others.
    pub about: Vec<(String, String)>,
    /// Each error enum or class found, in artifact order (for an npm
    /// package: the declared enum, then the runtime one).
    pub groups: Vec<Group>,
}

impl Extract {
    /// The groups of one role.
    pub fn groups_of(&self, role: Role) -> impl Iterator<Item = &Group> {
        self.groups.iter().filter(move |group| group.role == role)
    }

    /// The value `about` gives for `key`, if any.
    pub fn about(&self, key: &str) -> Option<&str> {
        self.about
            .iter()
            .find(|(known, _)| known == key)
            .map(|(_, value)| value.as_str())
    }
}

/// Limits on what reading one artifact may cost (see the module documentation).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Bytes inflated from all compressed data of one artifact, in total.
    pub max_inflated_bytes: u64,
    /// Inflated bytes per compressed byte allowed for one entry, past its first MiB.
    pub max_ratio: u64,
    /// Entries of one archive or files of one package directory.
    pub max_entries: usize,
}

/// The default limits: 256 MiB inflated, ratio 100, 65 536 entries.
pub const DEFAULT_LIMITS: Limits = Limits {
    max_inflated_bytes: 256 * 1024 * 1024,
    max_ratio: 100,
    max_entries: 65_536,
};

impl Default for Limits {
    fn default() -> Self {
        DEFAULT_LIMITS
    }
}

/// Why an artifact gave no codes.
#[derive(Debug)]
pub enum ArtifactError {
    /// The input layer refused or could not read the artifact (or a file of a package directory).
    Input {
        /// The file concerned (empty for the artifact itself).
        file: String,
        /// The input layer's reason.
        error: InputError,
    },
    /// The content is none of the kinds read.
    Unrecognized,
    /// The structure is broken: truncated, inconsistent, out of range.
    Corrupt {
        /// The file concerned.
        file: String,
        /// What is wrong.
        reason: String,
    },
    /// A structure that is valid but not read (ZIP64, encryption, another compression).
    Unsupported {
        /// The file concerned.
        file: String,
        /// What is not read.
        reason: String,
    },
    /// A limit of [`Limits`] or of the formats was reached.
    Limit {
        /// The file concerned.
        file: String,
        /// Which limit.
        reason: String,
    },
    /// Text that is not UTF-8.
    NotUtf8 {
        /// The file concerned.
        file: String,
        /// The line (from 1) of the first byte that is not UTF-8.
        line: usize,
    },
    /// A member of an error enum whose value cannot be evaluated.
    Syntax {
        /// The file concerned.
        file: String,
        /// The line (from 1) of the member.
        line: usize,
        /// What could not be read.
        reason: String,
    },
    /// The artifact was read but holds no error enum or class.
    NoErrorCodes {
        /// What was looked for.
        reason: String,
    },
}

impl fmt::Display for ArtifactError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        let place = |file: &str| {
            if file.is_empty() {
                String::new()
            } else {
                format!("{file}: ")
            }
        };
        match self {
            ArtifactError::Input { file, error } => write!(formatter, "{}{error}", place(file)),
            ArtifactError::Unrecognized => formatter
                .write_str("not an SDK artifact read here (npm package, AAR, JAR, class file, iOS, C or C++ header)"),
            ArtifactError::Corrupt { file, reason } => write!(formatter, "{}corrupt: {reason}", place(file)),
            ArtifactError::Unsupported { file, reason } => {
                write!(formatter, "{}not supported: {reason}", place(file))
            }
            ArtifactError::Limit { file, reason } => write!(formatter, "{}refused: {reason}", place(file)),
            ArtifactError::NotUtf8 { file, line } => {
                write!(formatter, "{}not UTF-8 text (line {line})", place(file))
            }
            ArtifactError::Syntax { file, line, reason } => {
                write!(formatter, "{}line {line}: {reason}", place(file))
            }
            ArtifactError::NoErrorCodes { reason } => write!(formatter, "no error codes found: {reason}"),
        }
    }
}

impl std::error::Error for ArtifactError {}

impl ArtifactError {
    pub(crate) fn corrupt(file: &str, reason: impl Into<String>) -> Self {
        ArtifactError::Corrupt {
            file: file.to_owned(),
            reason: reason.into(),
        }
    }

    pub(crate) fn unsupported(file: &str, reason: impl Into<String>) -> Self {
        ArtifactError::Unsupported {
            file: file.to_owned(),
            reason: reason.into(),
        }
    }

    pub(crate) fn limit(file: &str, reason: impl Into<String>) -> Self {
        ArtifactError::Limit {
            file: file.to_owned(),
            reason: reason.into(),
        }
    }
}

/// The inflated-bytes allowance left while one artifact is read.
#[derive(Debug)]
pub(crate) struct Budget {
    limits: Limits,
    inflated: u64,
}

impl Budget {
    pub(crate) fn new(limits: Limits) -> Self {
        Budget { limits, inflated: 0 }
    }

    pub(crate) fn limits(&self) -> Limits {
        self.limits
    }
}

/// Reads the artifact `source` names: a file, standard input, or an
/// unpacked npm package directory, under the input layer's rules and `limits`.
pub fn extract(source: &Source, input: Input, limits: Limits) -> Result<Extract, ArtifactError> {
    if let Source::Path(path) = source {
        if path.is_dir() {
            let root = input.directory(source).map_err(|error| ArtifactError::Input {
                file: String::new(),
                error,
            })?;
            return npm::from_directory(root, input, limits);
        }
    }
    let bytes = input.bytes(source).map_err(|error| ArtifactError::Input {
        file: String::new(),
        error,
    })?;
    let name = match source {
        Source::Stdin => "-".to_owned(),
        Source::Path(path) => path
            .file_name()
            .map(|name| name.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.display().to_string()),
    };
    extract_bytes(&name, &bytes, limits)
}

/// Reads an artifact given as bytes; `name` is what the groups of a lone
/// file (a header, a class file) give as their file.
pub fn extract_bytes(name: &str, bytes: &[u8], limits: Limits) -> Result<Extract, ArtifactError> {
    let mut budget = Budget::new(limits);
    if bytes.starts_with(&[0x1f, 0x8b]) {
        let tar = deflate::gunzip("", bytes, &mut budget)?;
        return npm::from_tar(&tar, &mut budget);
    }
    if tar::looks_like_tar(bytes) {
        return npm::from_tar(bytes, &mut budget);
    }
    if bytes.starts_with(b"PK") {
        return zip::extract_android(bytes, &mut budget);
    }
    if bytes.starts_with(&class_file::MAGIC) {
        let class = class_file::parse(name, bytes)?;
        let groups = class_file::error_group(name, &class).into_iter().collect();
        return with_groups(Kind::ClassFile, groups, "no constants that look like error codes");
    }
    if bytes.contains(&0) {
        return Err(ArtifactError::Unrecognized);
    }
    let text = read_text(name, bytes.to_vec())?;
    extract_text(name, &text)
}

/// A text artifact: a header, a `.d.ts` or a bundle (see the module documentation).
fn extract_text(name: &str, text: &str) -> Result<Extract, ArtifactError> {
    if listing::is_listing(text) {
        return listing::read(name, text);
    }
    if header::is_objc(text) {
        let groups = header::error_enums(name, text)?;
        return with_groups(Kind::IosHeader, groups, "no enum named like `...Error...`");
    }
    if let Some(group) = js::declared_enum(name, text)? {
        return Ok(Extract {
            kind: Kind::TypeScriptDeclarations,
            about: Vec::new(),
            groups: vec![group],
        });
    }
    if let Some(group) = js::runtime_enum(name, text)? {
        return Ok(Extract {
            kind: Kind::JavaScriptBundle,
            about: Vec::new(),
            groups: vec![group],
        });
    }
    if header::has_enum(text) {
        let kind = if header::is_cpp(text) {
            Kind::CppHeader
        } else {
            Kind::CHeader
        };
        let groups = header::error_enums(name, text)?;
        return with_groups(kind, groups, "no enum named like `...Error...`");
    }
    Err(ArtifactError::Unrecognized)
}

fn with_groups(kind: Kind, groups: Vec<Group>, wanted: &str) -> Result<Extract, ArtifactError> {
    if groups.is_empty() {
        return Err(ArtifactError::NoErrorCodes {
            reason: format!("the {} holds {wanted}", kind.name()),
        });
    }
    Ok(Extract {
        kind,
        about: Vec::new(),
        groups,
    })
}

/// `bytes` as text through the input layer's text level.
pub(crate) fn read_text(file: &str, bytes: Vec<u8>) -> Result<String, ArtifactError> {
    text_from_bytes(bytes).map_err(|error| match error {
        InputError::NotUtf8 { line } => ArtifactError::NotUtf8 {
            file: file.to_owned(),
            line,
        },
        error => ArtifactError::Input {
            file: file.to_owned(),
            error,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::artifact::build::{class_bytes, error_constants, gzipped, tar, zip};
    use std::time::{Duration, Instant};

    fn aar() -> Vec<u8> {
        let constants = error_constants(20);
        let jar = zip(&[
            ("a/Other.class", &class_bytes("a/Other", &constants[..3]), true),
            ("a/EMError.class", &class_bytes("a/EMError", &constants), true),
        ]);
        zip(&[
            ("AndroidManifest.xml", b"<manifest/>", true),
            ("classes.jar", &jar, false),
        ])
    }

    #[test]
    fn kinds_are_told_by_content_not_by_name() {
        let read = extract_bytes("anything.bin", &aar(), DEFAULT_LIMITS).unwrap();
        assert_eq!(read.kind, Kind::Aar);
        assert_eq!(read.groups.len(), 1);
        assert_eq!(read.groups[0].file, "classes.jar!/a/EMError.class");
        assert_eq!(read.groups[0].container, "a.EMError");
        assert_eq!(read.groups[0].role, Role::Compiled);
        let constants = error_constants(20);
        let jar = zip(&[("a/EMError.class", &class_bytes("a/EMError", &constants), true)]);
        assert_eq!(extract_bytes("x.aar", &jar, DEFAULT_LIMITS).unwrap().kind, Kind::Jar);
        let class = class_bytes("a/EMError", &constants);
        assert_eq!(
            extract_bytes("x.h", &class, DEFAULT_LIMITS).unwrap().kind,
            Kind::ClassFile
        );
        for (text, kind) in [
            (
                "typedef NS_ENUM(NSInteger, EMErrorCode) { EMErrorNoError = 0 };",
                Kind::IosHeader,
            ),
            ("typedef enum { EMErrorGeneral = 1 } EMErrorCode;", Kind::CHeader),
            ("namespace e { enum ErrorCode { A }; }", Kind::CppHeader),
            (
                "declare enum Code { REQUEST_SUCCESS = 0 }",
                Kind::TypeScriptDeclarations,
            ),
            ("e[e.REQUEST_SUCCESS=0]=\"REQUEST_SUCCESS\"", Kind::JavaScriptBundle),
        ] {
            assert_eq!(
                extract_bytes("x.tgz", text.as_bytes(), DEFAULT_LIMITS).unwrap().kind,
                kind,
                "{text}"
            );
        }
    }

    #[test]
    fn binary_and_non_utf8_inputs_are_one_line_errors() {
        let binary: Vec<u8> = (0..=255u8).cycle().take(4096).collect();
        let error = extract_bytes("x.bin", &binary, DEFAULT_LIMITS).unwrap_err();
        assert!(matches!(error, ArtifactError::Unrecognized), "{error}");
        let header = b"typedef NS_ENUM(NSInteger, EMErrorCode) {\n EMErrorA = 0,\n EMError\xff = 1\n};";
        let error = extract_bytes("EMErrorCode.h", header, DEFAULT_LIMITS).unwrap_err();
        assert_eq!(error.to_string(), "EMErrorCode.h: not UTF-8 text (line 3)");
        let error = extract_bytes("x.txt", b"just some text", DEFAULT_LIMITS).unwrap_err();
        assert!(matches!(error, ArtifactError::Unrecognized));
        let error = extract_bytes("x.h", b"enum Colors { RED };", DEFAULT_LIMITS).unwrap_err();
        assert_eq!(
            error.to_string(),
            "no error codes found: the c header holds no enum named like `...Error...`"
        );
    }

    #[test]
    fn a_huge_artifact_is_refused_by_the_input_layer() {
        let path = std::env::temp_dir().join(format!("chat-errors-huge-{}.aar", std::process::id()));
        std::fs::write(&path, aar()).unwrap();
        let error = extract(&Source::Path(path.clone()), Input::with_max_bytes(100), DEFAULT_LIMITS).unwrap_err();
        assert_eq!(
            error.to_string(),
            "larger than the limit of 100 bytes (see --max-input-bytes)"
        );
        std::fs::remove_file(path).unwrap();
    }

    #[test]
    fn every_truncated_aar_and_tarball_is_an_error() {
        let aar = aar();
        for cut in 0..aar.len() {
            assert!(
                extract_bytes("x.aar", &aar[..cut], DEFAULT_LIMITS).is_err(),
                "aar cut at {cut}"
            );
        }
        let package = tar(&[
            ("package/package.json", b"{}"),
            ("package/a.d.ts", b"enum Code { REQUEST_SUCCESS = 0 }"),
        ]);
        let tarball = gzipped(&package);
        for cut in 0..tarball.len() {
            assert!(
                extract_bytes("x.tgz", &tarball[..cut], DEFAULT_LIMITS).is_err(),
                "tgz cut at {cut}"
            );
        }
        assert!(extract_bytes("x.tgz", &tarball, DEFAULT_LIMITS).is_ok());
    }

    #[test]
    fn bombs_stop_quickly_at_the_limits() {
        let start = Instant::now();
        let zeros = vec![0u8; 16 * 1024 * 1024];
        let bomb = zip(&[("classes.jar", &zeros, true)]);
        assert!(bomb.len() < 100 * 1024, "{} bytes", bomb.len());
        let error = extract_bytes("bomb.aar", &bomb, DEFAULT_LIMITS).unwrap_err();
        assert!(matches!(error, ArtifactError::Limit { .. }), "{error}");
        let tar_bomb = gzipped(&zeros);
        let error = extract_bytes("bomb.tgz", &tar_bomb, DEFAULT_LIMITS).unwrap_err();
        assert!(error.to_string().contains("times its compressed size"), "{error}");
        let tight = Limits {
            max_inflated_bytes: 8 * 1024 * 1024,
            max_ratio: 100_000,
            ..DEFAULT_LIMITS
        };
        let error = extract_bytes("bomb.tgz", &tar_bomb, tight).unwrap_err();
        assert!(
            error
                .to_string()
                .contains("limit of 8388608 bytes for the whole artifact"),
            "{error}"
        );
        assert!(start.elapsed() < Duration::from_secs(20), "{:?}", start.elapsed());
    }
}
