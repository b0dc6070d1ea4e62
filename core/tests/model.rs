//! The schema-2 model through the Rust API: every entry and meaning against
//! the catalog files read here with the `toml` crate (not the build's
//! reader), and what each SDK context answers for each disagreement.

use chat_errors::{
    entries, known_versions, lookup, lookup_in, lookup_name_in, Family, Fit, Platform, Sdk, SdkError, Space, Status,
    Version,
};
use toml::Value;

fn catalog(space: Space) -> Value {
    let text = match space {
        Space::Web => include_str!("../catalog/web.toml"),
        Space::Native => include_str!("../catalog/native.toml"),
    };
    toml::from_str(text).expect("the catalog parses")
}

fn string(value: &Value, key: &str) -> String {
    value[key].as_str().unwrap_or_else(|| panic!("{key}")).to_owned()
}

#[test]
fn every_entry_and_meaning_matches_the_catalog_files() {
    for &space in Space::ALL {
        let file = catalog(space);
        let raw_entries = file["entry"].as_array().unwrap();
        assert_eq!(raw_entries.len(), entries(space).len(), "{space}");
        for raw in raw_entries {
            let code = raw["code"].as_integer().unwrap() as i32;
            let entry = lookup(space, code).unwrap_or_else(|| panic!("{space} {code}"));
            let at = format!("{space} {code}");
            assert_eq!(entry.is_documented(), raw["documented"].as_bool().unwrap(), "{at}");
            let meanings = raw["meaning"].as_array().unwrap();
            assert_eq!(entry.meanings().len(), meanings.len(), "{at}");
            assert_eq!(entry.variants().len(), meanings.len() - 1, "{at}");
            for (meaning, raw) in entry.meanings().iter().zip(meanings) {
                let names = &raw["names"];
                assert_eq!(meaning.names().canonical().as_str(), string(names, "canonical"), "{at}");
                for &platform in &Platform::ALL[1..] {
                    let expected = names.get(platform.as_str()).and_then(Value::as_str);
                    assert_eq!(
                        meaning.names().on(platform).map(|n| n.as_str()),
                        expected,
                        "{at} {platform:?}"
                    );
                }
                let aliases: Vec<&str> = meaning.names().aliases().iter().map(|a| a.as_str()).collect();
                let expected: Vec<&str> = names
                    .get("aliases")
                    .and_then(Value::as_array)
                    .map(|list| list.iter().map(|a| a.as_str().unwrap()).collect())
                    .unwrap_or_default();
                assert_eq!(aliases, expected, "{at}");
                assert_eq!(meaning.category().as_str(), string(raw, "category"), "{at}");
                assert_eq!(meaning.is_transient(), raw["transient"].as_bool().unwrap(), "{at}");
                assert_eq!(meaning.action().as_str(), string(raw, "action"), "{at}");
                assert_eq!(meaning.status().as_str(), string(raw, "status"), "{at}");
                let scope: Vec<String> = raw["scope"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|s| {
                        let get = |key: &str| s.get(key).and_then(Value::as_str).unwrap_or("-").to_owned();
                        format!("{} {} {}", get("family"), get("from"), get("until"))
                    })
                    .collect();
                let actual: Vec<String> = meaning
                    .scope()
                    .iter()
                    .map(|s| {
                        let show = |v: Option<Version>| v.map_or("-".to_owned(), |v| v.to_string());
                        format!("{} {} {}", s.family(), show(s.from()), show(s.until()))
                    })
                    .collect();
                assert_eq!(actual, scope, "{at}");
                for (field, text) in [
                    ("summary", meaning.summary()),
                    ("detail", meaning.detail()),
                    ("user", meaning.user()),
                ] {
                    assert_eq!(text.en(), raw[field]["en"].as_str().unwrap(), "{at} {field}");
                    assert_eq!(text.zh(), raw[field]["zh"].as_str().unwrap(), "{at} {field}");
                    assert!(
                        !text.en().trim().is_empty() && !text.zh().trim().is_empty(),
                        "{at} {field}"
                    );
                }
                let sources: Vec<(String, String)> = meaning
                    .sources()
                    .iter()
                    .map(|s| (s.source().to_string(), s.name().to_string()))
                    .collect();
                let expected: Vec<(String, String)> = raw["sources"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|s| (string(s, "source"), string(s, "name")))
                    .collect();
                assert_eq!(sources, expected, "{at}");
            }
            let conflicts = raw
                .get("conflict")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            assert_eq!(entry.conflicts().len(), conflicts.len(), "{at}");
            for (conflict, raw) in entry.conflicts().iter().zip(&conflicts) {
                assert_eq!(conflict.source().as_str(), string(raw, "source"), "{at}");
                assert_eq!(conflict.says().as_str(), string(raw, "says"), "{at}");
                assert_eq!(conflict.reason().en(), raw["reason"]["en"].as_str().unwrap(), "{at}");
                assert_eq!(conflict.reason().zh(), raw["reason"]["zh"].as_str().unwrap(), "{at}");
            }
            // The schema-1 accessors answer from the default meaning.
            let default = entry.default_meaning();
            assert_eq!(entry.name(), default.names().canonical().as_str());
            assert_eq!(entry.user(), default.user());
            assert_eq!(entry.status(), default.status());
            // A removed code whose name moved to a code still emitted leaves the constant to that code.
            let moved = default.status() == Status::Removed
                && entries(entry.space())
                    .iter()
                    .any(|other| other.code() != entry.code() && other.has_constant() && other.name() == entry.name());
            assert_eq!(entry.has_constant(), !default.scope().is_empty() && !moved, "{at}");
            // Every name of every meaning finds a meaning of this code that has it, in its scope.
            for meaning in entry.meanings() {
                for name in meaning.names().all() {
                    for scope in meaning.scope() {
                        let sdk = Sdk {
                            family: scope.family(),
                            version: scope.until().or(scope.from()),
                        };
                        let found = lookup_name_in(space, name.as_str().to_ascii_lowercase(), Some(&sdk)).unwrap();
                        assert_eq!(
                            (found.entry.code(), found.fit),
                            (code, Fit::Emitted),
                            "{at} {name} {sdk}"
                        );
                        assert!(std::ptr::eq(found.meaning, meaning), "{at} {name} {sdk}");
                    }
                }
            }
        }
    }
}

