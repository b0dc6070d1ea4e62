//! How each language spells the catalog's constants and spaces. The
//! generators of the C header, the Kotlin and Swift constants, the TypeScript
//! module and the HTML reference all ask here, so a constant is spelled the
//! same wherever it is shown.

use chat_errors::{Entry, Space};

/// `text` as a C identifier part: ASCII upper case, anything else as `_`.
pub fn c_identifier(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_uppercase()
            } else {
                '_'
            }
        })
        .collect()
}

/// The C constant of an entry: `CHAT_ERRORS_<SPACE>_<NAME>`.
pub fn c_constant(entry: &Entry) -> String {
    format!(
        "CHAT_ERRORS_{}_{}",
        c_identifier(entry.space().as_str()),
        c_identifier(entry.name())
    )
}

/// The word that names a space in type names: `Web`, `Native` (the Rust
/// variant's name, which UniFFI gives the Kotlin and Swift enums too).
pub fn space_type_word(space: Space) -> String {
    format!("{space:?}")
}

/// The enum of a space's codes in the Kotlin and Swift bindings: `WebErrorCode`.
pub fn binding_enum(space: Space) -> String {
    format!("{}ErrorCode", space_type_word(space))
}

/// The Kotlin member of UniFFI's `Space` enum: `Space.WEB`.
pub fn kotlin_space(space: Space) -> String {
    format!("Space.{}", space_type_word(space).to_ascii_uppercase())
}

/// The Swift case of UniFFI's `Space` enum: `.web`.
pub fn swift_space(space: Space) -> String {
    format!(".{}", space.as_str())
}

/// A catalog name as a Kotlin enum constant: the SDK's spelling, which must
/// be an UPPER_SNAKE identifier.
///
/// # Panics
/// When the name is not one (the catalog's rules keep it one).
pub fn kotlin_case(name: &str) -> &str {
    let mut chars = name.chars();
    let valid = chars.next().is_some_and(|first| first.is_ascii_uppercase())
        && chars.all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_');
    assert!(valid, "catalog name {name:?} is not an UPPER_SNAKE Kotlin identifier");
    name
}

/// The Kotlin constant of an entry: `WebErrorCode.<NAME>`, the SDK's spelling.
pub fn kotlin_constant(entry: &Entry) -> String {
    format!("{}.{}", binding_enum(entry.space()), kotlin_case(entry.name()))
}

/// A catalog name as a Swift case name: `WEBIM_CONNCTION_DISCONNECTED` is
/// `webimConnctionDisconnected`.
///
/// # Panics
/// When the result is not a Swift identifier (the catalog's rules keep it one).
pub fn swift_case(name: &str) -> String {
    let mut case = String::with_capacity(name.len());
    for (index, word) in name.split('_').filter(|word| !word.is_empty()).enumerate() {
        let word = word.to_ascii_lowercase();
        let mut chars = word.chars();
        if index > 0 {
            case.extend(chars.next().map(|c| c.to_ascii_uppercase()));
        }
        case.push_str(chars.as_str());
    }
    let mut chars = case.chars();
    let valid =
        chars.next().is_some_and(|first| first.is_ascii_alphabetic()) && chars.all(|c| c.is_ascii_alphanumeric());
    assert!(
        valid,
        "catalog name {name:?} does not make a Swift identifier ({case:?})"
    );
    case
}

/// A Swift case name as declared (`case <this> = 16`): in backticks when it
/// is a keyword. Qualified uses (`WebErrorCode.default`) need none.
pub fn swift_case_declaration(name: &str) -> String {
    let case = swift_case(name);
    if SWIFT_KEYWORDS.contains(&case.as_str()) {
        format!("`{case}`")
    } else {
        case
    }
}

/// The Swift constant of an entry: `WebErrorCode.<swift_case>`.
pub fn swift_constant(entry: &Entry) -> String {
    format!("{}.{}", binding_enum(entry.space()), swift_case(entry.name()))
}

/// The TypeScript names of a space's exports.
pub struct TypeScriptNames {
    /// The constant map of codes: `WebErrorCode`.
    pub codes: String,
    /// The type prefix of the info type and name/value types: `Web`.
    pub prefix: String,
    /// The array of every entry: `WEB_ERRORS`.
    pub all: String,
    /// The lookup by name: `webErrorByName`.
    pub by_name: String,
}

/// The TypeScript names of a space's exports.
pub fn typescript_names(space: Space) -> TypeScriptNames {
    let prefix = space_type_word(space);
    TypeScriptNames {
        codes: binding_enum(space),
        all: format!("{}_ERRORS", prefix.to_ascii_uppercase()),
        by_name: format!("{}ErrorByName", prefix.to_ascii_lowercase()),
        prefix,
    }
}

/// Swift keywords that need backticks when declared as a case name.
const SWIFT_KEYWORDS: &[&str] = &[
    "associatedtype",
    "as",
    "break",
    "case",
    "catch",
    "class",
    "continue",
    "default",
    "defer",
    "deinit",
    "do",
    "else",
    "enum",
    "extension",
    "fallthrough",
    "false",
    "fileprivate",
    "for",
    "func",
    "guard",
    "if",
    "import",
    "in",
    "init",
    "inout",
    "internal",
    "is",
    "let",
    "nil",
    "open",
    "operator",
    "private",
    "protocol",
    "public",
    "repeat",
    "rethrows",
    "return",
    "self",
    "static",
    "struct",
    "subscript",
    "super",
    "switch",
    "throw",
    "throws",
    "true",
    "try",
    "typealias",
    "var",
    "where",
    "while",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constants_follow_the_bindings_spelling() {
        let entry = chat_errors::lookup(Space::Web, 16).unwrap();
        assert_eq!(entry.name(), "WEBIM_CONNCTION_DISCONNECTED");
        assert_eq!(c_constant(entry), "CHAT_ERRORS_WEB_WEBIM_CONNCTION_DISCONNECTED");
        assert_eq!(kotlin_constant(entry), "WebErrorCode.WEBIM_CONNCTION_DISCONNECTED");
        assert_eq!(swift_constant(entry), "WebErrorCode.webimConnctionDisconnected");
        assert_eq!(swift_case("A__B_C1"), "aBC1");
        assert_eq!(swift_case_declaration("DEFAULT"), "`default`");
    }

    #[test]
    fn spaces_follow_the_uniffi_spelling() {
        assert_eq!(binding_enum(Space::Native), "NativeErrorCode");
        assert_eq!(kotlin_space(Space::Native), "Space.NATIVE");
        assert_eq!(swift_space(Space::Native), ".native");
        let names = typescript_names(Space::Web);
        assert_eq!(
            [names.codes, names.prefix, names.all, names.by_name],
            ["WebErrorCode", "Web", "WEB_ERRORS", "webErrorByName"]
        );
    }
}
