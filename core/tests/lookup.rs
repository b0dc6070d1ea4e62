//! Every lookup path, over every entry of both spaces.

use chat_errors::{
    entries, lookup, lookup_name, lookup_name_any, message, search, Action, Category, Language, Space, CATALOG_VERSION,
};

fn all_entries() -> impl Iterator<Item = &'static chat_errors::Entry> {
    Space::ALL.iter().flat_map(|&space| entries(space))
}

#[test]
fn both_spaces_hold_the_documented_number_of_entries() {
    assert_eq!(entries(Space::Web).len(), 147);
    assert_eq!(entries(Space::Native).len(), 150);
}

#[test]
fn entries_are_in_code_order_and_know_their_space() {
    for &space in Space::ALL {
        let all = entries(space);
        assert!(
            all.windows(2).all(|pair| pair[0].code() < pair[1].code()),
            "{space} is not in code order"
        );
        assert!(all.iter().all(|entry| entry.space() == space));
    }
}

#[test]
fn every_entry_is_found_by_its_code() {
    for entry in all_entries() {
        let found = lookup(entry.space(), entry.code()).expect("documented code");
        assert!(std::ptr::eq(found, entry), "{} {}", entry.space(), entry.code());
    }
}

#[test]
fn codes_that_are_not_documented_are_not_found() {
    for &space in Space::ALL {
        let documented: Vec<i32> = entries(space).iter().map(|entry| entry.code()).collect();
        for code in (-100..2000).chain([i32::MIN, i32::MIN + 1, i32::MAX, i32::MAX - 1]) {
            assert_eq!(
                lookup(space, code).is_some(),
                documented.contains(&code),
                "{space} {code}"
            );
        }
    }
}

#[test]
fn every_name_and_alias_is_found_in_any_case() {
    // 902 is emitted by no SDK: its name finds 1502, which carries the meaning today.
    for entry in all_entries().filter(|entry| entry.has_constant()) {
        let names = std::iter::once(entry.name()).chain(entry.aliases().iter().map(|alias| alias.as_str()));
        for name in names {
            for spelling in [name.to_owned(), name.to_ascii_lowercase(), mixed_case(name)] {
                let found = lookup_name(entry.space(), &spelling).expect("documented name");
                assert!(std::ptr::eq(found, entry), "{} {spelling}", entry.space());
                assert!(
                    lookup_name_any(&spelling).any(|other| std::ptr::eq(other, entry)),
                    "{spelling}"
                );
            }
        }
    }
}

#[test]
fn a_name_with_any_byte_made_non_ascii_is_not_found() {
    // The lookup compares bytes without validating UTF-8: a byte with its high
    // bit set (Latin-1 letters, stray UTF-8) must match no name.
    for entry in all_entries() {
        let name = entry.name().as_bytes();
        for at in 0..name.len() {
            let mut changed = name.to_vec();
            changed[at] |= 0x80;
            assert!(lookup_name(entry.space(), &changed).is_none(), "{} {at}", entry.name());
            assert_eq!(lookup_name_any(&changed[..]).count(), 0, "{} {at}", entry.name());
        }
    }
}

fn mixed_case(name: &str) -> String {
    name.chars()
        .enumerate()
        .map(|(i, c)| if i % 2 == 0 { c.to_ascii_lowercase() } else { c })
        .collect()
}

#[test]
fn unknown_and_hostile_names_are_not_found() {
    let long = "A".repeat(1 << 20);
    for name in [
        "",
        " ",
        "NOT_A_CODE",
        "WEBIM_CONNCTION",
        "GROUP_NOT_EXIST_",
        "Ｇroup",
        "\0",
        &long,
    ] {
        for &space in Space::ALL {
            assert!(lookup_name(space, name).is_none(), "{space} {name:.20}");
        }
        assert_eq!(lookup_name_any(name).count(), 0);
    }
}

