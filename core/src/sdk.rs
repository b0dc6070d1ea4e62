//! SDK releases: versions and the `family@VERSION` spelling of an SDK.
//!
//! Shared by the build script (which reads the scopes of the catalog) and the
//! library (which reads what a caller asks about), so both parse alike.

use crate::kinds::Family;
use core::cmp::Ordering;
use core::fmt;

/// A release number `MAJOR[.MINOR[.PATCH]]`, each part at most 65535. A
/// partial version stands for a line of releases: `3.9` is every 3.9.x.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Version {
    parts: [u16; 3],
    len: u8,
}

impl Version {
    /// A version from its parts (`len` of them given, 1 to 3; the rest ignored).
    pub(crate) const fn new(parts: [u16; 3], len: u8) -> Self {
        Version { parts, len }
    }

    /// The version of these parts (`MAJOR`, `MAJOR.MINOR` or `MAJOR.MINOR.PATCH`);
    /// `None` for none or more than three.
    pub fn from_parts(given: &[u16]) -> Option<Self> {
        let mut parts = [0u16; 3];
        parts.get_mut(..given.len())?.copy_from_slice(given);
        let len = u8::try_from(given.len()).ok().filter(|&len| len > 0)?;
        Some(Version { parts, len })
    }

    /// Parses `MAJOR[.MINOR[.PATCH]]`: one to three parts of ASCII digits,
    /// each at most 65535; `None` for anything else.
    pub fn parse(text: &str) -> Option<Self> {
        let mut parts = [0u16; 3];
        let mut len = 0u8;
        let (mut value, mut digits) = (0u32, 0u8);
        // Read byte by byte (no slicing), a final '.' closing the last part.
        for &byte in text.as_bytes().iter().chain(Some(&b'.')) {
            if byte == b'.' {
                let slot = parts.get_mut(usize::from(len))?;
                if digits == 0 {
                    return None;
                }
                *slot = u16::try_from(value).ok()?;
                len += 1;
                (value, digits) = (0, 0);
            } else if byte.is_ascii_digit() && digits < 5 {
                value = value * 10 + u32::from(byte - b'0');
                digits += 1;
            } else {
                return None;
            }
        }
        Some(Version { parts, len })
    }

    /// The parts given (one to three).
    pub fn parts(&self) -> &[u16] {
        self.parts.get(..usize::from(self.len)).unwrap_or(&[])
    }

    /// The first release of the line: missing parts read as 0.
    pub const fn first(self) -> [u16; 3] {
        self.fill(0)
    }

    /// The newest release of the line: missing parts read as the largest value.
    pub const fn newest(self) -> [u16; 3] {
        self.fill(u16::MAX)
    }

    const fn fill(self, missing: u16) -> [u16; 3] {
        let mut out = [missing; 3];
        let mut i = 0;
        while i < self.len as usize && i < 3 {
            out[i] = self.parts[i];
            i += 1;
        }
        out
    }
}

impl PartialOrd for Version {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Version {
    /// By release line, a shorter version after the longer ones it covers
    /// (`3.9.1` < `3.9`), so a sorted list ends with its newest line.
    fn cmp(&self, other: &Self) -> Ordering {
        self.newest()
            .cmp(&other.newest())
            .then(self.first().cmp(&other.first()))
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, part) in self.parts().iter().enumerate() {
            if index > 0 {
                f.write_str(".")?;
            }
            write!(f, "{part}")?;
        }
        Ok(())
    }
}

/// The releases of one family that emit a meaning: `from` and `until` both
/// inclusive, a partial `from` meaning the first release of its line and a
/// partial `until` the newest (`until = 3.9` covers every 3.9.x). A missing
/// bound is open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scope {
    pub(crate) family: Family,
    pub(crate) from: Option<Version>,
    pub(crate) until: Option<Version>,
}

impl Scope {
    /// The SDK family.
    pub fn family(&self) -> Family {
        self.family
    }

    /// The first release (inclusive), when bounded.
    pub fn from(&self) -> Option<Version> {
        self.from
    }

    /// The last release (inclusive), when bounded.
    pub fn until(&self) -> Option<Version> {
        self.until
    }

    /// Whether this scope covers `sdk` (no version: the family's newest release).
    pub fn contains(&self, sdk: &Sdk) -> bool {
        let point = sdk.version.map_or([u16::MAX; 3], Version::newest);
        self.family == sdk.family
            && self.from.is_none_or(|from| from.first() <= point)
            && self.until.is_none_or(|until| point <= until.newest())
    }

    /// Whether this scope and `other` cover a release in common.
    pub fn overlaps(&self, other: &Scope) -> bool {
        let low = |scope: &Scope| scope.from.map_or([0; 3], Version::first);
        let high = |scope: &Scope| scope.until.map_or([u16::MAX; 3], Version::newest);
        self.family == other.family && low(self) <= high(other) && low(other) <= high(self)
    }
}

impl fmt::Display for Scope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.family)?;
        match (self.from, self.until) {
            (None, None) => Ok(()),
            (Some(from), None) => write!(f, " >= {from}"),
            (None, Some(until)) => write!(f, " <= {until}"),
            (Some(from), Some(until)) => write!(f, " {from} to {until}"),
        }
    }
}

/// An SDK a code was received from: a family, and optionally its version
/// (none: the family's newest release). Spelled `family` or `family@VERSION`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sdk {
    /// The SDK family.
    pub family: Family,
    /// The release, or its line (`3.9`: the newest 3.9.x); `None`: the newest release.
    pub version: Option<Version>,
}

/// Why a text is not an SDK.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SdkError {
    /// The part before `@` names no family of [`Family::ALL`].
    UnknownFamily,
    /// The part after `@` is not `MAJOR[.MINOR[.PATCH]]` (digits, each part at most 65535).
    MalformedVersion,
}

impl fmt::Display for SdkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            SdkError::UnknownFamily => "unknown SDK family",
            SdkError::MalformedVersion => "malformed version (expected MAJOR[.MINOR[.PATCH]])",
        })
    }
}

impl Sdk {
    /// Parses `family` or `family@VERSION` (family names exact, as in [`Family::as_str`]).
    pub fn parse(text: &str) -> Result<Self, SdkError> {
        let (family, version) = match text.bytes().position(|byte| byte == b'@') {
            Some(at) => (text.get(..at).unwrap_or_default(), text.get(at + 1..)),
            None => (text, None),
        };
        let family = Family::from_name(family).ok_or(SdkError::UnknownFamily)?;
        let version = match version {
            Some(version) => Some(Version::parse(version).ok_or(SdkError::MalformedVersion)?),
            None => None,
        };
        Ok(Sdk { family, version })
    }
}

impl core::str::FromStr for Sdk {
    type Err = SdkError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Sdk::parse(text)
    }
}

impl fmt::Display for Sdk {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.family)?;
        match self.version {
            Some(version) => write!(f, "@{version}"),
            None => Ok(()),
        }
    }
}
