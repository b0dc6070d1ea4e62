//! C, C++ and Objective-C enums in SDK headers (`EMErrorCode.h`,
//! `AgoraChatErrorCode.h`, `emerror.h`): the rules of
//! `sources/extract.py`'s `c-enum` parser, made strict.
//!
//! - Heads read: `typedef NS_ENUM(Type, Name) {` (also `NS_OPTIONS`,
//!   `NS_CLOSED_ENUM`, `NS_ERROR_ENUM`), `enum [class|struct] [Name] [: type] {`
//!   and `typedef enum [Tag] { ... } Name;`.
//! - Members: a member without a value takes the previous value plus one (the
//!   first takes 0); a value is an integer expression of literals (decimal,
//!   hex, octal, with `u`/`l` suffixes), casts such as `(NSInteger)`,
//!   parentheses, unary `- + ~`, binary `* + - << >> & ^ |`, and names of
//!   members seen before (aliases such as `A = B`). Anything else, or an
//!   overflow, is an error naming the member's line.
//! - Attributes between a member's name and its value are skipped:
//!   `API_DEPRECATED(...)`, `__deprecated`, `NS_SWIFT_NAME(...)`,
//!   `__attribute__((...))`, `[[deprecated]]`.
//! - Comments are dropped; preprocessor lines are dropped, and of an
//!   `#if`/`#ifdef` group only the first branch is read (`#elif` and `#else`
//!   branches are skipped), so a member has one value.
//! - The error enums are those whose name contains `Error` (any case).

use super::{ArtifactError, CodeName, Group, Role};

/// Deepest parenthesis nesting evaluated in a member's value.
const MAX_NESTING: usize = 64;

/// Longest expression an error message quotes, in characters.
const MAX_SHOWN: usize = 60;

/// Whether `text` is an Objective-C header (an iOS SDK header).
pub fn is_objc(text: &str) -> bool {
    ["NS_ENUM", "NS_OPTIONS", "NS_ERROR_ENUM", "#import", "@interface"]
        .iter()
        .any(|mark| text.contains(mark))
}

/// Whether `text` is C++ rather than plain C (`namespace`, `class`, `template`, `::`).
pub fn is_cpp(text: &str) -> bool {
    ["namespace", "class ", "template", "::"]
        .iter()
        .any(|mark| text.contains(mark))
}

/// Whether `text` mentions an enum at all (a C or C++ header, maybe).
pub fn has_enum(text: &str) -> bool {
    text.contains("enum")
}

/// An enum found in a header or declaration file: its name and its body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct EnumSpan {
    /// The enum's name (empty when anonymous).
    pub(crate) name: String,
    /// The byte range of its body, between the braces.
    pub(crate) body: std::ops::Range<usize>,
}

/// A source text prepared for reading enums: comments, string contents and
/// skipped preprocessor lines blanked, line starts indexed.
pub(crate) struct Cleaned {
    text: String,
    lines: LineIndex,
}

impl Cleaned {
    pub(crate) fn new(text: &str) -> Self {
        Cleaned {
            text: clean(text),
            lines: LineIndex::new(text),
        }
    }

    /// Every enum, named or not, in file order (see the module documentation).
    pub(crate) fn spans(&self, file: &str) -> Result<Vec<EnumSpan>, ArtifactError> {
        let bytes = self.text.as_bytes();
        let mut found = Vec::new();
        let mut at = 0;
        while let Some((start, word)) = next_word(bytes, at) {
            at = start + word.len();
            let head = match word {
                "NS_ENUM" | "NS_OPTIONS" | "NS_CLOSED_ENUM" | "NS_ERROR_ENUM" => ns_enum_head(bytes, at),
                "enum" => enum_head(bytes, at),
                _ => None,
            };
            let Some((mut name, open)) = head else {
                continue;
            };
            let close = matching(bytes, open, b'{', b'}')
                .ok_or_else(|| ArtifactError::corrupt(file, "an enum is not closed"))?;
            if word == "enum" && bytes[..start].trim_ascii_end().ends_with(b"typedef") {
                let after = next_word(bytes, close + 1)
                    .filter(|(at, _)| bytes[close + 1..*at].iter().all(u8::is_ascii_whitespace));
                if let Some((_, after)) = after {
                    name = after.to_owned();
                }
            }
            found.push(EnumSpan {
                name,
                body: open + 1..close,
            });
            at = close + 1;
        }
        Ok(found)
    }