#[test]
fn a_misprinted_name_finds_only_the_entry_it_belongs_to() {
    // Older Web pages print 607 as GROUP_NOT_EXIST, which is 605's name.
    let found: Vec<(Space, i32)> = lookup_name_any("GROUP_NOT_EXIST")
        .map(|e| (e.space(), e.code()))
        .collect();
    assert_eq!(found, [(Space::Web, 605), (Space::Native, 606)]);
    assert_eq!(lookup(Space::Web, 607).map(|e| e.name()), Some("GROUP_MEMBERS_LIMIT"));
}

#[test]
fn names_are_resolved_within_their_space() {
    for entry in all_entries() {
        let found: Vec<_> = lookup_name_any(entry.name()).collect();
        assert!(found.len() <= 2);
        assert!(
            found.iter().all(|other| other.is_named(entry.name())),
            "{}",
            entry.name()
        );
        assert!(found
            .windows(2)
            .all(|pair| pair[0].space() == Space::Web && pair[1].space() == Space::Native));
    }
}

#[test]
fn the_same_number_means_different_things_in_each_space() {
    let web = lookup(Space::Web, 508).unwrap();
    let native = lookup(Space::Native, 508).unwrap();
    assert_eq!(web.name(), "MESSAGE_MODERATION_BLOCKED");
    assert_eq!(native.name(), "MESSAGE_EXTERNAL_LOGIC_BLOCKED");
}

#[test]
fn equivalents_point_to_entries_that_point_back() {
    for entry in all_entries() {
        for target in entry.equivalents() {
            assert_ne!(target.space, entry.space());
            let other = lookup(target.space, target.code).expect("equivalent exists");
            assert!(other
                .equivalents()
                .iter()
                .any(|back| back.space == entry.space() && back.code == entry.code()));
        }
    }
    let user_not_found = lookup(Space::Web, 204).unwrap();
    assert!(user_not_found
        .equivalents()
        .iter()
        .any(|t| t.space == Space::Native && t.code == 204));
}

#[test]
fn every_text_is_present_in_both_languages_and_localizes() {
    for entry in all_entries() {
        for text in [entry.summary(), entry.detail()] {
            assert!(
                !text.en().trim().is_empty() && !text.zh().trim().is_empty(),
                "{} {}",
                entry.space(),
                entry.code()
            );
            assert_eq!(text.get(Language::En).as_str(), text.en());
            assert_eq!(text.get(Language::Zh).as_str(), text.zh());
            for language in Language::ALL {
                let bytes = text.get(*language).as_bytes_with_nul();
                assert_eq!(bytes.last(), Some(&0));
                assert!(!bytes[..bytes.len() - 1].contains(&0));
            }
        }
        assert!(
            entry
                .detail()
                .zh()
                .chars()
                .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
            "{}",
            entry.code()
        );
    }
}

#[test]
fn search_finds_by_code_name_and_text_in_both_languages() {
    let hits = |query: &str| search(query).map(|e| (e.space(), e.code())).collect::<Vec<_>>();
    assert!(hits("connction_disconnected").contains(&(Space::Web, 16)));
    assert!(hits("子区不存在").contains(&(Space::Web, 1300)));
    assert!(hits("508").contains(&(Space::Web, 508)) && hits("508").contains(&(Space::Native, 508)));
    assert!(hits("").is_empty() && hits("   ").is_empty());
    for entry in all_entries() {
        assert!(hits(entry.name()).contains(&(entry.space(), entry.code())));
        assert!(hits(entry.summary().zh()).contains(&(entry.space(), entry.code())));
        assert!(hits(&entry.detail().en().to_uppercase()).contains(&(entry.space(), entry.code())));
        assert!(hits(entry.user().zh()).contains(&(entry.space(), entry.code())));
        for meaning in entry.meanings() {
            for name in meaning.names().all() {
                assert!(hits(name.as_str()).contains(&(entry.space(), entry.code())), "{name}");
            }
            assert!(hits(meaning.summary().en()).contains(&(entry.space(), entry.code())));
        }
    }
    // iOS names and variants' names find their codes.
    assert!(hits("EMErrorGroupNotExist").contains(&(Space::Native, 605)));
    assert!(hits("agorachaterrorgroupnotexist").contains(&(Space::Native, 606)));
}

