// The idiomatic Swift layer over the UniFFI bindings (compiled into the same
// module, ChatErrorsKit, as the generated ChatErrorsKit.swift).
//
// A UniFFI call costs microseconds; a lookup here costs a Dictionary probe.
// ChatErrors loads the catalog once, in one FFI call per space, and answers
// code and name lookups from Swift-side tables (a name spelled in another case
// is looked up by the library, which owns the name rule).

import Foundation

/// A generated code constant (`WebErrorCode`, `NativeErrorCode`).
public protocol ChatErrorCode {
    /// The numbering space of the codes of this type.
    static var space: Space { get }
    /// The SDK code.
    var code: Int32 { get }
}

extension LocalizedText {
    /// The text in `language`.
    public func text(in language: Language) -> String {
        switch language {
        case .en: return en
        case .zh: return zh
        }
    }
}

/// The catalog, cached on the Swift side. It is loaded on first use in one FFI
/// call per space; after that every lookup is answered from Swift tables.
/// Thread-safe.
public enum ChatErrors {
    private static let tables: [Space: SpaceTable] = Dictionary(
        uniqueKeysWithValues: Space.all.map { ($0, SpaceTable(ChatErrorsKit.entries(space: $0))) })

    /// The catalog's version (the release that carries it).
    public static let catalogVersion: String = ChatErrorsKit.catalogVersion()

    private static func table(_ space: Space) -> SpaceTable {
        // Every space has a table.
        tables[space]!
    }

    /// Loads every space now, so later lookups never wait for the library.
    public static func preload() {
        _ = tables
    }

    /// Every entry of `space`, in code order.
    public static func entries(_ space: Space) -> [ErrorEntry] {
        table(space).entries
    }

    /// The entry for `code` in `space`, or nil when the code is not documented.
    public static func lookup(_ space: Space, code: Int32) -> ErrorEntry? {
        table(space).byCode[code]
    }

    /// The entry of a generated constant.
    public static func lookup<Code: ChatErrorCode>(_ code: Code) -> ErrorEntry? {
        lookup(Code.space, code: code.code)
    }

    /// The entry of `space` whose name or alias is `name` (ASCII
    /// case-insensitive), or nil. Names spelled as the catalog spells them are
    /// answered from the Swift table; other spellings by the library.
    public static func lookup(_ space: Space, name: String) -> ErrorEntry? {
        let table = table(space)
        guard name.utf8.count <= table.longestName else { return nil }
        if let entry = table.byName[name] { return entry }
        return ChatErrorsKit.lookupName(space: space, name: name).flatMap { table.byCode[$0.code] }
    }

    /// The entries of every space named `name`: web first, then native.
    public static func lookupAny(name: String) -> [ErrorEntry] {
        Space.all.compactMap { lookup($0, name: name) }
    }

    /// The text to show for any `code` in `space`: the entry's summary in
    /// `language`, or "Unknown error (web 12345)" (in `language`) for an
    /// undocumented code.
    public static func message(_ space: Space, code: Int32, language: Language = .en) -> String {
        if let entry = lookup(space, code: code) {
            return entry.summary.text(in: language)
        }
        return ChatErrorsKit.message(space: space, code: code, language: language)
    }

    /// Entries of both spaces (web first) whose code, name, alias, summary or
    /// detail contains `query`, ignoring ASCII case. A blank query matches nothing.
    public static func search(_ query: String) -> [ErrorEntry] {
        ChatErrorsKit.search(query: query)
    }

    /// The language for a tag such as "zh-Hans-CN" or "en-US" (by primary
    /// subtag), or `fallback` for any other tag.
    public static func language(tag: String, fallback: Language = .en) -> Language {
        ChatErrorsKit.languageFromTag(tag: tag) ?? fallback
    }

    private final class SpaceTable: Sendable {
        let entries: [ErrorEntry]
        let byCode: [Int32: ErrorEntry]
        let byName: [String: ErrorEntry]
        let longestName: Int

        init(_ entries: [ErrorEntry]) {
            self.entries = entries
            var byCode = [Int32: ErrorEntry](minimumCapacity: entries.count)
            var byName = [String: ErrorEntry](minimumCapacity: entries.count * 2)
            for entry in entries {
                byCode[entry.code] = entry
                for name in [entry.name] + entry.aliases {
                    byName[name] = entry
                }
            }
            self.byCode = byCode
            self.byName = byName
            longestName = byName.keys.map { $0.utf8.count }.max() ?? 0
        }
    }
}

/// An error an app can throw for an SDK error code. Its description is the
/// code's message in `language` (see `ChatErrors.message`), for unknown codes too.
public struct ChatError: Error, LocalizedError, CustomStringConvertible, Equatable, Hashable, Sendable {
    /// The numbering space of `code`.
    public let space: Space
    /// The SDK code.
    public let code: Int32
    /// The language of `message`.
    public let language: Language

    /// The error for `code` in `space`.
    public init(_ space: Space, code: Int32, language: Language = .en) {
        self.space = space
        self.code = code
        self.language = language
    }

    /// The error for a generated constant.
    public init<Code: ChatErrorCode>(_ code: Code, language: Language = .en) {
        self.init(Code.space, code: code.code, language: language)
    }

    /// The catalog entry, or nil when the code is not documented.
    public var entry: ErrorEntry? { ChatErrors.lookup(space, code: code) }

    /// The message to show, in `language`.
    public var message: String { ChatErrors.message(space, code: code, language: language) }

    /// Whether the same call may succeed if retried later (false for unknown codes).
    public var isTransient: Bool { entry?.isTransient ?? false }

    /// The recovery to take, or nil for an unknown code.
    public var action: Action? { entry?.action }

    /// The message to show, in `language`.
    public var errorDescription: String? { message }

    /// "web 16 WEBIM_CONNCTION_DISCONNECTED: <message>" (the name is left out for unknown codes).
    public var description: String {
        let name = entry.map { " \($0.name)" } ?? ""
        return "\(space.name) \(code)\(name): \(message)"
    }
}
