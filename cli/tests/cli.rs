//! The `chat-errors` command: exit codes, labelled output, JSON shapes.

mod common;

use chat_errors::{entries, Space};
use common::{answers, json, run, stdout};

#[test]
fn lookup_without_space_labels_both_spaces() {
    let (text, _) = answers(&["lookup", "16"], 0);
    assert!(text.contains("web 16  WEBIM_CONNCTION_DISCONNECTED"), "{text}");
    assert!(text.contains("native 16  (not documented"), "{text}");
    let web = chat_errors::lookup(Space::Web, 16).unwrap();
    assert!(text.contains(web.summary().en()) && text.contains(web.summary().zh()));
    let both = stdout(&run(&["lookup", "508"]));
    assert!(
        both.contains("web 508  MESSAGE_MODERATION_BLOCKED")
            && both.contains("native 508  MESSAGE_EXTERNAL_LOGIC_BLOCKED")
    );
}

#[test]
fn unknown_code_or_name_exits_1_with_one_line() {
    for args in [
        &["lookup", "99999"][..],
        &["lookup", "-2147483648", "--space", "web"],
        &["name", "NO_SUCH_NAME"],
        &["name", "NOPE", "--space", "web", "--json"],
        &["search", "zzzzzzzz"],
    ] {
        let (_, stderr) = answers(args, 1);
        assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"));
    }
}

#[test]
fn bad_arguments_exit_2() {
    for args in [
        &["lookup", "abc"][..],
        &["lookup", "99999999999"],
        &["list", "--space", "desktop"],
        &["export", "--format", "xml"],
    ] {
        assert_eq!(run(args).status.code(), Some(2), "{args:?}");
    }
}

#[test]
fn every_entry_is_found_by_code_and_name_through_the_cli_as_json() {
    for &space in Space::ALL {
        for entry in entries(space) {
            let code = entry.code().to_string();
            let by_code = json(&run(&["lookup", &code, "--space", space.as_str(), "--json"]));
            assert_eq!(by_code[0]["name"], entry.name());
            if !entry.has_constant() {
                // 902: no SDK emits it; its name finds 1502 (see the lookup tests).
                continue;
            }
            let by_name = json(&run(&[
                "name",
                &entry.name().to_lowercase(),
                "--space",
                space.as_str(),
                "--json",
            ]));
            assert_eq!(by_name[0]["code"], entry.code());
            assert_eq!(by_name.as_array().unwrap().len(), 1);
        }
    }
}

#[test]
fn export_json_has_every_entry_in_the_documented_schema() {
    let output = run(&["export", "--format", "json"]);
    assert_eq!(output.status.code(), Some(0));
    let export = json(&output);
    assert_eq!(export["schema_version"], chat_errors::SCHEMA_VERSION);
    assert_eq!(export["catalog_version"], chat_errors::CATALOG_VERSION);
    let exported = export["entries"].as_array().unwrap();
    assert_eq!(exported.len(), 297);
    let keys = [
        "space",
        "code",
        "name",
        "aliases",
        "category",
        "transient",
        "action",
        "summary",
        "detail",
        "seeds",
        "equivalents",
        "documented",
        "user",
        "status",
        "names",
        "sources",
        "meanings",
        "conflicts",
    ];
    for (item, entry) in exported.iter().zip(Space::ALL.iter().flat_map(|&space| entries(space))) {
        let object = item.as_object().unwrap();
        assert_eq!(object.keys().count(), keys.len());
        assert!(keys.iter().all(|key| object.contains_key(*key)));
        assert_eq!(item["space"], entry.space().as_str());
        assert_eq!(item["code"], entry.code());
        assert_eq!(item["category"], entry.category().as_str());
        assert_eq!(item["transient"], entry.is_transient());
        assert_eq!(item["action"], entry.action().as_str());
        for (field, text) in [("summary", entry.summary()), ("detail", entry.detail())] {
            assert_eq!(item[field]["en"], text.en());
            assert_eq!(item[field]["zh"], text.zh());
            assert!(!text.en().trim().is_empty() && !text.zh().trim().is_empty());
        }
        assert_eq!(item["seeds"].as_array().unwrap().len(), entry.seeds().len());
        assert!(item["seeds"]
            .as_array()
            .unwrap()
            .iter()
            .all(|seed| seed["page"].is_string() && seed["name"].is_string()));
        assert_eq!(item["equivalents"].as_array().unwrap().len(), entry.equivalents().len());
    }
    let web_only = json(&run(&["export", "--format", "json", "--space", "web"]));
    assert_eq!(web_only["entries"].as_array().unwrap().len(), entries(Space::Web).len());
}

#[test]
fn csv_and_markdown_exports_have_a_row_per_entry() {
    let csv = stdout(&run(&["export", "--format", "csv", "--lang", "zh"]));
    assert!(csv.starts_with(
        "space,code,name,aliases,category,transient,action,summary_zh,detail_zh,documented,user_zh,status\r\n"
    ));
    let markdown = stdout(&run(&[
        "export", "--format", "markdown", "--space", "native", "--lang", "en",
    ]));
    for entry in entries(Space::Native) {
        assert!(
            markdown.contains(&format!("| {} | {} |", entry.code(), entry.name())),
            "{}",
            entry.name()
        );
    }
    assert!(!markdown.contains("| 16 |"));
    let csv_both = stdout(&run(&["export", "--format", "csv"]));
    assert!(csv_both
        .lines()
        .next()
        .unwrap()
        .ends_with("summary_en,summary_zh,detail_en,detail_zh,documented,user_en,user_zh,status"));
}

