//! Invariants of the SDK artifact extractors (`chat_errors_cli::artifact`),
//! one target per format, each reading the fuzzer's bytes the way
//! `extract_bytes` reads an artifact: whatever the bytes, reading returns
//! (never panics) within the fuzzer's time and memory limits; an error is
//! a non-empty message, one line as the command shows it (escaped); and what is extracted is bounded by what was read
//! (the names hold no more bytes than the input plus what was inflated).
//! The targets differ by their seeds: zips (AAR, JAR), tarballs (gzipped
//! and bare), class files, JavaScript (`.d.ts` and bundles), headers.

use chat_errors_cli::artifact::{extract_bytes, Extract, Kind, Limits, DEFAULT_LIMITS};
use chat_errors_cli::terminal::escaped;

/// Limits small enough for thousands of runs a second: 8 MiB inflated.
pub const FUZZ_LIMITS: Limits = Limits {
    max_inflated_bytes: 8 * 1024 * 1024,
    max_ratio: DEFAULT_LIMITS.max_ratio,
    max_entries: 4096,
};

/// Reads `data` as an artifact and checks the shared invariants; returns
/// what was read.
fn check(name: &str, data: &[u8]) -> Option<Extract> {
    match extract_bytes(name, data, FUZZ_LIMITS) {
        Ok(read) => {
            assert!(!read.groups.is_empty(), "an extract without groups");
            let name_bytes: usize = read
                .groups
                .iter()
                .flat_map(|group| &group.entries)
                .map(|entry| entry.name.len().max(1))
                .sum();
            let compressed = matches!(read.kind, Kind::NpmPackage | Kind::Aar | Kind::Jar);
            let available = data.len() as u64 + if compressed { FUZZ_LIMITS.max_inflated_bytes } else { 0 };
            assert!(
                name_bytes as u64 <= available,
                "{name_bytes} name bytes from {available} bytes read"
            );
            Some(read)
        }
        Err(error) => {
            let message = error.to_string();
            assert!(!message.is_empty(), "an empty error message");
            let shown = escaped(&message).to_string();
            assert!(!shown.contains('\n'), "a message of several lines: {shown:?}");
            None
        }
    }
}

/// Zip target: AARs and JARs.
pub fn check_zip(data: &[u8]) {
    if let Some(read) = check("fuzz.aar", data) {
        // The kind comes from the content: only a zip (PK header) must read as an archive.
        if data.starts_with(b"PK\x03\x04") {
            assert!(matches!(read.kind, Kind::Aar | Kind::Jar), "{:?} from a zip", read.kind);
        }
    }
}

/// Tar target: gzipped and bare tarballs (npm packages).
pub fn check_tar(data: &[u8]) {
    if let Some(read) = check("fuzz.tgz", data) {
        if data.starts_with(&[0x1f, 0x8b]) {
            assert_eq!(read.kind, Kind::NpmPackage);
        }
    }
}

/// Class-file target.
pub fn check_class_file(data: &[u8]) {
    if let Some(read) = check("Fuzz.class", data) {
        if data.starts_with(&[0xca, 0xfe, 0xba, 0xbe]) {
            assert_eq!(read.kind, Kind::ClassFile);
        }
    }
}

/// JavaScript target: `.d.ts` declarations and bundles.
pub fn check_js(data: &[u8]) {
    check("fuzz.js", data);
}

/// Header target: iOS, C and C++ headers.
pub fn check_header(data: &[u8]) {
    check("fuzz.h", data);
}

/// Starting inputs for the artifact targets.
pub fn seeds(target: &str) -> Vec<Vec<u8>> {
    match target {
        "artifact_zip" => build::zip_seeds(),
        "artifact_tar" => build::tar_seeds(),
        "artifact_class_file" => vec![
            build::class_file("com/example/EMError", 20),
            build::class_file("a/B", 16),
        ],
        "artifact_js" => build::js_seeds(),
        "artifact_header" => build::header_seeds(),
        _ => Vec::new(),
    }
}

/// Seeds built with the CLI's artifact builders.
mod build {
    use chat_errors_cli::artifact::build::{class_bytes, error_constants, gzipped, tar, zip};

