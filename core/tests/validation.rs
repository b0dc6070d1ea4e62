//! The build-time validation: the real catalog passes, and each rule rejects
//! a catalog that breaks it with a message naming the entry.

#[allow(dead_code)]
#[path = "../build/catalog.rs"]
mod catalog;
#[allow(dead_code)]
#[path = "../src/kinds.rs"]
mod kinds;
#[path = "../src/name_key.rs"]
mod name_key;
#[path = "../src/schema.rs"]
mod schema;

const WEB: &str = include_str!("../catalog/web.toml");
const NATIVE: &str = include_str!("../catalog/native.toml");

/// The errors of loading the real catalog with `web` in place of web.toml.
fn errors_with_web(web: &str) -> Vec<String> {
    match catalog::load(&[("web.toml", web), ("native.toml", NATIVE)]) {
        Ok(_) => Vec::new(),
        Err(errors) => errors,
    }
}

/// Replaces the first occurrence of `from` (which must exist) in `text`.
fn edit(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "fixture edit not applicable: {from}");
    text.replacen(from, to, 1)
}

/// Asserts the edited catalog is rejected with an error containing every part of `expected`.
fn assert_rejected(web: &str, expected: &[&str]) {
    let errors = errors_with_web(web);
    assert!(
        errors
            .iter()
            .any(|error| expected.iter().all(|part| error.contains(part))),
        "expected an error with {expected:?}, got {errors:?}"
    );
}

#[test]
fn the_real_catalog_is_valid() {
    let catalog = catalog::load(&[("web.toml", WEB), ("native.toml", NATIVE)]).unwrap_or_else(|e| panic!("{e:#?}"));
    assert_eq!(catalog.spaces.values().map(Vec::len).sum::<usize>(), 128);
}

#[test]
fn a_duplicate_code_is_rejected() {
    let web = edit(
        WEB,
        "code = 2\nname = \"WEBIM_CONNCTION_AUTH_ERROR\"",
        "code = 1\nname = \"WEBIM_CONNCTION_AUTH_ERROR\"",
    );
    assert_rejected(&web, &["web 1 WEBIM_CONNCTION_AUTH_ERROR", "duplicate code"]);
}

#[test]
fn a_duplicate_name_is_rejected() {
    let web = edit(
        WEB,
        "name = \"WEBIM_CONNCTION_AUTH_ERROR\"",
        "name = \"WEBIM_CONNCTION_OPEN_ERROR\"",
    );
    assert_rejected(&web, &["web 2 WEBIM_CONNCTION_OPEN_ERROR", "duplicate name"]);
}

#[test]
fn an_alias_equal_to_another_entrys_name_is_rejected() {
    let web = edit(
        WEB,
        "name = \"GROUP_MEMBERS_LIMIT\"\naliases = []",
        "name = \"GROUP_MEMBERS_LIMIT\"\naliases = [\"GROUP_NOT_EXIST\"]",
    );
    assert_rejected(
        &web,
        &[
            "web 607 GROUP_MEMBERS_LIMIT",
            "alias GROUP_NOT_EXIST is the name of code 605",
        ],
    );
}

#[test]
fn an_alias_of_two_entries_is_rejected() {
    let web = edit(
        WEB,
        "name = \"REQUEST_TIMEOUT\"\naliases = []",
        "name = \"REQUEST_TIMEOUT\"\naliases = [\"TIMEOUT\"]",
    );
    let web = edit(
        &web,
        "name = \"REQUEST_ABORT\"\naliases = []",
        "name = \"REQUEST_ABORT\"\naliases = [\"TIMEOUT\"]",
    );
    assert_rejected(&web, &["REQUEST_", "alias TIMEOUT is already an alias"]);
}

#[test]
fn empty_text_is_rejected_in_either_language() {
    for field in ["summary.en", "summary.zh", "detail.en", "detail.zh"] {
        let start = WEB.find(&format!("\n{field} = \"")).expect("field present") + 1;
        let end = start + WEB[start..].find('\n').expect("line end");
        let web = format!("{}{field} = \"  \"{}", &WEB[..start], &WEB[end..]);
        assert_rejected(&web, &["web -4 REQUEST_ABORT", &format!("{field} is empty")]);
    }
}

#[test]
fn a_category_or_action_outside_its_set_is_rejected() {
    let first_category = WEB
        .split("\ncategory = \"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    let web = edit(
        WEB,
        &format!("category = \"{first_category}\""),
        "category = \"weather\"",
    );
    assert_rejected(&web, &["web -4 REQUEST_ABORT", "unknown category \"weather\""]);
    let first_action = WEB
        .split("\naction = \"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    let web = edit(WEB, &format!("action = \"{first_action}\""), "action = \"pray\"");
    assert_rejected(&web, &["web -4 REQUEST_ABORT", "unknown action \"pray\""]);
}

#[test]
fn an_equivalent_that_points_nowhere_is_rejected() {
    let web = edit(
        WEB,
        "{ space = \"native\", code = 204 }",
        "{ space = \"native\", code = 9999 }",
    );
    assert_rejected(
        &web,
        &["web 204 USER_NOT_FOUND", "equivalent native 9999 points to no entry"],
    );
}

#[test]
fn an_equivalent_that_is_not_symmetric_is_rejected() {
    let web = edit(
        WEB,
        "{ space = \"native\", code = 204 }",
        "{ space = \"native\", code = 203 }",
    );
    assert_rejected(
        &web,
        &[
            "web 204 USER_NOT_FOUND",
            "equivalent native 203 (USER_ALREADY_EXIST) does not list it back",
        ],
    );
    assert_rejected(&web, &["native 204 USER_NOT_FOUND", "equivalent web 204"]);
}

#[test]
fn an_equivalent_in_the_same_space_is_rejected() {
    let web = edit(
        WEB,
        "{ space = \"native\", code = 204 }",
        "{ space = \"web\", code = 204 }",
    );
    assert_rejected(&web, &["web 204 USER_NOT_FOUND", "is in the same space"]);
}

#[test]
fn entries_out_of_code_order_are_rejected() {
    let web = edit(WEB, "code = 12\n", "code = 1000\n");
    assert_rejected(&web, &["web 16 WEBIM_CONNCTION_DISCONNECTED", "code order"]);
}

#[test]
fn malformed_files_are_rejected() {
    assert_rejected(
        &edit(WEB, "schema_version = 1", "schema_version = 2"),
        &["web.toml", "schema_version 2"],
    );
    assert_rejected(
        &edit(WEB, "space = \"web\"", "space = \"desktop\""),
        &["web.toml", "unknown space"],
    );
    assert_rejected(
        &edit(WEB, "space = \"web\"", "space = \"native\""),
        &["defined by more than one file"],
    );
    assert_rejected(
        &edit(WEB, "transient = ", "retry = "),
        &["web.toml", "not a valid catalog file"],
    );
    assert_rejected(
        &edit(WEB, "name = \"REQUEST_ABORT\"", "name = \"request abort\""),
        &["made of A-Z"],
    );
}