    /// Whether the enum `span` has a member called `name`.
    pub(crate) fn has_member(&self, span: &EnumSpan, name: &str) -> bool {
        let body = &self.text.as_bytes()[span.body.clone()];
        let mut at = 0;
        while let Some((start, word)) = next_word(body, at) {
            if word == name {
                return true;
            }
            at = start + word.len();
        }
        false
    }

    /// The members of the enum `span`, values evaluated.
    pub(crate) fn members(&self, file: &str, span: &EnumSpan) -> Result<Vec<CodeName>, ArtifactError> {
        members(file, &self.text, span.body.start, span.body.end, &self.lines)
    }
}

/// The enums of `text` named like an error enum, as groups.
pub fn error_enums(file: &str, text: &str) -> Result<Vec<Group>, ArtifactError> {
    let cleaned = Cleaned::new(text);
    let mut groups = Vec::new();
    for span in cleaned.spans(file)? {
        if span.name.to_ascii_lowercase().contains("error") {
            groups.push(Group {
                role: Role::Declared,
                file: file.to_owned(),
                entries: cleaned.members(file, &span)?,
                container: span.name,
            });
        }
    }
    Ok(groups)
}

/// `text` with comments, string contents and skipped preprocessor lines
/// made spaces (line breaks kept, so offsets are the text's own).
fn clean(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = bytes.to_vec();
    let blank = |out: &mut Vec<u8>, from: usize, to: usize| {
        for byte in &mut out[from..to] {
            if *byte != b'\n' {
                *byte = b' ';
            }
        }
    };
    let mut at = 0;
    while at < bytes.len() {
        match bytes[at] {
            b'/' if bytes.get(at + 1) == Some(&b'*') => {
                let end = find(bytes, at + 2, b"*/").map_or(bytes.len(), |end| end + 2);
                blank(&mut out, at, end);
                at = end;
            }
            b'/' if bytes.get(at + 1) == Some(&b'/') => {
                let end = find(bytes, at, b"\n").unwrap_or(bytes.len());
                blank(&mut out, at, end);
                at = end;
            }
            quote @ (b'"' | b'\'') => {
                let mut end = at + 1;
                while end < bytes.len() && bytes[end] != quote && bytes[end] != b'\n' {
                    end += if bytes[end] == b'\\' { 2 } else { 1 };
                }
                let end = (end + 1).min(bytes.len());
                blank(&mut out, at + 1, end.saturating_sub(1).max(at + 1));
                at = end;
            }
            _ => at += 1,
        }
    }
    let mut skipping: Vec<bool> = Vec::new();
    let mut start = 0;
    while start < out.len() {
        let end = find(&out, start, b"\n").unwrap_or(out.len());
        let line = out[start..end].trim_ascii_start();
        if let Some(directive) = line.strip_prefix(b"#") {
            let directive = directive.trim_ascii_start();
            if directive.starts_with(b"if") {
                skipping.push(false);
            } else if directive.starts_with(b"el") {
                if let Some(top) = skipping.last_mut() {
                    *top = true;
                }
            } else if directive.starts_with(b"endif") {
                skipping.pop();
            }
            let mut last = end;
            while last > start && out[last - 1] == b'\\' && last < out.len() {
                last = find(&out, last + 1, b"\n").unwrap_or(out.len());
            }
            blank(&mut out, start, last);
            start = last + 1;
            continue;
        }
        if skipping.iter().any(|&skip| skip) {
            blank(&mut out, start, end);
        }
        start = end + 1;
    }
    String::from_utf8(out).unwrap_or_default()
}

fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    bytes
        .get(from..)?
        .windows(needle.len())
        .position(|window| window == needle)
        .map(|at| at + from)
}

fn is_ident(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_' || byte == b'$'
}

/// The next identifier-like word at or after `from`: (start, word).
fn next_word(bytes: &[u8], from: usize) -> Option<(usize, &str)> {
    let mut at = from;
    while at < bytes.len() {
        if is_ident(bytes[at]) {
            let start = at;
            while at < bytes.len() && is_ident(bytes[at]) {
                at += 1;
            }
            if start > 0 && is_ident(bytes[start - 1]) {
                continue;
            }
            return std::str::from_utf8(&bytes[start..at]).ok().map(|word| (start, word));
        }
        at += 1;
    }
    None
}

fn skip_space(bytes: &[u8], mut at: usize) -> usize {
    while bytes.get(at).is_some_and(u8::is_ascii_whitespace) {
        at += 1;
    }
    at
}