/// What `lookup_in(native, code, sdk)` answers where the SDK decides the
/// meaning: code, SDK (`-` for none), the canonical name of the meaning, the
/// name that SDK prints, and the fit.
const SDK_MEANINGS: &str = "\
605   -                   GROUP_SHARED_FILE_INVALIDID     GROUP_SHARED_FILE_INVALIDID               Default
605   easemob-android     GROUP_SHARED_FILE_INVALIDID     GROUP_SHARED_FILE_INVALIDID               Emitted
605   easemob-ios         GROUP_SHARED_FILE_INVALIDID     EMErrorGroupSharedFileInvalidId           Emitted
605   easemob-ios@4.15.0  GROUP_SHARED_FILE_INVALIDID     EMErrorGroupSharedFileInvalidId           Emitted
605   easemob-ios@3.9     GROUP_NOT_EXIST                 EMErrorGroupNotExist                      Emitted
605   easemob-ios@3.8.2   GROUP_NOT_EXIST                 EMErrorGroupNotExist                      Emitted
605   agora-ios@1.2.0     GROUP_NOT_EXIST                 AgoraChatErrorGroupNotExist               Emitted
605   agora-ios@1.3       GROUP_SHARED_FILE_INVALIDID     AgoraChatErrorGroupSharedFileInvalidId    Emitted
605   easemob-cpp         GROUP_NOT_EXIST                 GROUP_NOT_EXIST                           Emitted
605   agora-unity         GROUP_SHARED_FILE_INVALIDID     GROUP_SHARED_FILE_INVALIDID               Unscoped
606   -                   GROUP_NOT_EXIST                 GROUP_NOT_EXIST                           Default
606   easemob-ios@4.8.1   GROUP_NOT_EXIST                 EMErrorGroupNotExist                      Emitted
606   easemob-ios@3.9     GROUP_SHARED_FILE_INVALIDID     EMErrorGroupSharedFileInvalidId           Emitted
606   agora-ios@1.2       GROUP_SHARED_FILE_INVALIDID     AgoraChatErrorGroupSharedFileInvalidId    Emitted
606   agora-unity         GROUP_NOT_EXIST                 GROUP_NOT_EXIST                           Emitted
900   -                   USERINFO_USERCOUNT_EXCEED       USERINFO_USERCOUNT_EXCEED                 Default
900   easemob-ios@3.9     USERINFO_USERCOUNT_EXCEED       EMErrorUserCountExceed                    Emitted
900   agora-unity         USERINFO_USERCOUNT_EXCEED       USERINFO_USERCOUNT_EXCEED                 Unscoped
901   -                   USERINFO_DATALENGTH_EXCEED      USERINFO_DATALENGTH_EXCEED                Default
901   agora-ios           USERINFO_DATALENGTH_EXCEED      AgoraChatErrorUserInfoDataLengthExceed    Emitted
902   -                   PUSH_UNBIND_FAILED              PUSH_UNBIND_FAILED                        Default
902   easemob-android     PUSH_UNBIND_FAILED              PUSH_UNBIND_FAILED                        Unscoped
706   -                   CHATROOM_OWNER_NOT_ALLOW_LEAVE  CHATROOM_OWNER_NOT_ALLOW_LEAVE            Default
706   easemob-ios         CHATROOM_OWNER_NOT_ALLOW_LEAVE  EMErrorChatroomOwnerNotAllowLeave         Emitted
706   agora-ios@1.2.0     CHATROOM_ILLEGAL_TAG            AgoraChatErrorChatroomIllegalTag          Emitted
706   agora-ios           CHATROOM_OWNER_NOT_ALLOW_LEAVE  AgoraChatErrorChatroomOwnerNotAllowLeave  Emitted
1403  -                   NOT_SUPPORT_PUSH                NOT_SUPPORT_PUSH                          Default
1403  easemob-ios@4.15    NOT_SUPPORT_PUSH                EMErrorNotSupportPush                     Emitted
1403  agora-ios@1.2       NOT_SUPPORT_PUSH                AgoraChatErrorNotSupportPush              Emitted
1403  easemob-android     NOT_SUPPORT_PUSH                NOT_SUPPORT_PUSH                          Unscoped
1500  -                   PUSH_NOT_SUPPORT                PUSH_NOT_SUPPORT                          Default
1500  easemob-android     PUSH_NOT_SUPPORT                PUSH_NOT_SUPPORT                          Emitted
1500  easemob-ios         PUSH_NOT_SUPPORT                PUSH_NOT_SUPPORT                          Unscoped
209   -                   PUSH_UPDATECONFIGS_FAILED       PUSH_UPDATECONFIGS_FAILED                 Default
209   easemob-android     PUSH_UPDATECONFIGS_FAILED       USER_UPDATEINFO_FAILED                    Emitted
209   agora-android       PUSH_UPDATECONFIGS_FAILED       PUSH_UPDATECONFIGS_FAILED                 Emitted
209   easemob-ios         PUSH_UPDATECONFIGS_FAILED       EMErrorUpdateApnsConfigsFailed            Emitted
209   agora-ios           PUSH_UPDATECONFIGS_FAILED       AgoraChatErrorUpdateApnsConfigsFailed     Emitted
209   easemob-harmonyos   PUSH_UPDATECONFIGS_FAILED       USER_UPDATEINFO_FAILED                    Emitted
209   easemob-cpp         PUSH_UPDATECONFIGS_FAILED       PUSH_UPDATECONFIGS_FAILED                 Emitted
221   -                   USER_NOT_ON_ROSTER              USER_NOT_ON_ROSTER                        Default
221   easemob-android     USER_NOT_ON_ROSTER              USER_NOT_ON_ROSTER                        Emitted
221   easemob-ios         USER_NOT_ON_ROSTER              EMErrorUserNotOnRoster                    Emitted
221   easemob-unity       USER_NOT_ON_ROSTER              USER_NOT_FRIEND                           Emitted
221   easemob-windows     USER_NOT_ON_ROSTER              USER_NOT_FRIEND                           Emitted
";

