//! Swift constants: one enum per numbering space (`WebErrorCode`,
//! `NativeErrorCode`, raw type `Int32`) with a case for every code, each
//! space's value in the C ABI, and the entry slots (`Entries`), for the
//! idiomatic layer in `bindings/swift`.

use crate::constants::{self, CodeEnum, Language};
use crate::{string_literal, Generated, Literal, GENERATED_FROM_CATALOG};
use chat_errors::{entries, Entry, Platform, Space, CATALOG_VERSION};
use chat_errors_render::naming::{swift_case_declaration, swift_space};
use std::collections::BTreeSet;
use std::fmt::Write;
use std::path::Path;

/// Where the generated constants live (next to the hand-written layer).
const PATH: &str = "bindings/swift/ErrorCodes.swift";

/// Where the generated entry slots live (next to the hand-written layer).
const ENTRIES_PATH: &str = "bindings/swift/Entries.swift";

/// The generated files of this kind.
pub fn outputs(_root: &Path) -> Vec<Generated> {
    vec![
        Generated::new(PATH, constants::render(&Swift)),
        Generated::new(ENTRIES_PATH, render_entries()),
    ]
}

/// `Entries`: a static let per code, each its entry as UniFFI's `lookup`
/// returns it, read on first use (Swift runs each initializer once,
/// thread-safely, and reads it without a lock after), and a switch per space
/// from code to slot.
fn render_entries() -> String {
    let mut out = String::from(GENERATED_FROM_CATALOG);
    out.push_str(
        "\n\
         /// Every entry of the catalog, each read from the library (UniFFI's `lookup`)\n\
         /// the first time it is asked for: one static let per code, so thread-safe and\n\
         /// lock-free once read.\n\
         enum Entries {\n    \
         /// Every code of `space`, in code order.\n    \
         static func codes(_ space: Space) -> [Int32] {\n        \
         switch space {\n",
    );
    for &space in Space::ALL {
        let codes: Vec<String> = entries(space).iter().map(|entry| entry.code().to_string()).collect();
        let _ = writeln!(
            out,
            "        case {}: return [{}]",
            swift_space(space),
            codes.join(", ")
        );
    }
    out.push_str(
        "        }\n    }\n\n    \
         /// The entry for `code` in `space`, nil for a code the catalog does not document.\n    \
         static func entry(_ space: Space, code: Int32) -> ErrorEntry? {\n        \
         switch space {\n",
    );
    for &space in Space::ALL {
        let _ = writeln!(
            out,
            "        case {}: return {}(code)",
            swift_space(space),
            space.as_str()
        );
    }
    out.push_str("        }\n    }\n");
    for &space in Space::ALL {
        let slot = |code: i32| {
            let number = if code < 0 {
                format!("Minus{}", code.unsigned_abs())
            } else {
                code.to_string()
            };
            format!("{}{number}", space.as_str())
        };
        let _ = write!(
            out,
            "\n    private static func {}(_ code: Int32) -> ErrorEntry? {{\n        switch code {{\n",
            space.as_str()
        );
        for entry in entries(space) {
            let _ = writeln!(out, "        case {}: return {}", entry.code(), slot(entry.code()));
        }
        out.push_str("        default: return nil\n        }\n    }\n");
        for entry in entries(space) {
            let _ = writeln!(
                out,
                "    private static let {}: ErrorEntry? = ChatErrorsKit.lookup(space: {}, code: {})",
                slot(entry.code()),
                swift_space(space),
                entry.code()
            );
        }
    }
    out.push_str("}\n");
    out
}

/// `Space.cValue`: the space's value in the C ABI, for the idiomatic layer's
/// name lookup.
fn render_c_values(out: &mut String) {
    out.push_str(
        "\nextension Space {\n    \
         /// The space's value in the C ABI (`CHAT_ERRORS_SPACE_*`).\n    \
         var cValue: UInt32 {\n        \
         switch self {\n",
    );
    for &space in Space::ALL {
        let _ = writeln!(out, "        case {}: return {}", swift_space(space), space.value());
    }
    out.push_str("        }\n    }\n}\n");
}

/// `Space.all` and `Space.name`: the spaces and their stable names.
fn render_spaces(out: &mut String) {
    let cases: Vec<String> = Space::ALL.iter().map(|&space| swift_space(space)).collect();
    let _ = write!(
        out,
        "\nextension Space {{\n    \
         /// Every numbering space, in catalog order.\n    \
         public static let all: [Space] = [{}]\n\n    \
         /// The space's stable lower-case name (\"web\", \"native\").\n    \
         public var name: String {{\n        \
         switch self {{\n",
        cases.join(", ")
    );
    for (&space, case) in Space::ALL.iter().zip(&cases) {
        let _ = writeln!(
            out,
            "        case {case}: return {}",
            string_literal(space.as_str(), Literal::Swift)
        );
    }
    out.push_str("        }\n    }\n}\n");
}