/// The offset of the bracket closing the one at `open`.
fn matching(bytes: &[u8], open: usize, left: u8, right: u8) -> Option<usize> {
    let mut depth = 0usize;
    for (offset, &byte) in bytes.get(open..)?.iter().enumerate() {
        if byte == left {
            depth += 1;
        } else if byte == right {
            depth -= 1;
            if depth == 0 {
                return Some(open + offset);
            }
        }
    }
    None
}

/// After `NS_ENUM`: `(Type, Name) {` gives (Name, offset of `{`).
fn ns_enum_head(bytes: &[u8], at: usize) -> Option<(String, usize)> {
    let open = skip_space(bytes, at);
    if bytes.get(open) != Some(&b'(') {
        return None;
    }
    let close = matching(bytes, open, b'(', b')')?;
    let arguments = std::str::from_utf8(&bytes[open + 1..close]).ok()?;
    let name = arguments.rsplit(',').next()?.trim().to_owned();
    let brace = skip_space(bytes, close + 1);
    (bytes.get(brace) == Some(&b'{')).then_some((name, brace))
}

/// After `enum`: `[class|struct] [Name] [: type] {` gives (Name, offset of `{`).
fn enum_head(bytes: &[u8], at: usize) -> Option<(String, usize)> {
    let mut at = skip_space(bytes, at);
    let mut name = String::new();
    while let Some((start, word)) = next_word(bytes, at).filter(|(start, _)| *start == at) {
        at = skip_space(bytes, start + word.len());
        if word != "class" && word != "struct" {
            name = word.to_owned();
            break;
        }
    }
    if bytes.get(at) == Some(&b':') {
        while at < bytes.len() && !matches!(bytes[at], b'{' | b';' | b'(' | b')' | b'}') {
            at += 1;
        }
    }
    (bytes.get(at) == Some(&b'{')).then_some((name, at))
}

/// Line numbers of byte offsets.
struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    fn new(text: &str) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(at, _)| at + 1))
            .collect();
        LineIndex { starts }
    }

    fn line(&self, offset: usize) -> usize {
        self.starts.partition_point(|&start| start <= offset)
    }
}

/// The members of the enum body `clean[from..to]`.
fn members(file: &str, clean: &str, from: usize, to: usize, lines: &LineIndex) -> Result<Vec<CodeName>, ArtifactError> {
    let bytes = clean.as_bytes();
    let mut out: Vec<CodeName> = Vec::new();
    let mut next: i64 = 0;
    let mut start = from;
    while start < to {
        let mut depth = 0usize;
        let mut end = start;
        while end < to && !(depth == 0 && bytes[end] == b',') {
            match bytes[end] {
                b'(' | b'[' => depth += 1,
                b')' | b']' => depth = depth.saturating_sub(1),
                _ => {}
            }
            end += 1;
        }
        let item = &clean[start..end];
        if let Some((offset, name)) = next_word(item.as_bytes(), 0) {
            let line = lines.line(start + offset);
            let syntax = |reason: String| ArtifactError::Syntax {
                file: file.to_owned(),
                line,
                reason,
            };
            let rest = &item[offset + name.len()..];
            let value = match top_level_equals(rest) {
                Some(equals) => {
                    let expression = &rest[equals + 1..];
                    Expression::new(expression, &out).evaluate().ok_or_else(|| {
                        syntax(format!("cannot evaluate the value of {name} (`{}`)", shown(expression)))
                    })?
                }
                None => next,
            };
            next = value
                .checked_add(1)
                .ok_or_else(|| syntax(format!("the value after {name} overflows")))?;
            out.push(CodeName {
                code: value,
                name: name.to_owned(),
            });
        }
        start = end + 1;
    }
    Ok(out)
}

/// An expression as an error message shows it: whitespace runs made one
/// space, at most [`MAX_SHOWN`] characters.
fn shown(expression: &str) -> String {
    let words: Vec<&str> = expression.split_whitespace().collect();
    let joined = words.join(" ");
    match joined.char_indices().nth(MAX_SHOWN) {
        Some((cut, _)) => format!("{}...", &joined[..cut]),
        None => joined,
    }
}

/// The offset of the first `=` of `item` outside brackets (an attribute's
/// arguments may hold one).
fn top_level_equals(item: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (at, byte) in item.bytes().enumerate() {
        match byte {
            b'(' | b'[' => depth += 1,
            b')' | b']' => depth = depth.saturating_sub(1),
            b'=' if depth == 0 => return Some(at),
            _ => {}
        }
    }
    None
}

