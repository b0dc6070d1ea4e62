// Reads catalog entries through the library's C ABI (include/chat_errors.h,
// in module ChatErrorsFFI beside the UniFFI scaffolding): every text is a
// static NUL-terminated UTF-8 string of the library, read straight into a
// Swift String, so converting one entry costs no serialization and no
// Foundation. The records are UniFFI's, equal to what its calls return.

#if canImport(ChatErrorsFFI)
    import ChatErrorsFFI
#endif

/// A `chat_errors_entry` handle: points into the library's static tables.
typealias EntryHandle = OpaquePointer

/// Converts what the C ABI hands out into the UniFFI records.
enum EntryReader {
    private static let languages = (en: UInt32(CHAT_ERRORS_LANGUAGE_EN), zh: UInt32(CHAT_ERRORS_LANGUAGE_ZH))

    /// The library's entry for `code` in `space`, or nil.
    static func entry(_ space: Space, code: Int32) -> ErrorEntry? {
        chat_errors_lookup(space.cValue, code).map(entry)
    }

    /// The entry behind a handle of the library (never NULL).
    private static func entry(_ entry: EntryHandle) -> ErrorEntry {
        ErrorEntry(
            space: Space(cValue: chat_errors_entry_space(entry))!,
            code: chat_errors_entry_code(entry),
            name: string(chat_errors_entry_name(entry)),
            aliases: list(chat_errors_entry_alias_count(entry)) { string(chat_errors_entry_alias(entry, $0)) },
            category: Category(cValue: chat_errors_entry_category(entry))!,
            isTransient: chat_errors_entry_transient(entry),
            action: Action(cValue: chat_errors_entry_action(entry))!,
            summary: text { chat_errors_entry_summary(entry, $0) },
            detail: text { chat_errors_entry_detail(entry, $0) },
            seeds: list(chat_errors_entry_seed_count(entry)) {
                Seed(page: string(chat_errors_entry_seed_page(entry, $0)), name: string(chat_errors_entry_seed_name(entry, $0)))
            },
            equivalents: list(chat_errors_entry_equivalent_count(entry)) {
                let other = chat_errors_entry_equivalent(entry, $0)
                return CodeRef(space: Space(cValue: chat_errors_entry_space(other))!, code: chat_errors_entry_code(other))
            },
            isDocumented: chat_errors_entry_documented(entry),
            status: Status(cValue: chat_errors_entry_status(entry))!,
            user: text { chat_errors_entry_user(entry, $0) },
            meanings: list(chat_errors_entry_meaning_count(entry)) { meaning(chat_errors_entry_meaning(entry, $0)) },
            conflicts: list(chat_errors_entry_conflict_count(entry)) { index in
                Conflict(
                    source: string(chat_errors_entry_conflict_source(entry, index)),
                    says: string(chat_errors_entry_conflict_says(entry, index)),
                    reason: text { chat_errors_entry_conflict_reason(entry, index, $0) })
            })
    }

    private static func meaning(_ meaning: OpaquePointer?) -> Meaning {
        let name = { (platform: Int32) in chat_errors_meaning_name(meaning, UInt32(platform)).map(String.init(cString:)) }
        return Meaning(
            names: Names(
                canonical: string(chat_errors_meaning_name(meaning, UInt32(CHAT_ERRORS_PLATFORM_CANONICAL))),
                androidEasemob: name(CHAT_ERRORS_PLATFORM_ANDROID_EASEMOB),
                iosEasemob: name(CHAT_ERRORS_PLATFORM_IOS_EASEMOB),
                iosAgora: name(CHAT_ERRORS_PLATFORM_IOS_AGORA),
                cpp: name(CHAT_ERRORS_PLATFORM_CPP),
                unity: name(CHAT_ERRORS_PLATFORM_UNITY),
                harmonyos: name(CHAT_ERRORS_PLATFORM_HARMONYOS),
                aliases: list(chat_errors_meaning_alias_count(meaning)) { string(chat_errors_meaning_alias(meaning, $0)) }),
            category: Category(cValue: chat_errors_meaning_category(meaning))!,
            isTransient: chat_errors_meaning_transient(meaning),
            action: Action(cValue: chat_errors_meaning_action(meaning))!,
            status: Status(cValue: chat_errors_meaning_status(meaning))!,
            scope: list(chat_errors_meaning_scope_count(meaning)) {
                Scope(
                    family: Family(cValue: chat_errors_meaning_scope_family(meaning, $0))!,
                    from: version(chat_errors_meaning_scope_from(meaning, $0)),
                    until: version(chat_errors_meaning_scope_until(meaning, $0)))
            },
            summary: text { chat_errors_meaning_summary(meaning, $0) },
            detail: text { chat_errors_meaning_detail(meaning, $0) },
            user: text { chat_errors_meaning_user(meaning, $0) },
            sources: list(chat_errors_meaning_source_count(meaning)) {
                Source(
                    source: string(chat_errors_meaning_source_file(meaning, $0)),
                    name: string(chat_errors_meaning_source_name(meaning, $0)))
            })
    }

    /// A release as the core writes it ("3", "3.9", "3.9.1"), nil for none.
    private static func version(_ release: chat_errors_release) -> String? {
        let parts = [release.major, release.minor, release.patch].prefix(Int(release.parts))
        return parts.isEmpty ? nil : parts.map(String.init).joined(separator: ".")
    }

    /// A text of the library: static, never NULL for a valid handle and index.
    private static func string(_ text: UnsafePointer<CChar>?) -> String {
        String(cString: text!)
    }

    private static func text(_ text: (UInt32) -> UnsafePointer<CChar>?) -> LocalizedText {
        LocalizedText(en: string(text(languages.en)), zh: string(text(languages.zh)))
    }

    private static func list<T>(_ count: Int, _ item: (Int) -> T) -> [T] {
        (0..<count).map(item)
    }
}
