//! Generated files of this kind (filled in by its owner).

use crate::Generated;
use std::path::Path;

/// The generated files of this kind.
pub fn outputs(_root: &Path) -> Vec<Generated> {
    Vec::new()
}