/// The Swift syntax of the constants file.
struct Swift;

impl Language for Swift {
    const LITERAL: Literal = Literal::Swift;

    fn before(&self, out: &mut String) {
        render_spaces(out);
    }

    fn open(&self, out: &mut String, code_enum: &CodeEnum) {
        let CodeEnum { space, name, constants } = code_enum;
        let cases: BTreeSet<String> = constants
            .iter()
            .map(|entry| swift_case_declaration(entry.name()))
            .collect();
        assert_eq!(
            cases.len(),
            constants.len(),
            "two {space} names make the same Swift case name"
        );
        let _ = write!(
            out,
            "\n/// Every documented code of the {space} numbering space (catalog {CATALOG_VERSION}).\n\
             /// `init?(rawValue:)` maps an SDK code back to its case; `name` is the SDK's constant name.\n\
             public enum {name}: Int32, CaseIterable, Sendable, ChatErrorCode {{\n"
        );
    }

    fn doc_comment(&self, text: &str) -> String {
        format!("/// {text}")
    }

    fn deprecation(&self, message: &str) -> String {
        format!("@available(*, deprecated, message: {message})")
    }

    fn declaration(&self, entry: &Entry, _last: bool) -> String {
        format!("case {} = {}", swift_case_declaration(entry.name()), entry.code())
    }

    fn close(&self, out: &mut String, code_enum: &CodeEnum) {
        render_enum_members(out, code_enum);
    }

    fn after(&self, out: &mut String) {
        render_c_values(out);
    }
}

/// What an enum has after its cases: `space`, `code`, `allCases`, the SDK's
/// constant name and the iOS SDKs' names of each case.
fn render_enum_members(out: &mut String, code_enum: &CodeEnum) {
    let CodeEnum {
        space,
        name,
        constants: all,
    } = code_enum;
    let _ = write!(
        out,
        "\n    /// The numbering space of these codes.\n    \
         public static var space: Space {{ {space_case} }}\n\n    \
         /// The SDK code.\n    \
         public var code: Int32 {{ rawValue }}\n\n    \
         /// Every case, in code order (by raw value: Swift synthesizes no list with deprecated cases).\n    \
         public static let allCases: [{name}] = [{codes}].compactMap {{ {name}(rawValue: $0) }}\n",
        space_case = swift_space(*space),
        codes = all
            .iter()
            .map(|entry| entry.code().to_string())
            .collect::<Vec<_>>()
            .join(", "),
    );
    // By raw value, not by case: a switch over the cases would use the deprecated ones.
    let mut property = |doc: &str, declaration: &str, names: Vec<Option<&str>>| {
        if names.iter().all(Option::is_none) {
            return;
        }
        let optional = declaration.ends_with('?');
        let _ = write!(
            out,
            "\n    /// {doc}\n    public var {declaration} {{\n        switch rawValue {{\n"
        );
        for (entry, name) in all.iter().zip(names) {
            if let Some(name) = name {
                let _ = writeln!(
                    out,
                    "        case {}: return {}",
                    entry.code(),
                    string_literal(name, Literal::Swift)
                );
            }
        }
        let fallback = if optional {
            "nil"
        } else {
            "\"\"  // unreachable: every case is listed"
        };
        let _ = write!(out, "        default: return {fallback}\n        }}\n    }}\n");
    };
    property(
        "The SDK's constant name, exactly as the SDK spells it (the canonical name: Android's, or the JS name).",
        "name: String",
        all.iter().map(|entry| Some(entry.name())).collect(),
    );
    for (platform, doc) in [
        (Platform::IosEasemob, "The name the Easemob iOS SDK (HyphenateChat) prints: `EMError...`; nil when it does not have this meaning."),
        (Platform::IosAgora, "The name the Agora Chat iOS SDK prints: `AgoraChatError...`; nil when it does not have this meaning."),
    ] {
        let declaration = match platform {
            Platform::IosEasemob => "iosEasemobName: String?",
            _ => "iosAgoraName: String?",
        };
        let names = all
            .iter()
            .map(|entry| entry.default_meaning().names().on(platform).map(|name| name.as_str()))
            .collect();
        property(doc, declaration, names);
    }
    out.push_str("}\n");
}
