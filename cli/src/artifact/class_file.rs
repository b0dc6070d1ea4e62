//! Java class files (JVMS chapter 4), read as far as their fields: the
//! constant pool, the class name, and each field's flags, name, descriptor
//! and `ConstantValue`. Every constant-pool index is checked for range and
//! for the kind of entry it must name, and no index is followed more than
//! once, so a pool that points at itself, past its end or into the second
//! slot of a long is an error, not a loop.

use super::{ArtifactError, CodeName, Group, Role};

/// The first four bytes of every class file.
pub const MAGIC: [u8; 4] = [0xca, 0xfe, 0xba, 0xbe];

/// A class needs at least this many `public static final int` constants to
/// be read as an error class...
pub const MIN_ERROR_CONSTANTS: usize = 16;

/// ...and at least three quarters of their names must contain one of these.
pub const ERROR_WORDS: &[&str] = &[
    "ERROR",
    "FAIL",
    "INVALID",
    "ILLEGAL",
    "NOT",
    "NO_",
    "EXCEED",
    "LIMIT",
    "EXPIRE",
    "TIMEOUT",
    "DENIED",
    "BLOCK",
    "ALREADY",
    "FULL",
    "BUSY",
    "UNKNOWN",
    "UNSUPPORT",
    "TOO_",
    "REJECT",
    "FORBID",
];

/// One constant-pool entry, as far as it is needed.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Constant {
    /// Index 0 or the slot after a long or double: no entry.
    Unusable,
    /// An entry not needed here (strings, floats, references, ...).
    Other,
    Utf8(String),
    Integer(i32),
    Class {
        name: u16,
    },
}

/// A field of a class.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    /// Access flags (`0x0001` public, `0x0008` static, `0x0010` final).
    pub access: u16,
    /// The field's name.
    pub name: String,
    /// Its type descriptor (`I` for `int`).
    pub descriptor: String,
    /// Its `ConstantValue`, when that is an integer constant.
    pub value: Option<i32>,
}

/// What is read of a class file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Class {
    /// Access flags of the class.
    pub access: u16,
    /// The binary name with dots (`com.hyphenate.EMError`).
    pub name: String,
    /// The fields, in class-file order.
    pub fields: Vec<Field>,
}

const PUBLIC: u16 = 0x0001;
const STATIC: u16 = 0x0008;
const FINAL: u16 = 0x0010;

struct Reader<'a> {
    file: &'a str,
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, count: usize) -> Result<&'a [u8], ArtifactError> {
        let slice = self
            .bytes
            .get(self.at..self.at.saturating_add(count))
            .ok_or_else(|| ArtifactError::corrupt(self.file, "the class file is truncated"))?;
        self.at += count;
        Ok(slice)
    }

    fn u8(&mut self) -> Result<u8, ArtifactError> {
        Ok(self.take(1)?[0])
    }

    fn u16(&mut self) -> Result<u16, ArtifactError> {
        let bytes = self.take(2)?;
        Ok(u16::from_be_bytes([bytes[0], bytes[1]]))
    }

    fn u32(&mut self) -> Result<u32, ArtifactError> {
        let bytes = self.take(4)?;
        Ok(u32::from_be_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]))
    }
}

struct Pool<'a> {
    file: &'a str,
    constants: Vec<Constant>,
}

impl Pool<'_> {
    fn get(&self, index: u16) -> Result<&Constant, ArtifactError> {
        match self.constants.get(usize::from(index)) {
            Some(Constant::Unusable) | None => Err(ArtifactError::corrupt(
                self.file,
                format!("constant pool index {index} is out of range or unusable"),
            )),
            Some(constant) => Ok(constant),
        }
    }

    fn utf8(&self, index: u16) -> Result<&str, ArtifactError> {
        match self.get(index)? {
            Constant::Utf8(text) => Ok(text),
            _ => Err(ArtifactError::corrupt(
                self.file,
                format!("constant pool index {index} is not a UTF-8 entry"),
            )),
        }
    }
}

/// Reads the class file `bytes` up to its fields (methods and attributes
/// after them are not read).
pub fn parse(file: &str, bytes: &[u8]) -> Result<Class, ArtifactError> {
    let mut reader = Reader { file, bytes, at: 0 };
    if reader.take(4)? != MAGIC {
        return Err(ArtifactError::corrupt(file, "not a class file"));
    }
    reader.take(4)?;
    let count = reader.u16()?;
    let mut constants = vec![Constant::Unusable];
    while constants.len() < usize::from(count) {
        let tag = reader.u8()?;
        let (constant, slots) = match tag {
            1 => {
                let length = usize::from(reader.u16()?);
                (
                    Constant::Utf8(String::from_utf8_lossy(reader.take(length)?).into_owned()),
                    1,
                )
            }
            3 => (Constant::Integer(reader.u32()? as i32), 1),
            5 | 6 => {
                reader.take(8)?;
                (Constant::Other, 2)
            }
            7 => (Constant::Class { name: reader.u16()? }, 1),
            8 | 16 | 19 | 20 => {
                reader.take(2)?;
                (Constant::Other, 1)
            }
            4 | 9 | 10 | 11 | 12 | 17 | 18 => {
                reader.take(4)?;
                (Constant::Other, 1)
            }
            15 => {
                reader.take(3)?;
                (Constant::Other, 1)
            }
            tag => {
                return Err(ArtifactError::corrupt(
                    file,
                    format!("unknown constant pool tag {tag} at entry {}", constants.len()),
                ))
            }
        };
        constants.push(constant);
        if slots == 2 {
            constants.push(Constant::Unusable);
        }
    }
    if constants.len() > usize::from(count.max(1)) {
        return Err(ArtifactError::corrupt(
            file,
            "a long or double overruns the constant pool",
        ));
    }
    let pool = Pool { file, constants };
    let access = reader.u16()?;
    let this_class = reader.u16()?;
    let name = match pool.get(this_class)? {
        Constant::Class { name } => pool.utf8(*name)?.replace('/', "."),
        _ => {
            return Err(ArtifactError::corrupt(
                file,
                format!("this_class index {this_class} is not a class entry"),
            ))
        }
    };
    reader.u16()?;
    let interfaces = usize::from(reader.u16()?);
    reader.take(interfaces * 2)?;
    let field_count = reader.u16()?;
    let mut fields = Vec::new();
    for _ in 0..field_count {
        let access = reader.u16()?;
        let name = pool.utf8(reader.u16()?)?.to_owned();
        let descriptor = pool.utf8(reader.u16()?)?.to_owned();
        let mut value = None;
        for _ in 0..reader.u16()? {
            let attribute = pool.utf8(reader.u16()?)?;
            let length = reader.u32()? as usize;
            let body = reader.take(length)?;
            if attribute == "ConstantValue" {
                let [high, low] = body else {
                    return Err(ArtifactError::corrupt(
                        file,
                        "a ConstantValue attribute is not 2 bytes long",
                    ));
                };
                if let Constant::Integer(number) = pool.get(u16::from_be_bytes([*high, *low]))? {
                    value = Some(*number);
                }
            }
        }
        fields.push(Field {
            access,
            name,
            descriptor,
            value,
        });
    }
    Ok(Class { access, name, fields })
}