#[test]
fn each_sdk_context_gets_its_meaning_of_each_disagreement() {
    let mut cases = 0;
    for case in SDK_MEANINGS.lines() {
        let [code, sdk, canonical, name, fit] = case.split_whitespace().collect::<Vec<_>>()[..] else {
            panic!("not five columns: {case}");
        };
        let sdk = Some(sdk)
            .filter(|&sdk| sdk != "-")
            .map(|text| Sdk::parse(text).unwrap());
        let found = lookup_in(Space::Native, code.parse().unwrap(), sdk.as_ref()).unwrap();
        let answer = (
            found.meaning.names().canonical().to_string(),
            found.name(sdk.as_ref()).to_string(),
            format!("{:?}", found.fit),
        );
        assert_eq!(answer, (canonical.into(), name.into(), fit.into()), "{case}");
        cases += 1;
    }
    assert_eq!(cases, 45);
    // Without a context the default meaning comes with its variants or conflicts.
    for code in [605, 606, 706] {
        assert!(!lookup(Space::Native, code).unwrap().variants().is_empty(), "{code}");
    }
    for code in [605, 900, 901, 902, 1500] {
        assert!(!lookup(Space::Native, code).unwrap().conflicts().is_empty(), "{code}");
    }
    assert_eq!(lookup(Space::Native, 902).unwrap().status().as_str(), "removed");
    assert!(!lookup(Space::Native, 902).unwrap().has_constant());
}

