//! The version of the catalog file format, which is also the version of the
//! JSON export's schema. Shared by the build script (which refuses catalog
//! files of another version) and the library (which reports it).

/// The version of the catalog file format and of the JSON export's schema.
pub const SCHEMA_VERSION: u32 = 2;
