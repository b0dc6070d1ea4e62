//! Replays every saved input under `regressions/<target>/` (crashes the
//! fuzzer once found, kept so they stay fixed) through its target's check.

use std::path::Path;

#[test]
fn every_saved_input_passes_its_check() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("regressions");
    let mut replayed = 0;
    for (target, check) in chat_errors_fuzz::TARGETS {
        let folder = root.join(target);
        let Ok(inputs) = std::fs::read_dir(&folder) else {
            continue;
        };
        for input in inputs {
            let path = input.expect("readable regressions folder").path();
            let data = std::fs::read(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
            check(&data);
            replayed += 1;
        }
    }
    let folders = std::fs::read_dir(&root).map(|folders| folders.count()).unwrap_or(0);
    assert!(
        folders == 0 || replayed > 0,
        "regressions/ has folders but no inputs were replayed"
    );
    println!("replayed {replayed} saved inputs");
}

#[test]
fn every_regressions_folder_names_a_target() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("regressions");
    let Ok(folders) = std::fs::read_dir(&root) else {
        return;
    };
    for folder in folders {
        let name = folder.expect("readable regressions folder").file_name();
        let name = name.to_string_lossy();
        assert!(
            chat_errors_fuzz::TARGETS.iter().any(|(target, _)| *target == name),
            "regressions/{name} is not a fuzz target"
        );
    }
}
