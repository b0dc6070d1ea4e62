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
#[allow(dead_code)]
#[path = "../src/sdk.rs"]
mod sdk;

const WEB: &str = include_str!("../catalog/web.toml");
const NATIVE: &str = include_str!("../catalog/native.toml");
const SOURCES: &str = include_str!("../../sources/sources.tsv");

/// The errors of loading `web` and `native` as the catalog.
fn errors_of(web: &str, native: &str) -> Vec<String> {
    let sources = catalog::known_sources(SOURCES).expect("sources.tsv is valid");
    match catalog::load(&[("web.toml", web), ("native.toml", native)], &sources) {
        Ok(_) => Vec::new(),
        Err(errors) => errors,
    }
}

/// Replaces the first occurrence of `from` (which must exist) in `text`.
fn edit(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "fixture edit not applicable: {from}");
    text.replacen(from, to, 1)
}

/// Web with the first string field `field` (a line `field = "..."`) set to `value`.
fn with_web_field(field: &str, value: &str) -> String {
    let start = WEB.find(&format!("\n{field} = \"")).expect("field present") + 1;
    let end = start + WEB[start..].find('\n').expect("line end");
    format!("{}{field} = \"{value}\"{}", &WEB[..start], &WEB[end..])
}

/// Asserts that one error contains every part of `expected`.
fn assert_error(errors: &[String], expected: &[&str]) {
    assert!(
        errors
            .iter()
            .any(|error| expected.iter().all(|part| error.contains(part))),
        "expected an error with {expected:?}, got {errors:?}"
    );
}

/// Asserts the catalog with `web` in place of web.toml is rejected as `expected` says.
fn assert_rejected(web: &str, expected: &[&str]) {
    assert_error(&errors_of(web, NATIVE), expected);
}

/// Asserts web.toml with its first `from` replaced by `to` is rejected as `expected` says.
fn assert_web_edit_rejected(from: &str, to: &str, expected: &[&str]) {
    assert_rejected(&edit(WEB, from, to), expected);
}

/// Asserts the catalog with `native` in place of native.toml is rejected as `expected` says.
fn assert_native_rejected(native: &str, expected: &[&str]) {
    assert_error(&errors_of(WEB, native), expected);
}

/// The text of native entry `code`, from its `[[entry]]` line to the next entry.
fn native_entry(code: i32) -> &'static str {
    let start = NATIVE
        .find(&format!("[[entry]]\ncode = {code}\n"))
        .expect("entry present");
    let end = NATIVE[start + 1..]
        .find("[[entry]]\n")
        .map_or(NATIVE.len(), |end| start + 1 + end);
    &NATIVE[start..end]
}

/// Native with entry `code` edited.
fn edit_native_entry(code: i32, from: &str, to: &str) -> String {
    let entry = native_entry(code);
    NATIVE.replacen(entry, &edit(entry, from, to), 1)
}

#[test]
fn the_real_catalog_is_valid() {
    let sources = catalog::known_sources(SOURCES).expect("sources.tsv is valid");
    let catalog =
        catalog::load(&[("web.toml", WEB), ("native.toml", NATIVE)], &sources).unwrap_or_else(|e| panic!("{e:#?}"));
    assert_eq!(catalog.spaces.values().map(Vec::len).sum::<usize>(), 297);
}

#[test]
fn a_duplicate_code_is_rejected() {
    assert_web_edit_rejected(
        "code = -3\n",
        "code = -4\n",
        &["web -4 REQUEST_PARAMETER_ERROR", "duplicate code"],
    );
}

#[test]
fn entries_out_of_code_order_are_rejected() {
    assert_web_edit_rejected("code = -3\n", "code = 1000\n", &["web -2", "code order"]);
}

#[test]
fn an_unknown_family_is_rejected() {
    assert_web_edit_rejected(
        "{ family = \"agora-web\" }",
        "{ family = \"agora-desktop\" }",
        &["web -4 meaning 1 REQUEST_ABORT", "unknown family \"agora-desktop\""],
    );
}