#[test]
fn list_filters_by_space_and_category() {
    let listed = json(&run(&["list", "--space", "native", "--category", "group", "--json"]));
    let expected: Vec<i32> = entries(Space::Native)
        .iter()
        .filter(|entry| entry.category() == chat_errors::Category::Group)
        .map(|entry| entry.code())
        .collect();
    let got: Vec<i64> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["code"].as_i64().unwrap())
        .collect();
    assert_eq!(got, expected.iter().map(|&code| i64::from(code)).collect::<Vec<_>>());
    assert!(!expected.is_empty());
}

#[test]
fn search_finds_chinese_and_english_text() {
    let hits = json(&run(&["search", "子区", "--json"]));
    assert!(hits.as_array().unwrap().iter().any(|item| item["code"] == 1300));
    let hits = json(&run(&["search", "TOKEN", "--json"]));
    assert!(hits
        .as_array()
        .unwrap()
        .iter()
        .any(|item| item["name"] == "WEBIM_CONNCTION_TOKEN_NOT_ASSIGN_ERROR"));
}

#[test]
fn lookup_in_an_sdk_context_labels_the_meaning() {
    let text = stdout(&run(&["lookup", "605", "--space", "native"]));
    assert!(text.starts_with("native 605  GROUP_SHARED_FILE_INVALIDID\n"), "{text}");
    assert!(
        text.contains("default meaning; other SDKs mean something else"),
        "{text}"
    );
    assert!(
        text.contains("variant: GROUP_NOT_EXIST (removed) for easemob-android <= 3.9, easemob-ios <= 3.9"),
        "{text}"
    );
    assert!(
        text.contains("conflict: Docs-Source.unity.mdx@872372627e.tsv says GROUP_NOT_EXIST"),
        "{text}"
    );
    let old = stdout(&run(&[
        "lookup",
        "605",
        "--space",
        "native",
        "--sdk",
        "easemob-ios@3.9",
    ]));
    assert!(old.starts_with("native 605  EMErrorGroupNotExist\n"), "{old}");
    assert!(
        old.contains("for easemob-ios@3.9: variant, emitted by this SDK"),
        "{old}"
    );
    assert!(old.contains("status: removed"), "{old}");
    let android = stdout(&run(&[
        "lookup",
        "1403",
        "--space",
        "native",
        "--sdk",
        "easemob-android",
    ]));
    assert!(android.contains("no meaning known for this SDK"), "{android}");
}

#[test]
fn every_entry_answers_each_sdk_of_its_scopes_through_the_cli_as_json() {
    for &space in Space::ALL {
        for entry in entries(space) {
            for (index, meaning) in entry.meanings().iter().enumerate() {
                for scope in meaning.scope().iter().take(2) {
                    let sdk = match scope.until().or(scope.from()) {
                        Some(version) => format!("{}@{version}", scope.family()),
                        None => scope.family().to_string(),
                    };
                    let code = entry.code().to_string();
                    let args = ["lookup", &code, "--space", space.as_str(), "--sdk", &sdk, "--json"];
                    let answer = json(&run(&args));
                    let item = &answer[0];
                    assert_eq!(item["answer"]["fit"], "emitted", "{args:?}");
                    assert_eq!(item["answer"]["meaning"], index, "{args:?}");
                    assert_eq!(
                        item["answer"]["name"],
                        meaning.names().for_family(scope.family()).as_str(),
                        "{args:?}"
                    );
                    let shown = &item["meanings"][index];
                    assert_eq!(shown["status"], meaning.status().as_str());
                    assert_eq!(shown["user"]["en"], meaning.user().en());
                    assert_eq!(shown["user"]["zh"], meaning.user().zh());
                    assert_eq!(shown["sources"].as_array().unwrap().len(), meaning.sources().len());
                    assert_eq!(shown["scope"].as_array().unwrap().len(), meaning.scope().len());
                }
            }
        }
    }
}

#[test]
fn ios_names_resolve_through_the_cli() {
    for (name, code) in [
        ("EMErrorGroupNotExist", 606),
        ("AgoraChatErrorGroupNotExist", 606),
        ("EMErrorTokeWillExpire", 109),
    ] {
        let output = run(&["name", name, "--json"]);
        assert_eq!(output.status.code(), Some(0), "{name}");
        assert_eq!(json(&output)[0]["code"], code, "{name}");
    }
    let old = json(&run(&[
        "name",
        "EMErrorGroupNotExist",
        "--sdk",
        "easemob-ios@3.9",
        "--json",
    ]));
    assert_eq!(old[0]["code"], 605);
    assert_eq!(old[0]["answer"]["name"], "EMErrorGroupNotExist");
}

#[test]
fn a_bad_sdk_is_a_usage_error_in_one_escaped_line() {
    for args in [
        &["lookup", "605", "--sdk", "easemob-symbian"][..],
        &["lookup", "605", "--sdk", "easemob-ios@4.x"],
        &["name", "GROUP_NOT_EXIST", "--sdk", "easemob-ios@1.2.3.4"],
        &["lookup", "605", "--sdk", "\x1b[31mred@1"],
    ] {
        let (out, stderr) = answers(args, 2);
        assert!(out.is_empty(), "{args:?}");
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(stderr.starts_with("chat-errors: invalid --sdk"), "{stderr}");
        assert!(!stderr.contains('\x1b'), "{stderr}");
    }
}

#[test]
fn sdks_lists_every_family_with_its_known_versions() {
    let text = stdout(&run(&["sdks"]));
    assert_eq!(text.lines().count(), chat_errors::Family::ALL.len());
    let listed = json(&run(&["sdks", "--json"]));
    for (item, family) in listed.as_array().unwrap().iter().zip(chat_errors::Family::ALL) {
        assert_eq!(item["family"], family.as_str());
        let versions: Vec<String> = chat_errors::known_versions(*family)
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(item["versions"], serde_json::json!(versions));
    }
}