/// The class's `public static final int` constants as a group, when it is
/// public, has at least [`MIN_ERROR_CONSTANTS`] of them and at least three
/// quarters of their names contain one of [`ERROR_WORDS`].
pub fn error_group(file: &str, class: &Class) -> Option<Group> {
    if class.access & PUBLIC == 0 {
        return None;
    }
    let entries: Vec<CodeName> = class
        .fields
        .iter()
        .filter(|field| field.access & (PUBLIC | STATIC | FINAL) == PUBLIC | STATIC | FINAL && field.descriptor == "I")
        .filter_map(|field| {
            Some(CodeName {
                code: i64::from(field.value?),
                name: field.name.clone(),
            })
        })
        .collect();
    let error_like = entries
        .iter()
        .filter(|entry| {
            let name = entry.name.to_ascii_uppercase();
            ERROR_WORDS.iter().any(|word| name.contains(word))
        })
        .count();
    (entries.len() >= MIN_ERROR_CONSTANTS && error_like * 4 >= entries.len() * 3).then(|| Group {
        role: Role::Compiled,
        file: file.to_owned(),
        container: class.name.clone(),
        entries,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::artifact::build::{class_bytes, error_constants};

    #[test]
    fn fields_and_their_constant_values_are_read() {
        let bytes = class_bytes(
            "com/example/EMError",
            &[("NO_ERROR", 0), ("GROUP_FULL", 604), ("MINUS", -3)],
        );
        let class = parse("EMError.class", &bytes).unwrap();
        assert_eq!(class.name, "com.example.EMError");
        let read: Vec<_> = class
            .fields
            .iter()
            .map(|field| (field.name.as_str(), field.value))
            .collect();
        assert_eq!(
            read,
            [("NO_ERROR", Some(0)), ("GROUP_FULL", Some(604)), ("MINUS", Some(-3))]
        );
    }

    #[test]
    fn only_classes_of_error_like_constants_are_groups() {
        let constants = error_constants(20);
        let class = parse("E.class", &class_bytes("a/E", &constants)).unwrap();
        let group = error_group("E.class", &class).unwrap();
        assert_eq!(group.entries.len(), 20);
        assert_eq!(
            group.entries[19],
            CodeName {
                code: 19,
                name: "E19_ERROR".into()
            }
        );
        let few = parse("E.class", &class_bytes("a/E", &constants[..15])).unwrap();
        assert_eq!(error_group("E.class", &few), None);
        let mut mixed = constants.clone();
        mixed.extend((0..7).map(|_| ("COLOR".to_owned(), 1)));
        let mixed = parse("E.class", &class_bytes("a/E", &mixed)).unwrap();
        assert_eq!(error_group("E.class", &mixed), None, "20 of 27 is under three quarters");
    }

    #[test]
    fn bad_pool_indexes_are_errors() {
        let bytes = class_bytes("a/E", &[("X_ERROR", 1)]);
        let class_entry = 10 + 1 + 2 + "a/E".len();
        let this_class_at = bytes.len() - 4 - 16 - 2 - 2 - 2 - 2;
        for (at, value, expected) in [
            (this_class_at, 0u16, "constant pool index 0 is out of range or unusable"),
            (
                this_class_at,
                999,
                "constant pool index 999 is out of range or unusable",
            ),
            (this_class_at, 1, "this_class index 1 is not a class entry"),
            (class_entry + 1, 2, "constant pool index 2 is not a UTF-8 entry"),
            (this_class_at, 6, "constant pool index 6 is out of range or unusable"),
        ] {
            let mut bad = bytes.clone();
            bad[at..at + 2].copy_from_slice(&value.to_be_bytes());
            let error = parse("E.class", &bad).unwrap_err();
            assert_eq!(error.to_string(), format!("E.class: corrupt: {expected}"));
        }
    }

    #[test]
    fn every_truncation_is_an_error() {
        let bytes = class_bytes("a/E", &[("X_ERROR", 1), ("Y_ERROR", 2)]);
        for cut in 0..bytes.len() - 4 {
            assert!(parse("E.class", &bytes[..cut]).is_err(), "cut at {cut}");
        }
    }
}