#[test]
fn a_malformed_version_is_rejected() {
    for bad in ["4.x", "", "1.2.3.4", "v4", "99999999"] {
        let native = edit_native_entry(606, "from = \"4.0\"", &format!("from = \"{bad}\""));
        assert_native_rejected(
            &native,
            &[
                "native 606 meaning 1 GROUP_NOT_EXIST",
                &format!("malformed version \"{bad}\""),
            ],
        );
    }
    let native = edit_native_entry(606, "from = \"4.0\"", "from = \"5.0\", until = \"4.9\"");
    assert_native_rejected(&native, &["native 606 meaning 1", "starts (5.0) after it ends (4.9)"]);
}

#[test]
fn overlapping_scopes_of_two_meanings_are_rejected() {
    let native = edit_native_entry(
        605,
        "{ family = \"easemob-ios\", until = \"3.9\" }",
        "{ family = \"easemob-ios\", until = \"4.2\" }",
    );
    assert_native_rejected(
        &native,
        &[
            "native 605",
            "GROUP_SHARED_FILE_INVALIDID (easemob-ios >= 4.0)",
            "overlap",
        ],
    );
}

#[test]
fn a_variant_without_an_artifact_source_is_rejected() {
    let native = edit_native_entry(
        706,
        "{ source = \"KJVoiceChatRoom.AgoraChatErrorCode.h@ce5da2132f.tsv\", name = \"AgoraChatErrorChatroomIllegalTag\" }",
        "{ source = \"Docs-Source.ios.mdx@1aa12cccd2.tsv\", name = \"AgoraChatErrorChatroomIllegalTag\" }",
    );
    assert_native_rejected(
        &native,
        &[
            "native 706 meaning 2 CHATROOM_ILLEGAL_TAG",
            "must cite an SDK header or artifact of its scope",
        ],
    );
}

#[test]
fn a_variant_citing_a_header_of_another_scope_is_rejected() {
    let native = edit_native_entry(
        706,
        "{ family = \"agora-ios\", until = \"1.2\" }",
        "{ family = \"agora-ios\", until = \"1.1\" }",
    );
    assert_native_rejected(
        &native,
        &[
            "native 706 meaning 2",
            "must cite an SDK header or artifact of its scope",
        ],
    );
}

#[test]
fn a_conflict_citing_an_unlisted_source_is_rejected() {
    let native = edit_native_entry(
        902,
        "source = \"003_8634558e6088e567.txt\"\nsays",
        "source = \"some-page.md\"\nsays",
    );
    assert_native_rejected(
        &native,
        &["native 902 PUSH_UNBIND_FAILED", "conflict cites \"some-page.md\""],
    );
}

#[test]
fn a_removed_meaning_without_text_is_rejected() {
    let entry = native_entry(902);
    let line = entry.lines().find(|line| line.starts_with("summary.en = ")).unwrap();
    let native = edit_native_entry(902, line, "summary.en = \" \"");
    assert_native_rejected(
        &native,
        &[
            "native 902 meaning 1 PUSH_UNBIND_FAILED (removed: its text stays readable)",
            "summary.en is empty",
        ],
    );
}

#[test]
fn an_empty_scope_is_only_for_a_removed_meaning() {
    let entry = native_entry(902);
    let scope = &entry[entry.find("scope = [").unwrap()..];
    let scope = &scope[..=scope.find("\n]").unwrap() + 1];
    let edited = edit(
        &edit(entry, "status = \"removed\"", "status = \"current\""),
        scope,
        "scope = []",
    );
    let native = NATIVE.replacen(entry, &edited, 1);
    assert_native_rejected(&native, &["native 902 meaning 1 PUSH_UNBIND_FAILED", "scope is empty"]);
}

#[test]
fn a_removed_code_whose_name_moved_leaves_the_constant_to_the_new_code() {
    let sources = catalog::known_sources(SOURCES).expect("sources.tsv is valid");
    let catalog =
        catalog::load(&[("web.toml", WEB), ("native.toml", NATIVE)], &sources).unwrap_or_else(|e| panic!("{e:#?}"));
    let native = &catalog.spaces[&kinds::Space::Native];
    let constant = |code: i32| native.iter().find(|entry| entry.code == code).unwrap().constant;
    // 902 (3.x Android) and 1502 are both PUSH_UNBIND_FAILED: the code still emitted keeps the constant.
    assert!(!constant(902) && constant(1502));
    // The same clash between two codes still emitted is an error.
    let native = edit_native_entry(902, "status = \"removed\"", "status = \"current\"");
    assert_native_rejected(
        &native,
        &[
            "PUSH_UNBIND_FAILED",
            "duplicate name",
            "the constants need one name per code",
        ],
    );
}