    /// A class file with `count` `public static final int` fields `E<n>_ERROR = n`.
    pub(super) fn class_file(name: &str, count: i32) -> Vec<u8> {
        class_bytes(name, &error_constants(count))
    }

    pub(super) fn zip_seeds() -> Vec<Vec<u8>> {
        let jar = zip(&[
            ("META-INF/MANIFEST.MF", b"Manifest-Version: 1.0\n", true),
            (
                "com/example/EMError.class",
                &class_file("com/example/EMError", 20),
                true,
            ),
            ("a/B.class", &class_file("a/B", 2), false),
        ]);
        vec![
            zip(&[
                ("AndroidManifest.xml", b"<manifest/>", true),
                ("classes.jar", &jar, false),
            ]),
            zip(&[("classes.jar", &jar, true)]),
            jar,
        ]
    }

    pub(super) fn tar_seeds() -> Vec<Vec<u8>> {
        let package = tar(&[
            (
                "package/package.json",
                b"{\"main\":\"X-chat\",\"typings\":\"X-chat.d.ts\"}",
            ),
            ("package/X-chat.d.ts", DECLARED.as_bytes()),
            ("package/X-chat.js", BUNDLE.as_bytes()),
        ]);
        vec![gzipped(&package), package]
    }

    const DECLARED: &str = "declare namespace X {\n\t/** The error codes. */\n\tenum Code {\n\t\t/** No error. */\n\
        \t\tREQUEST_SUCCESS = 0,\n\t\tREQUEST_TIMEOUT = -1,\n\t\tMAX_LIMIT = 50,\n\t\tNEXT,\n\t\tGROUP_FULL = 0x25C\n\t}\n}\n";
    const BUNDLE: &str = "!function(e){e[e.REQUEST_SUCCESS=0]=\"REQUEST_SUCCESS\",e[e.REQUEST_TIMEOUT=-1]=\"REQUEST_TIMEOUT\",\
        e[e.BIG=1e3]=\"BIG\"}(n||(n={}));var c={REQUEST_SUCCESS:0,B:-1};Code[Code[\"REQUEST_SUCCESS\"] = 0] = \"REQUEST_SUCCESS\";";

    pub(super) fn js_seeds() -> Vec<Vec<u8>> {
        vec![DECLARED.as_bytes().to_vec(), BUNDLE.as_bytes().to_vec()]
    }

    pub(super) fn header_seeds() -> Vec<Vec<u8>> {
        [
            "#import <Foundation/Foundation.h>\ntypedef NS_ENUM(NSInteger, EMErrorCode) {\n    EMErrorNoError = 0, /** none */\n\
             EMErrorGeneral,\n    EMErrorOld API_DEPRECATED(\"x, y\", ios(3.0, 4.0)),\n    EMErrorCast = (NSInteger)200,\n};\n",
            "namespace easemob {\nclass EMError {\n typedef enum\n {\n EM_NO_ERROR = 0,\n GENERAL_ERROR,\n#if X\n A = 800,\n#else\n \
             B = 900,\n#endif\n ALIAS = A,\n SHIFT = 1 << 4 | 1,\n }EMErrorCode;\n};\n}\n",
            "typedef enum{\n EMErrorGeneral = 1, /*! general */\n EMErrorNext,\n}EMErrorCode;\n",
            "enum class ErrorKind : int32_t { A = -5, B, C = 0x10, D = ~0, E = (A) * 2 - 1 };",
        ]
        .iter()
        .map(|seed| seed.as_bytes().to_vec())
        .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each seed is a valid artifact (that it passes its check is tested for
    /// every target in `lib.rs`).
    #[test]
    fn every_seed_reads() {
        for (target, _) in crate::TARGETS
            .iter()
            .filter(|(target, _)| target.starts_with("artifact_"))
        {
            for seed in seeds(target) {
                let read =
                    extract_bytes("seed", &seed, FUZZ_LIMITS).unwrap_or_else(|error| panic!("{target}: {error}"));
                assert!(!read.groups.is_empty());
            }
        }
    }
}