/// A member's value: a small integer-expression evaluator over the enum's
/// earlier members.
struct Expression<'a> {
    tokens: Vec<&'a str>,
    at: usize,
    depth: usize,
    known: &'a [CodeName],
}

impl<'a> Expression<'a> {
    fn new(text: &'a str, known: &'a [CodeName]) -> Self {
        let mut tokens = Vec::new();
        let bytes = text.as_bytes();
        let mut at = 0;
        while at < bytes.len() {
            let start = at;
            if bytes[at].is_ascii_whitespace() {
                at += 1;
                continue;
            }
            if is_ident(bytes[at]) {
                while at < bytes.len() && is_ident(bytes[at]) {
                    at += 1;
                }
            } else if text[at..].starts_with("<<") || text[at..].starts_with(">>") {
                at += 2;
            } else {
                at += text[at..].chars().next().map_or(1, char::len_utf8);
            }
            tokens.push(&text[start..at]);
        }
        Expression {
            tokens,
            at: 0,
            depth: 0,
            known,
        }
    }

    fn evaluate(mut self) -> Option<i64> {
        let value = self.binary(0)?;
        (self.at == self.tokens.len()).then_some(value)
    }

    fn peek(&self) -> Option<&'a str> {
        self.tokens.get(self.at).copied()
    }

    /// Binary operators by precedence level, lowest first.
    fn binary(&mut self, level: usize) -> Option<i64> {
        const LEVELS: &[&[&str]] = &[&["|"], &["^"], &["&"], &["<<", ">>"], &["+", "-"], &["*"]];
        let Some(operators) = LEVELS.get(level) else {
            return self.unary();
        };
        let mut value = self.binary(level + 1)?;
        while let Some(operator) = self.peek().filter(|token| operators.contains(token)) {
            self.at += 1;
            let right = self.binary(level + 1)?;
            value = match operator {
                "|" => value | right,
                "^" => value ^ right,
                "&" => value & right,
                "<<" => value.checked_shl(u32::try_from(right).ok().filter(|&shift| shift < 63)?)?,
                ">>" => value.checked_shr(u32::try_from(right).ok().filter(|&shift| shift < 64)?)?,
                "+" => value.checked_add(right)?,
                "-" => value.checked_sub(right)?,
                _ => value.checked_mul(right)?,
            };
        }
        Some(value)
    }

    fn unary(&mut self) -> Option<i64> {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            return None;
        }
        let token = self.peek()?;
        self.at += 1;
        let value = match token {
            "-" => self.unary()?.checked_neg()?,
            "+" => self.unary()?,
            "~" => !self.unary()?,
            "(" => {
                let is_cast = self.tokens.get(self.at + 1) == Some(&")")
                    && self.peek().is_some_and(|word| {
                        word.bytes().all(is_ident)
                            && !self.known.iter().any(|member| member.name == word)
                            && !word.as_bytes()[0].is_ascii_digit()
                    });
                if is_cast {
                    self.at += 2;
                    self.unary()?
                } else {
                    let value = self.binary(0)?;
                    (self.peek()? == ")").then_some(())?;
                    self.at += 1;
                    value
                }
            }
            word if word.as_bytes()[0].is_ascii_digit() => literal(word)?,
            word => self.known.iter().rev().find(|member| member.name == word)?.code,
        };
        self.depth -= 1;
        Some(value)
    }
}