#[test]
fn ios_names_resolve_with_and_without_a_context() {
    let code = |name: &str, sdk: Option<&str>| {
        let sdk = sdk.map(|text| Sdk::parse(text).unwrap());
        lookup_name_in(Space::Native, name, sdk.as_ref()).map(|found| found.entry.code())
    };
    assert_eq!(code("EMErrorGroupNotExist", None), Some(606));
    assert_eq!(code("EMErrorGroupNotExist", Some("easemob-ios@3.9")), Some(605));
    assert_eq!(code("EMErrorGroupNotExist", Some("easemob-ios@4.15.0")), Some(606));
    assert_eq!(code("AgoraChatErrorGroupNotExist", None), Some(606));
    assert_eq!(code("AgoraChatErrorGroupNotExist", Some("agora-ios@1.2.0")), Some(605));
    assert_eq!(code("emerrortokewillexpire", None), Some(109));
    assert_eq!(code("EMErrorNotSupportPush", None), Some(1403));
    assert_eq!(code("PUSH_NOT_SUPPORT", None), Some(1500));
    assert_eq!(code("PUSH_UNBIND_FAILED", None), Some(1502));
    assert_eq!(code("USER_UPDATEINFO_FAILED", None), Some(209));
    assert_eq!(code("AgoraChatErrorChatroomIllegalTag", None), Some(706));
    assert_eq!(code("EMErrorNoSuchThing", None), None);
}

#[test]
fn sdks_parse_or_say_why_not() {
    let sdk = Sdk::parse("easemob-ios@3.9").unwrap();
    assert_eq!(
        (sdk.family, sdk.version.unwrap().parts()),
        (Family::EasemobIos, &[3u16, 9][..])
    );
    assert_eq!(sdk.to_string(), "easemob-ios@3.9");
    assert_eq!(Sdk::parse("agora-web").unwrap().version, None);
    for bad in ["", "ios", "Easemob-ios", "easemob-ios ", "easemob_ios@1"] {
        assert_eq!(Sdk::parse(bad), Err(SdkError::UnknownFamily), "{bad:?}");
    }
    for bad in [
        "easemob-ios@",
        "easemob-ios@4.",
        "easemob-ios@4.x",
        "easemob-ios@1.2.3.4",
        "easemob-ios@65536",
        "easemob-ios@-1",
        "easemob-ios@+1",
        "easemob-ios@4@5",
    ] {
        assert_eq!(Sdk::parse(bad), Err(SdkError::MalformedVersion), "{bad:?}");
    }
    assert!(Sdk::parse("easemob-ios@65535.0.0").is_ok());
}

#[test]
fn the_known_versions_are_the_scopes_and_headers() {
    let ios: Vec<String> = known_versions(Family::EasemobIos)
        .iter()
        .map(ToString::to_string)
        .collect();
    for version in ["3.8", "3.9.0", "3.9", "4.0", "4.8.1", "4.15.0"] {
        assert!(ios.contains(&version.to_owned()), "{ios:?}");
    }
    assert!(known_versions(Family::AgoraIos)
        .iter()
        .any(|v| v.to_string() == "1.2.0"));
    // The web families are known by the npm releases the catalog cites and by its scope bounds.
    let web: Vec<String> = known_versions(Family::EasemobWeb)
        .iter()
        .map(ToString::to_string)
        .collect();
    for version in ["4.8.1", "4.21.1"] {
        assert!(web.contains(&version.to_owned()), "{web:?}");
    }
    assert!(known_versions(Family::EasemobIos)
        .windows(2)
        .all(|pair| pair[0] < pair[1]));
}
