//! The reference of the JSON export's members (`docs/reference/fields.md`):
//! one row per field of [`FIELDS`], with what it says and the shape its
//! values take, read off the export of every entry, so the documented shape
//! cannot drift from the output.

use crate::fields::FIELDS;
use crate::json::EntryJson;
use chat_errors::{Entry, SCHEMA_VERSION};
use serde_json::Value as Json;
use std::fmt::Write;

/// The shape of a set of JSON values: each kind seen, and for arrays and
/// objects the shape of their contents.
#[derive(Default)]
struct Shape {
    null: bool,
    boolean: bool,
    number: bool,
    string: bool,
    /// The shape of every element of every array seen (None: no array seen).
    array: Option<Box<Shape>>,
    /// The members of every object seen (None: no object seen).
    object: Option<Members>,
}

/// The members of a set of JSON objects.
#[derive(Default)]
struct Members {
    /// Every member seen, in output order.
    known: Vec<Member>,
    /// How many objects were seen.
    objects: usize,
}

/// One member of a set of JSON objects.
struct Member {
    key: String,
    shape: Shape,
    /// How many of the objects had it.
    count: usize,
}

impl Shape {
    /// Adds one value.
    fn add(&mut self, value: &Json) {
        match value {
            Json::Null => self.null = true,
            Json::Bool(_) => self.boolean = true,
            Json::Number(_) => self.number = true,
            Json::String(_) => self.string = true,
            Json::Array(items) => {
                let elements = self.array.get_or_insert_with(Box::default);
                for item in items {
                    elements.add(item);
                }
            }
            Json::Object(members) => {
                let Members { known, objects } = self.object.get_or_insert_with(Members::default);
                *objects += 1;
                // A member first seen here goes right after the one before it in
                // this object, so the documented order follows the output's.
                let mut next = 0;
                for (key, value) in members {
                    let index = match known.iter().position(|member| member.key == *key) {
                        Some(index) => index,
                        None => {
                            let member = Member {
                                key: key.clone(),
                                shape: Shape::default(),
                                count: 0,
                            };
                            known.insert(next, member);
                            next
                        }
                    };
                    next = index + 1;
                    known[index].shape.add(value);
                    known[index].count += 1;
                }
            }
        }
    }

    /// The shape as text: `string`, `[{"page": string, "name": string}]`,
    /// `string | null`; a member not every object has is marked `?`.
    fn describe(&self) -> String {
        let mut kinds = Vec::new();
        if let Some(Members { known, objects }) = &self.object {
            let members: Vec<String> = known
                .iter()
                .map(|member| {
                    let optional = if member.count < *objects { "?" } else { "" };
                    format!("\"{}\"{optional}: {}", member.key, member.shape.describe())
                })
                .collect();
            kinds.push(format!("{{{}}}", members.join(", ")));
        }
        if let Some(elements) = &self.array {
            kinds.push(format!("[{}]", elements.describe()));
        }
        for (seen, kind) in [
            (self.string, "string"),
            (self.number, "integer"),
            (self.boolean, "boolean"),
            (self.null, "null"),
        ] {
            if seen {
                kinds.push(kind.to_owned());
            }
        }
        if kinds.is_empty() {
            "(always empty)".to_owned()
        } else {
            kinds.join(" | ")
        }
    }
}

/// The Markdown reference of the export's members, their shapes taken from
/// the export of `entries`.
pub fn fields_markdown(entries: &[&'static Entry]) -> String {
    let mut shapes: Vec<Shape> = FIELDS.iter().map(|_| Shape::default()).collect();
    for &entry in entries {
        let json = serde_json::to_value(EntryJson(entry)).expect("an entry serializes");
        for (field, shape) in FIELDS.iter().zip(&mut shapes) {
            shape.add(&json[field.key]);
        }
    }
    let mut out = String::new();
    let _ = writeln!(out, "# The fields of an entry (JSON export schema {SCHEMA_VERSION})\n");
    out.push_str(
        "Generated from `render/src/fields.rs` and the export of every entry by\n\
         `scripts/generate.sh`; do not edit. `export --format json` prints\n\
         `{\"schema_version\", \"catalog_version\", \"entries\": [...]}` with one member per\n\
         field below, in this order; CSV columns and TypeScript members use the same keys.\n\
         The shape is what the values of every entry take (`?`: a member some objects\n\
         lack).\n\n",
    );
    out.push_str("| member | what | shape |\n|---|---|---|\n");
    for (field, shape) in FIELDS.iter().zip(&shapes) {
        let _ = writeln!(
            out,
            "| `{}` | {} | `{}` |",
            field.key,
            field.about,
            shape.describe().replace('|', "\\|")
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn shape_of(values: &[Json]) -> String {
        let mut shape = Shape::default();
        for value in values {
            shape.add(value);
        }
        shape.describe()
    }

    #[test]
    fn kinds_are_joined_and_a_member_some_objects_lack_is_optional() {
        let values = [
            json!({"a": 1, "c": [true]}),
            json!({"a": null, "b": "x", "c": []}),
            json!("text"),
        ];
        assert_eq!(
            shape_of(&values),
            r#"{"a": integer | null, "b"?: string, "c": [boolean]} | string"#
        );
    }

    #[test]
    fn a_member_first_seen_later_keeps_its_place_in_the_output() {
        let values = [
            json!({"first": 1, "last": 2}),
            json!({"first": 1, "middle": 3, "last": 2}),
        ];
        assert_eq!(
            shape_of(&values),
            r#"{"first": integer, "middle"?: integer, "last": integer}"#
        );
    }

    #[test]
    fn arrays_never_filled_say_so() {
        assert_eq!(shape_of(&[json!([]), json!([])]), "[(always empty)]");
    }
}
