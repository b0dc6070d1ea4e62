//! The Web SDK's error enum in JavaScript text: declared in a `.d.ts`, built
//! in a bundle. The error enum is the one with a member [`ANCHOR`]
//! (`REQUEST_SUCCESS`, the Web SDK's code 0, first member of its `Code` enum
//! in every release read here).
//!
//! - Declared: `enum Code { ... }` with any of `export`, `declare`, `const`
//!   before it, read by the header rules ([`super::header`]): comments
//!   dropped, `NAME = value` with integer expressions, a member without a
//!   value taking the previous value plus one; a string value is an error.
//! - Runtime: what TypeScript compiles an enum to, minified or not:
//!   `e[e.NAME=0]="NAME"` (or `e[e["NAME"] = 0] = "NAME"`) members separated
//!   by `,` or `;`; or an object literal `{REQUEST_SUCCESS:0,...}`. Values are
//!   integer literals (decimal, hex, `1e3`), optionally negative. The first
//!   such enum holding the anchor is read, member by member until the pattern
//!   stops.

use super::header::Cleaned;
use super::{ArtifactError, CodeName, Group, Role};

/// The member that marks the Web SDK's error enum.
pub const ANCHOR: &str = "REQUEST_SUCCESS";

/// How far before the anchor the start of its runtime member is looked for.
const LOOK_BACK: usize = 64;

/// The declared error enum of a `.d.ts` (or `.ts`) text, if it has one.
pub fn declared_enum(file: &str, text: &str) -> Result<Option<Group>, ArtifactError> {
    if !text.contains(ANCHOR) {
        return Ok(None);
    }
    let cleaned = Cleaned::new(text);
    for span in cleaned.spans(file)? {
        if cleaned.has_member(&span, ANCHOR) {
            return Ok(Some(Group {
                role: Role::Declared,
                file: file.to_owned(),
                entries: cleaned.members(file, &span)?,
                container: span.name,
            }));
        }
    }
    Ok(None)
}

/// The runtime error enum of a JavaScript bundle, if it has one.
pub fn runtime_enum(file: &str, text: &str) -> Result<Option<Group>, ArtifactError> {
    for (at, _) in text.match_indices(ANCHOR) {
        let from = floor_char_boundary(text, at.saturating_sub(LOOK_BACK));
        for start in (from..at).filter(|&start| text.is_char_boundary(start)) {
            if let Some(entries) = compiled_members(&text[start..]).or_else(|| literal_members(&text[start..])) {
                return Ok(Some(Group {
                    role: Role::Runtime,
                    file: file.to_owned(),
                    container: String::new(),
                    entries,
                }));
            }
        }
    }
    Ok(None)
}

fn floor_char_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// A cursor over JavaScript text, skipping whitespace between tokens.
struct Cursor<'a> {
    rest: &'a str,
}

impl<'a> Cursor<'a> {
    fn space(&mut self) {
        self.rest = self.rest.trim_start();
    }

    fn eat(&mut self, token: &str) -> Option<()> {
        self.space();
        self.rest = self.rest.strip_prefix(token)?;
        Some(())
    }

    fn ident(&mut self) -> Option<&'a str> {
        self.space();
        let end = self
            .rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '$'))
            .unwrap_or(self.rest.len());
        let (ident, rest) = self.rest.split_at(end);
        (!ident.is_empty() && !ident.as_bytes()[0].is_ascii_digit()).then_some(())?;
        self.rest = rest;
        Some(ident)
    }

    fn string(&mut self) -> Option<&'a str> {
        self.space();
        let quote = self.rest.chars().next().filter(|&c| c == '"' || c == '\'')?;
        let body = &self.rest[1..];
        let end = body.find([quote, '\\', '\n'])?;
        (body[end..].starts_with(quote)).then_some(())?;
        self.rest = &body[end + 1..];
        Some(&body[..end])
    }

    /// A member name: `.NAME` or `["NAME"]`.
    fn member_name(&mut self) -> Option<&'a str> {
        if self.eat(".").is_some() {
            return self.ident();
        }
        self.eat("[")?;
        let name = self.string()?;
        self.eat("]")?;
        Some(name)
    }

    fn number(&mut self) -> Option<i64> {
        self.space();
        let negative = self.eat("-").is_some();
        self.space();
        let end = self
            .rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '.'))
            .unwrap_or(self.rest.len());
        let (digits, rest) = self.rest.split_at(end);
        let value = number(digits)?;
        self.rest = rest;
        if negative {
            value.checked_neg()
        } else {
            Some(value)
        }
    }
}