#[test]
fn a_name_shared_by_overlapping_scopes_is_rejected() {
    assert_web_edit_rejected(
        "names = { canonical = \"REQUEST_PARAMETER_ERROR\" }",
        "names = { canonical = \"REQUEST_PARAMETER_ERROR\", aliases = [\"REQUEST_ABORT\"] }",
        &[
            "web -3 REQUEST_PARAMETER_ERROR",
            "name REQUEST_ABORT is also a name of web -4",
            "unique per family",
        ],
    );
    // The same iOS name on two codes is fine when the releases differ (605 and 606).
    assert!(native_entry(605).contains("ios_easemob = \"EMErrorGroupNotExist\""));
    assert!(native_entry(606).contains("ios_easemob = \"EMErrorGroupNotExist\""));
}

#[test]
fn a_missing_user_message_is_rejected() {
    for language in ["en", "zh"] {
        let web = with_web_field(&format!("user.{language}"), "");
        assert_rejected(&web, &["web -4 meaning 1 REQUEST_ABORT", "user message missing"]);
    }
}

#[test]
fn an_unknown_source_file_is_rejected() {
    assert_web_edit_rejected(
        "{ source = \"000_81897c9467009b78.txt\", name = \"REQUEST_ABORT\" }",
        "{ source = \"999_nowhere.txt\", name = \"REQUEST_ABORT\" }",
        &[
            "web -4 meaning 1 REQUEST_ABORT",
            "unknown source file \"999_nowhere.txt\"",
        ],
    );
}

#[test]
fn empty_developer_text_is_rejected_in_either_language() {
    for field in ["summary.en", "summary.zh", "detail.en", "detail.zh"] {
        let web = with_web_field(field, "  ");
        assert_rejected(&web, &["web -4 meaning 1 REQUEST_ABORT", &format!("{field} is empty")]);
    }
}

#[test]
fn a_category_action_or_status_outside_its_set_is_rejected() {
    assert_web_edit_rejected(
        "category = \"request\"",
        "category = \"weather\"",
        &["web -4 meaning 1 REQUEST_ABORT", "unknown category \"weather\""],
    );
    assert_web_edit_rejected(
        "action = \"retry_later\"",
        "action = \"pray\"",
        &["web -4 meaning 1 REQUEST_ABORT", "unknown action \"pray\""],
    );
    assert_web_edit_rejected(
        "status = \"current\"",
        "status = \"retired\"",
        &["web -4 meaning 1 REQUEST_ABORT", "unknown status \"retired\""],
    );
}

#[test]
fn an_equivalent_that_points_nowhere_is_rejected() {
    assert_web_edit_rejected(
        "{ space = \"native\", code = 204 }",
        "{ space = \"native\", code = 9999 }",
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
    assert_web_edit_rejected(
        "{ space = \"native\", code = 204 }",
        "{ space = \"web\", code = 204 }",
        &["web 204", "is in the same space"],
    );
}

#[test]
fn malformed_files_are_rejected() {
    assert_web_edit_rejected(
        "schema_version = 2",
        "schema_version = 1",
        &["web.toml", "schema_version 1"],
    );
    assert_web_edit_rejected("space = \"web\"", "space = \"desktop\"", &["web.toml", "unknown space"]);
    assert_web_edit_rejected(
        "space = \"web\"",
        "space = \"native\"",
        &["defined by more than one file"],
    );
    assert_web_edit_rejected("transient = ", "retry = ", &["web.toml", "not a valid catalog file"]);
    assert_web_edit_rejected(
        "canonical = \"REQUEST_ABORT\"",
        "canonical = \"request abort\"",
        &["made of A-Z"],
    );
}
