//! How each language spells the catalog's constants. The generators of the C
//! header, the Kotlin and Swift constants and the HTML reference all ask here,
//! so a constant is spelled the same wherever it is shown.

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

/// The enum of a space's codes in the Kotlin and Swift bindings.
pub fn binding_enum(space: Space) -> &'static str {
    match space {
        Space::Web => "WebErrorCode",
        Space::Native => "NativeErrorCode",
    }
}

/// The Kotlin constant of an entry: `WebErrorCode.<NAME>`, the SDK's spelling.
pub fn kotlin_constant(entry: &Entry) -> String {
    format!("{}.{}", binding_enum(entry.space()), entry.name())
}

/// A catalog name as a Swift case name: `WEBIM_CONNCTION_DISCONNECTED` is
/// `webimConnctionDisconnected`.
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
    case
}

/// The Swift constant of an entry: `WebErrorCode.<swift_case>`.
pub fn swift_constant(entry: &Entry) -> String {
    format!("{}.{}", binding_enum(entry.space()), swift_case(entry.name()))
}

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
    }
}