#[test]
fn messages_cover_known_and_unknown_codes() {
    for entry in all_entries() {
        for &language in Language::ALL {
            let text = message(entry.space(), entry.code(), language).to_string();
            assert_eq!(text, entry.summary().get(language).as_str());
        }
    }
    assert_eq!(
        message(Space::Web, 12345, Language::En).to_string(),
        "Unknown error (web 12345)"
    );
    assert_eq!(
        message(Space::Native, i32::MIN, Language::Zh).to_string(),
        "未知错误（native -2147483648）"
    );
    assert!(message(Space::Web, 12345, Language::En).entry().is_none());
}

#[test]
fn closed_sets_round_trip_by_name_and_value() {
    fn check<T: Copy + PartialEq + std::fmt::Debug>(
        all: &[T],
        name: fn(T) -> &'static str,
        from_name: fn(&str) -> Option<T>,
        value: fn(T) -> u32,
        from_value: fn(u32) -> Option<T>,
    ) {
        for (index, &member) in all.iter().enumerate() {
            assert_eq!(from_name(name(member)), Some(member));
            assert_eq!(value(member), index as u32);
            assert_eq!(from_value(value(member)), Some(member));
        }
        assert_eq!(from_value(all.len() as u32), None);
        assert_eq!(from_value(u32::MAX), None);
        assert_eq!(from_name("no such member"), None);
    }
    check(
        Space::ALL,
        Space::as_str,
        Space::from_name,
        Space::value,
        Space::from_value,
    );
    check(
        Language::ALL,
        Language::as_str,
        Language::from_name,
        Language::value,
        Language::from_value,
    );
    check(
        Category::ALL,
        Category::as_str,
        Category::from_name,
        Category::value,
        Category::from_value,
    );
    check(
        Action::ALL,
        Action::as_str,
        Action::from_name,
        Action::value,
        Action::from_value,
    );
}

#[test]
fn language_tags_fall_back() {
    assert_eq!(Language::from_tag("zh-CN"), Some(Language::Zh));
    assert_eq!(Language::from_tag("ZH_hans"), Some(Language::Zh));
    assert_eq!(Language::from_tag("en-US"), Some(Language::En));
    assert_eq!(Language::from_tag("fr"), None);
    assert_eq!(Language::from_tag(""), None);
    assert_eq!(Language::from_tag_or("fr-FR", Language::En), Language::En);
    assert_eq!(Language::from_tag_or("zh-TW", Language::En), Language::Zh);
    // docs/languages.md: Traditional-Chinese tags get the Simplified text,
    // every English tag English, anything else the fallback.
    for tag in [
        "zh",
        "zh_Hans",
        "zh-Hans-CN",
        "zh-TW",
        "zh-Hant",
        "zh-HK",
        "zh-Hant-TW",
        "ZH-tw",
    ] {
        assert_eq!(Language::from_tag(tag), Some(Language::Zh), "{tag}");
    }
    for tag in ["en", "EN-us", "en-GB", "en_AU"] {
        assert_eq!(Language::from_tag(tag), Some(Language::En), "{tag}");
    }
    for tag in ["fr", "fr-FR", "de", "de-DE", "x", "zz_ZZ", "-", "zho", "eng", "ja-JP"] {
        assert_eq!(Language::from_tag(tag), None, "{tag}");
        assert_eq!(Language::from_tag_or(tag, Language::Zh), Language::Zh, "{tag}");
    }
}

#[test]
fn the_catalog_version_is_the_crate_version() {
    assert_eq!(CATALOG_VERSION, env!("CARGO_PKG_VERSION"));
}