/// A JavaScript numeric literal that is an integer: `12`, `0x1F`, `1e3`.
fn number(digits: &str) -> Option<i64> {
    if let Some(hex) = digits.strip_prefix("0x").or_else(|| digits.strip_prefix("0X")) {
        return i64::from_str_radix(hex, 16).ok();
    }
    if let Some((mantissa, exponent)) = digits.split_once(['e', 'E']) {
        let exponent: u32 = exponent.parse().ok().filter(|&exponent| exponent <= 18)?;
        return mantissa.parse::<i64>().ok()?.checked_mul(10i64.checked_pow(exponent)?);
    }
    if !digits.bytes().all(|byte| byte.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// `e[e.REQUEST_SUCCESS=0]="REQUEST_SUCCESS",e[e.B=1]="B"...` at the start
/// of `text`: the members, as long as the pattern holds; `None` unless the
/// first member is the anchor.
fn compiled_members(text: &str) -> Option<Vec<CodeName>> {
    let mut cursor = Cursor { rest: text };
    let mut entries = Vec::new();
    let mut object = None;
    loop {
        let member = (|| {
            let var = cursor.ident()?;
            if object.is_some_and(|object| object != var) {
                return None;
            }
            cursor.eat("[")?;
            (cursor.ident()? == var).then_some(())?;
            let name = cursor.member_name()?;
            cursor.eat("=")?;
            let value = cursor.number()?;
            cursor.eat("]")?;
            cursor.eat("=")?;
            (cursor.string()? == name).then_some(())?;
            Some((var, name, value))
        })();
        let Some((var, name, code)) = member.filter(|(_, name, _)| !entries.is_empty() || *name == ANCHOR) else {
            break;
        };
        object = Some(var);
        entries.push(CodeName {
            code,
            name: name.to_owned(),
        });
        if cursor.eat(",").is_none() && cursor.eat(";").is_none() {
            break;
        }
    }
    (!entries.is_empty()).then_some(entries)
}

/// `{REQUEST_SUCCESS:0,B:-1,...}` at the start of `text`: the members, when
/// the first is the anchor and every property up to the closing brace is a
/// name and an integer.
fn literal_members(text: &str) -> Option<Vec<CodeName>> {
    let mut cursor = Cursor { rest: text };
    cursor.eat("{")?;
    let mut entries = Vec::new();
    loop {
        let name = match cursor.ident() {
            Some(name) => name,
            None => cursor.string()?,
        };
        (!entries.is_empty() || name == ANCHOR).then_some(())?;
        cursor.eat(":")?;
        entries.push(CodeName {
            code: cursor.number()?,
            name: name.to_owned(),
        });
        if cursor.eat("}").is_some() {
            return Some(entries);
        }
        cursor.eat(",")?;
        if cursor.eat("}").is_some() {
            return Some(entries);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(group: &Group) -> Vec<(i64, &str)> {
        group
            .entries
            .iter()
            .map(|entry| (entry.code, entry.name.as_str()))
            .collect()
    }

    #[test]
    fn the_declared_enum_is_the_one_with_the_anchor() {
        let text = "declare enum MarkType { mark_0 = \"mark_0\" }\n\
            /** The error codes. */\n\
            export declare enum Code {\n\
            \t/** No error. */\n\tREQUEST_SUCCESS = 0,\n\
            \t/** Timeout. */\n\tREQUEST_TIMEOUT = -1,\n\
            \tWEBIM_CONNCTION_USER_NOT_ASSIGN_ERROR = 0,\n\
            \tWEBIM_CONNCTION_OPEN_ERROR,\n\
            \tMAX_LIMIT = 50\n}\nexport default Code;\n";
        let group = declared_enum("status.d.ts", text).unwrap().unwrap();
        assert_eq!(group.container, "Code");
        assert_eq!(group.role, Role::Declared);
        assert_eq!(
            pairs(&group),
            [
                (0, "REQUEST_SUCCESS"),
                (-1, "REQUEST_TIMEOUT"),
                (0, "WEBIM_CONNCTION_USER_NOT_ASSIGN_ERROR"),
                (1, "WEBIM_CONNCTION_OPEN_ERROR"),
                (50, "MAX_LIMIT"),
            ]
        );
        assert_eq!(declared_enum("a.d.ts", "enum A { B = 1 }").unwrap(), None);
        let error = declared_enum("a.d.ts", "enum C {\n REQUEST_SUCCESS = \"ok\"\n}").unwrap_err();
        assert!(matches!(error, ArtifactError::Syntax { line: 2, .. }), "{error}");
    }

    #[test]
    fn the_runtime_enum_in_minified_and_plain_forms() {
        let minified = "var x=1;!function(e){e[e.REQUEST_SUCCESS=0]=\"REQUEST_SUCCESS\",\
            e[e.REQUEST_TIMEOUT=-1]=\"REQUEST_TIMEOUT\",e[e.BIG=1e3]=\"BIG\"}(n||(n={}));\
            !function(e){e[e.TRACE=0]=\"TRACE\"}(l||(l={}))";
        let group = runtime_enum("a.js", minified).unwrap().unwrap();
        assert_eq!(group.role, Role::Runtime);
        assert_eq!(
            pairs(&group),
            [(0, "REQUEST_SUCCESS"), (-1, "REQUEST_TIMEOUT"), (1000, "BIG")]
        );
        let plain = "(function (Code) {\n    Code[Code[\"REQUEST_SUCCESS\"] = 0] = \"REQUEST_SUCCESS\";\n    \
            Code[Code[\"GROUP_FULL\"] = 0x25C] = \"GROUP_FULL\";\n})(Code || (Code = {}));";
        let group = runtime_enum("a.js", plain).unwrap().unwrap();
        assert_eq!(pairs(&group), [(0, "REQUEST_SUCCESS"), (604, "GROUP_FULL")]);
        let literal = "const c={REQUEST_SUCCESS:0,REQUEST_TIMEOUT:-1,\"GROUP_FULL\":604,};";
        let group = runtime_enum("a.js", literal).unwrap().unwrap();
        assert_eq!(
            pairs(&group),
            [(0, "REQUEST_SUCCESS"), (-1, "REQUEST_TIMEOUT"), (604, "GROUP_FULL")]
        );
    }

    #[test]
    fn mentions_of_the_anchor_are_not_enums() {
        for text in [
            "return{type:n.C.REQUEST_SUCCESS,data:r}",
            "e[e.REQUEST_SUCCESS=0]=\"OTHER\"",
            "{REQUEST_SUCCESS:x}",
            "é[é.REQUEST_SUCCESS=0]=\"REQUEST_SUCCESS\"",
        ] {
            assert_eq!(runtime_enum("a.js", text).unwrap(), None, "{text}");
        }
    }
}
