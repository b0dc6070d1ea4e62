//! The skeleton the Kotlin and Swift constants files share: the generated
//! header, then one enum per numbering space with a constant for every code
//! that has one (its code and summary as doc comment, a deprecation mark for
//! a code that is not current, its declaration), between what each language
//! writes before and after.
//! A [`Language`] writes only its own syntax.

use crate::{status_note, string_literal, Literal, GENERATED_FROM_CATALOG};
use chat_errors::{entries, Entry, Space};
use chat_errors_render::naming::binding_enum;
use std::fmt::Write;

/// The enum of one numbering space.
pub(crate) struct CodeEnum {
    /// The numbering space.
    pub(crate) space: Space,
    /// The enum's name (`WebErrorCode`, `NativeErrorCode`).
    pub(crate) name: String,
    /// The entries that have a constant, in code order.
    pub(crate) constants: Vec<&'static Entry>,
}

/// The parts of a constants file written in one language.
pub(crate) trait Language {
    /// The kind of string literal of the deprecation messages.
    const LITERAL: Literal;

    /// What stands between the generated header and the first enum.
    fn before(&self, out: &mut String);

    /// The enum's doc comment and declaration, up to its first constant.
    fn open(&self, out: &mut String, code_enum: &CodeEnum);

    /// A one-line doc comment of `text`.
    fn doc_comment(&self, text: &str) -> String;

    /// The mark of a deprecated constant, with `message` (a string literal).
    fn deprecation(&self, message: &str) -> String;

    /// The declaration of the constant of `entry`; `last` for the enum's last one.
    fn declaration(&self, entry: &Entry, last: bool) -> String;

    /// The rest of the enum after its constants, closing brace included.
    fn close(&self, out: &mut String, code_enum: &CodeEnum);

    /// What follows the last enum.
    fn after(&self, out: &mut String);
}

/// The constants file of `language`.
pub(crate) fn render<L: Language>(language: &L) -> String {
    let mut out = String::from(GENERATED_FROM_CATALOG);
    language.before(&mut out);
    for &space in Space::ALL {
        let code_enum = CodeEnum {
            space,
            name: binding_enum(space),
            constants: entries(space).iter().filter(|entry| entry.has_constant()).collect(),
        };
        language.open(&mut out, &code_enum);
        for (index, entry) in code_enum.constants.iter().enumerate() {
            let summary = format!("{}: {}", entry.code(), one_line(entry.summary().en()));
            let _ = writeln!(out, "    {}", language.doc_comment(&summary));
            if let Some(note) = status_note(entry) {
                let _ = writeln!(out, "    {}", language.deprecation(&string_literal(&note, L::LITERAL)));
            }
            let last = index + 1 == code_enum.constants.len();
            let _ = writeln!(out, "    {}", language.declaration(entry, last));
        }
        language.close(&mut out, &code_enum);
    }
    language.after(&mut out);
    out
}

/// Text for a one-line doc comment: its words, separated by single spaces.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
