//! The invariants the fuzz targets check, one function per target, each
//! taking the fuzzer's raw bytes. The fuzz targets and the regression replay
//! (`tests/regressions.rs`) call the same functions, so a saved crash input
//! replays exactly what the fuzzer ran.

pub mod artifact;
pub mod c_api;
pub mod catalog;
pub mod page;

/// The check a fuzz target runs on one input; it panics when an invariant fails.
pub type Check = fn(&[u8]);

/// Every fuzz target: its name (the file name under `fuzz_targets/` and the
/// folder under `regressions/`) and its check.
pub const TARGETS: &[(&str, Check)] = &[
    ("lookup_name", catalog::check_lookup_name),
    ("lookup_code", catalog::check_lookup_code),
    ("search", catalog::check_search),
    ("c_api", c_api::check_c_api),
    ("page", page::check_page),
    ("artifact_zip", artifact::check_zip),
    ("artifact_tar", artifact::check_tar),
    ("artifact_class_file", artifact::check_class_file),
    ("artifact_js", artifact::check_js),
    ("artifact_header", artifact::check_header),
];

/// Starting inputs for `target`, built from the catalog (every name, alias
/// and code in the form that target reads, or pages made of its entries), so the fuzzer starts from the
/// paths that find entries rather than having to guess a name; for the
/// artifact targets, small valid artifacts of each format.
pub fn seeds(target: &str) -> Vec<Vec<u8>> {
    match target {
        "c_api" => c_api::seeds(),
        "page" => page::seeds(),
        target if target.starts_with("artifact_") => artifact::seeds(target),
        _ => catalog::seeds(target),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_target_has_seeds_and_every_seed_passes_its_check() {
        for (target, check) in super::TARGETS {
            let seeds = super::seeds(target);
            assert!(!seeds.is_empty(), "{target} has no seeds");
            for seed in seeds {
                check(&seed);
            }
        }
    }
}