/// A C integer literal: decimal, `0x` hex or `0` octal, with `u`/`l` suffixes.
fn literal(word: &str) -> Option<i64> {
    let digits = word.trim_end_matches(['u', 'U', 'l', 'L']);
    if let Some(hex) = digits.strip_prefix("0x").or_else(|| digits.strip_prefix("0X")) {
        return i64::from_str_radix(hex, 16).ok();
    }
    if digits.len() > 1 && digits.starts_with('0') {
        return i64::from_str_radix(&digits[1..], 8).ok();
    }
    digits.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every enum of `text`, members evaluated.
    fn enums(file: &str, text: &str) -> Result<Vec<(String, Vec<CodeName>)>, ArtifactError> {
        let cleaned = Cleaned::new(text);
        cleaned
            .spans(file)?
            .into_iter()
            .map(|span| Ok((span.name.clone(), cleaned.members(file, &span)?)))
            .collect()
    }

    fn pairs(file: &str, text: &str) -> Vec<(String, Vec<(i64, String)>)> {
        enums(file, text)
            .unwrap()
            .into_iter()
            .map(|(name, members)| (name, members.into_iter().map(|m| (m.code, m.name)).collect()))
            .collect()
    }

    fn named(list: &[(i64, &str)]) -> Vec<(i64, String)> {
        list.iter().map(|&(code, name)| (code, name.to_owned())).collect()
    }

    #[test]
    fn ns_enum_members_without_a_value_follow_the_previous_one() {
        let header = "#import <Foundation/Foundation.h>\n\
            typedef NS_ENUM(NSInteger, EMErrorCode) {\n\
            EMErrorNoError = 0, /** \\~chinese 没有错误, */\n\
            EMErrorGeneral = 1, // a, b\n\
            EMErrorNetworkUnavailable,\n\
            EMErrorOld API_DEPRECATED(\"use X, not this\", ios(3.0, 4.0)),\n\
            EMErrorGone __deprecated = 100,\n\
            EMErrorNext,\n\
            EMErrorCast = (NSInteger)200,\n\
            EMErrorHex = 0x12C,\n\
            };\n";
        assert!(is_objc(header));
        assert_eq!(
            pairs("EMErrorCode.h", header),
            [(
                "EMErrorCode".to_owned(),
                named(&[
                    (0, "EMErrorNoError"),
                    (1, "EMErrorGeneral"),
                    (2, "EMErrorNetworkUnavailable"),
                    (3, "EMErrorOld"),
                    (100, "EMErrorGone"),
                    (101, "EMErrorNext"),
                    (200, "EMErrorCast"),
                    (300, "EMErrorHex"),
                ])
            )]
        );
    }

    #[test]
    fn cpp_typedef_enum_with_aliases_and_if_blocks() {
        let header = "namespace easemob {\nclass EMError {\npublic:\n typedef enum\n {\n\
            EM_NO_ERROR = 0,\n GENERAL_ERROR,\n\
            #if defined(CALLS)\n CALL_A = 800,\n#else\n CALL_B = 900,\n#endif\n\
            CALL_NEXT,\n CALL_ALIAS = CALL_A,\n CALL_AFTER_ALIAS,\n SHIFTED = 1 << 4 | 1,\n\
            }EMErrorCode;\n enum Other { X };\n};\n}\n";
        assert!(!is_objc(header) && is_cpp(header));
        let found = pairs("emerror.h", header);
        assert_eq!(found[0].0, "EMErrorCode");
        assert_eq!(
            found[0].1,
            named(&[
                (0, "EM_NO_ERROR"),
                (1, "GENERAL_ERROR"),
                (800, "CALL_A"),
                (801, "CALL_NEXT"),
                (800, "CALL_ALIAS"),
                (801, "CALL_AFTER_ALIAS"),
                (17, "SHIFTED"),
            ])
        );
        assert_eq!(found[1], ("Other".to_owned(), named(&[(0, "X")])));
        let groups = error_enums("emerror.h", header).unwrap();
        assert_eq!(groups.len(), 1, "only the enum named like an error enum");
    }

    #[test]
    fn values_that_cannot_be_evaluated_name_their_line() {
        let header = "enum ErrorCode {\n A = 1,\n B = UNKNOWN_MACRO + 1,\n};\n";
        let error = enums("e.h", header).unwrap_err();
        assert_eq!(
            error.to_string(),
            "e.h: line 3: cannot evaluate the value of B (`UNKNOWN_MACRO + 1`)"
        );
        let long = format!("enum ErrorCode {{\n A = 1 +\n\t{}\n}};", "x + ".repeat(40));
        let error = enums("e.h", &long).unwrap_err().to_string();
        assert!(
            error.starts_with("e.h: line 2: cannot evaluate the value of A (`1 + x + x"),
            "{error}"
        );
        assert!(error.ends_with("...`)") && !error.contains('\n'), "{error}");
        let overflow = "enum ErrorCode { A = 9223372036854775807, B };";
        assert!(enums("e.h", overflow).is_err());
        let deep = format!("enum ErrorCode {{ A = {}1{} }};", "(".repeat(500), ")".repeat(500));
        assert!(enums("e.h", &deep).is_err());
        assert!(enums("e.h", "enum ErrorCode { A = 1").is_err());
    }

    #[test]
    fn enum_class_with_an_underlying_type() {
        let header = "enum class ErrorKind : int32_t { A = -5, B, C = 0x10 };";
        assert_eq!(
            pairs("e.h", header),
            [("ErrorKind".to_owned(), named(&[(-5, "A"), (-4, "B"), (16, "C")]))]
        );
    }
}
