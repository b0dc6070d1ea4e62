// The idiomatic Swift layer over the UniFFI bindings (compiled into the same
// module, ChatErrorsKit, as the generated ChatErrorsKit.swift).
//
// A UniFFI call costs microseconds (its records travel serialized, decoded
// through Foundation's Data); a lookup here costs a switch to the entry's
// static let (Entries.swift, generated) and, the first time an entry is asked
// for, one UniFFI `lookup` call for that entry. Names are looked up by the
// library, which owns the name rule, through its C ABI (module ChatErrorsFFI).
// Lookups in an SDK's context use an `Sdk`, which asks the library once per
// space which meaning that SDK gets for every code, and caches the answers.

import Foundation

#if canImport(ChatErrorsFFI)
    import ChatErrorsFFI
#endif

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

extension ChatErrorCode where Self: RawRepresentable, RawValue == Int32 {
    /// The constant for a code as the iOS SDK hands it to apps (`NSInteger`);
    /// nil for an undocumented code, one outside the `Int32` range included.
    public init?(code: Int) {
        guard let code = Int32(exactly: code) else { return nil }
        self.init(rawValue: code)
    }
}

extension ErrorEntry {
    /// The default meaning: what the newest Easemob Android (native) or Web (web) SDK means.
    public var defaultMeaning: Meaning { meanings[0] }

    /// The meanings other SDKs or older releases emit instead of the default.
    public var variants: ArraySlice<Meaning> { meanings.dropFirst() }

    /// The default meaning's names on every platform.
    public var names: Names { meanings[0].names }
}

extension Found {
    /// Whether the meaning is one of the entry's variants (not its default).
    public var isVariant: Bool { meaningIndex != 0 }
}

extension Names {
    /// Every name: canonical, the platforms' names, aliases (a name may repeat).
    public var all: [String] {
        [canonical, androidEasemob, iosEasemob, iosAgora, cpp, unity, harmonyos].compactMap { $0 } + aliases
    }
}

/// An SDK a code was received from: a family, and optionally its release
/// (`easemob-ios@3.9`: the newest 3.9.x; no version: the newest release).
/// `init(_:)` validates the text once; lookups with an `Sdk` are answered from
/// a cache it fills, per space, in one library call. Thread-safe; keep one per
/// SDK your app uses. Equal when `text` is.
public final class Sdk: Hashable, CustomStringConvertible, @unchecked Sendable {
    /// The family.
    public let family: Family
    /// The release or release line, normalized (`3.9`); nil: the newest release.
    public let version: String?
    /// `family` or `family@VERSION`, normalized.
    public let text: String

    private let lock = NSLock()
    private var answers: [Space: [Int32: Found]] = [:]

    /// Parses `family` or `family@MAJOR[.MINOR[.PATCH]]` (family names as in
    /// `ChatErrors.sdks`; each version part digits, at most 65535). Throws
    /// `SdkError.UnknownFamily` or `SdkError.MalformedVersion`.
    public init(_ text: String) throws {
        let release = try parseSdk(text: text)
        family = release.family
        version = release.version
        self.text = release.text
    }

    func found(_ space: Space, code: Int32) -> Found? {
        lock.lock()
        defer { lock.unlock() }
        if let answers = answers[space] { return answers[code] }
        var table = [Int32: Found]()
        // The text parsed once already, so the library accepts it again.
        for choice in (try? meaningsIn(space: space, sdk: text)) ?? [] {
            guard let entry = ChatErrors.lookup(space, code: choice.code) else { continue }
            let index = Int(choice.meaningIndex)
            table[choice.code] = Found(
                entry: entry, meaningIndex: choice.meaningIndex, meaning: entry.meanings[index],
                fit: choice.fit, name: choice.name)
        }
        answers[space] = table
        return table[code]
    }

    public static func == (left: Sdk, right: Sdk) -> Bool { left.text == right.text }

    public func hash(into hasher: inout Hasher) { hasher.combine(text) }

    /// `family` or `family@VERSION`.
    public var description: String { text }
}

/// The catalog, cached on the Swift side: each entry is read from the library
/// the first time it is asked for, then answered from Swift. Thread-safe.
public enum ChatErrors {
    private static let webMeanings = MeaningIndex(.web)
    private static let nativeMeanings = MeaningIndex(.native)

    /// The catalog's version (the release that carries it).
    public static let catalogVersion: String = ChatErrorsKit.catalogVersion()

    /// The SDK families, with the releases the catalog knows of each (oldest first).
    public static let sdks: [SdkFamily] = ChatErrorsKit.sdks()

    private static func meanings(_ space: Space) -> MeaningIndex {
        switch space {
        case .web: return webMeanings
        case .native: return nativeMeanings
        }
    }

    /// Reads every entry of every space now, so later lookups never wait for the library.
    public static func preload() {
        for space in Space.all { _ = entries(space) }
    }

    /// Every entry of `space`, in code order.
    public static func entries(_ space: Space) -> [ErrorEntry] {
        Entries.codes(space).compactMap { Entries.entry(space, code: $0) }
    }

    /// The entry for `code` in `space`, or nil when the code is not documented.
    public static func lookup(_ space: Space, code: Int32) -> ErrorEntry? {
        Entries.entry(space, code: code)
    }

    /// The entry for a code as the iOS SDK hands it to apps (`NSInteger`), or
    /// nil when it is not documented (one outside the `Int32` range included).
    public static func lookup(_ space: Space, code: Int) -> ErrorEntry? {
        Int32(exactly: code).flatMap { lookup(space, code: $0) }
    }

    /// The entry of a generated constant.
    public static func lookup<Code: ChatErrorCode>(_ code: Code) -> ErrorEntry? {
        lookup(Code.space, code: code.code)
    }

    /// The entry of `space` one of whose names is `name` (any platform's:
    /// `GROUP_NOT_EXIST`, `EMErrorGroupNotExist`, `AgoraChatErrorGroupNotExist`,
    /// aliases; ASCII case-insensitive), or nil. The library answers which
    /// entry has the name (one C call); the entry is answered from Swift.
    public static func lookup(_ space: Space, name: String) -> ErrorEntry? {
        meanings(space).meaning(named: name).flatMap { Entries.entry(space, code: $0.code) }
    }

    /// The meaning of `code` in `space` for `sdk`: the meaning that SDK emits
    /// (`.emitted`), else the default one (`.unscoped`); without an SDK the
    /// default meaning (`.default`). Nil when the code is not documented.
    public static func lookup(_ space: Space, code: Int32, in sdk: Sdk?) -> Found? {
        guard let sdk else { return lookup(space, code: code).map { found($0, meaningIndex: 0) } }
        return sdk.found(space, code: code)
    }

    /// `lookup(_:code:in:)` for a code as the iOS SDK hands it (`NSInteger`).
    public static func lookup(_ space: Space, code: Int, in sdk: Sdk?) -> Found? {
        Int32(exactly: code).flatMap { lookup(space, code: $0, in: sdk) }
    }

    /// `lookup(_:code:in:)` for an SDK given as text (`"easemob-ios@3.9"`).
    /// Throws `SdkError` for an unknown family or a malformed version.
    public static func lookup(_ space: Space, code: Int32, in sdk: String) throws -> Found? {
        lookup(space, code: code, in: try Sdk(sdk))
    }

    /// `lookup(_:code:in:)` for an `NSInteger` code and an SDK given as text.
    public static func lookup(_ space: Space, code: Int, in sdk: String) throws -> Found? {
        lookup(space, code: code, in: try Sdk(sdk))
    }

    /// The meaning of `space` named `name` (any platform's name, ASCII
    /// case-insensitive) for `sdk`: with an SDK, the meaning it emits wins; else
    /// a default meaning before a variant, current before deprecated before
    /// removed, then the lower code. Nil for an unknown name.
    public static func lookup(_ space: Space, name: String, in sdk: Sdk?) -> Found? {
        guard let sdk else {
            guard let (code, meaningIndex) = meanings(space).meaning(named: name),
                let entry = lookup(space, code: code)
            else { return nil }
            return found(entry, meaningIndex: meaningIndex)
        }
        // The text parsed once already, so the library accepts it again.
        guard let found = try? lookupNameIn(space: space, name: name, sdk: sdk.text) ?? nil,
            let entry = lookup(space, code: found.entry.code)
        else { return nil }
        return Found(
            entry: entry, meaningIndex: found.meaningIndex, meaning: entry.meanings[Int(found.meaningIndex)],
            fit: found.fit, name: found.name)
    }

    /// `lookup(_:name:in:)` for an SDK given as text. Throws `SdkError`.
    public static func lookup(_ space: Space, name: String, in sdk: String) throws -> Found? {
        lookup(space, name: name, in: try Sdk(sdk))
    }

    /// The entries of every space named `name`: web first, then native.
    public static func lookupAny(name: String) -> [ErrorEntry] {
        Space.all.compactMap { lookup($0, name: name) }
    }

    /// The developer text for any `code` in `space`: the summary in `language`
    /// of the meaning that applies (see `lookup(_:code:in:)`), or "Unknown
    /// error (web 12345)" (in `language`) for an undocumented code.
    public static func message(_ space: Space, code: Int32, language: Language = .en, in sdk: Sdk? = nil) -> String {
        message(space, code: Int(code), language: language, in: sdk)
    }

    /// `message(_:code:language:in:)` for a code as the iOS SDK hands it
    /// (`NSInteger`); one outside the `Int32` range gets the unknown-error text.
    public static func message(_ space: Space, code: Int, language: Language = .en, in sdk: Sdk? = nil) -> String {
        text(\.summary, space, code, language, sdk)
    }

    /// The text to show the app's end user for any `code` in `space`: the user
    /// message in `language` of the meaning that applies, or the same "Unknown
    /// error (web 12345)" as `message` for an undocumented code.
    public static func userMessage(_ space: Space, code: Int32, language: Language = .en, in sdk: Sdk? = nil) -> String {
        userMessage(space, code: Int(code), language: language, in: sdk)
    }

    /// `userMessage(_:code:language:in:)` for a code as the iOS SDK hands it (`NSInteger`).
    public static func userMessage(_ space: Space, code: Int, language: Language = .en, in sdk: Sdk? = nil) -> String {
        text(\.user, space, code, language, sdk)
    }

    /// One text of the meaning that applies, or the unknown-error text.
    private static func text(
        _ which: KeyPath<Meaning, LocalizedText>, _ space: Space, _ code: Int, _ language: Language, _ sdk: Sdk?
    ) -> String {
        if let found = lookup(space, code: code, in: sdk) {
            return found.meaning[keyPath: which].text(in: language)
        }
        return messageWide(space: space, code: Int64(code), language: language)
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

    /// The default-context answer for meaning `meaningIndex` of `entry`.
    private static func found(_ entry: ErrorEntry, meaningIndex: Int) -> Found {
        let meaning = entry.meanings[meaningIndex]
        return Found(
            entry: entry, meaningIndex: Int32(meaningIndex), meaning: meaning, fit: .default,
            name: meaning.names.canonical)
    }

    /// One space's meaning handles, for the library's name lookup. Immutable;
    /// the handles point into the library's static tables.
    private final class MeaningIndex: @unchecked Sendable {
        private let space: UInt32
        /// Every meaning handle of the space: its entry's code and its index among the entry's meanings.
        private let meanings: [OpaquePointer: (code: Int32, meaning: Int)]

        init(_ space: Space) {
            self.space = space.cValue
            var meanings = [OpaquePointer: (code: Int32, meaning: Int)]()
            for index in 0..<chat_errors_count(space.cValue) {
                let entry = chat_errors_at(space.cValue, index)
                for meaning in 0..<chat_errors_entry_meaning_count(entry) {
                    meanings[chat_errors_entry_meaning(entry, meaning)!] = (chat_errors_entry_code(entry), meaning)
                }
            }
            self.meanings = meanings
        }

        /// The meaning the library finds for `name` without an SDK (the core's name rule: one C call).
        func meaning(named name: String) -> (code: Int32, meaning: Int)? {
            let lookup = { (name: UnsafeBufferPointer<UInt8>) in
                name.withMemoryRebound(to: CChar.self) {
                    chat_errors_lookup_name_in_len(self.space, $0.baseAddress, $0.count, nil)
                }
            }
            // A bridged NSString may hold no UTF-8 of its own: then a copy.
            let found =
                name.utf8.withContiguousStorageIfAvailable(lookup)
                ?? ContiguousArray(name.utf8).withUnsafeBufferPointer(lookup)
            return found.flatMap { meanings[$0] }
        }
    }
}

/// An error an app can throw for an SDK error code, in the context of the
/// `sdk` that sent it (nil: the default meaning). Which text is where:
///
/// - `errorDescription` (so `localizedDescription`) and `userMessage`: the
///   message to show the app's end user, in `language` (see `ChatErrors.userMessage`);
/// - `message`: the developer text for logs, the summary in `language` (see
///   `ChatErrors.message`); `description` is "native 606 GROUP_NOT_EXIST: <message>";
///
/// both "Unknown error (web 12345)" for an undocumented code.
public struct ChatError: Error, LocalizedError, CustomStringConvertible, Equatable, Hashable, Sendable {
    /// The numbering space of `code`.
    public let space: Space
    /// The SDK code, as the SDK handed it (any `Int`: one outside the `Int32`
    /// range is undocumented, like any unknown code).
    public let code: Int
    /// The language of the texts.
    public let language: Language
    /// The SDK the code came from, or nil for the default meaning.
    public let sdk: Sdk?

    /// The error for `code` in `space`, as the iOS SDK hands it (`NSInteger`).
    public init(_ space: Space, code: Int, language: Language = .en, sdk: Sdk? = nil) {
        self.space = space
        self.code = code
        self.language = language
        self.sdk = sdk
    }

    /// The error for an `Int32` code.
    public init(_ space: Space, code: Int32, language: Language = .en, sdk: Sdk? = nil) {
        self.init(space, code: Int(code), language: language, sdk: sdk)
    }

    /// The error for a generated constant.
    public init<Code: ChatErrorCode>(_ code: Code, language: Language = .en, sdk: Sdk? = nil) {
        self.init(Code.space, code: code.code, language: language, sdk: sdk)
    }

    /// The entry and the meaning that applies, or nil when the code is not documented.
    public var found: Found? { ChatErrors.lookup(space, code: code, in: sdk) }

    /// The catalog entry, or nil when the code is not documented.
    public var entry: ErrorEntry? { found?.entry }

    /// The meaning that applies (the SDK's, else the default), or nil for an unknown code.
    public var meaning: Meaning? { found?.meaning }

    /// The developer text (the summary), in `language`.
    public var message: String { ChatErrors.message(space, code: code, language: language, in: sdk) }

    /// The message for the end user, in `language`.
    public var userMessage: String { ChatErrors.userMessage(space, code: code, language: language, in: sdk) }

    /// Whether the same call may succeed if retried later (false for unknown codes).
    public var isTransient: Bool { meaning?.isTransient ?? false }

    /// The recovery to take, or nil for an unknown code.
    public var action: Action? { meaning?.action }

    /// Whether SDKs still emit the meaning, or nil for an unknown code.
    public var status: Status? { meaning?.status }

    /// The message for the end user (`userMessage`), not the developer text.
    public var errorDescription: String? { userMessage }

    /// "web 16 WEBIM_CONNCTION_DISCONNECTED: <message>", with the name the SDK
    /// prints (the name is left out for unknown codes).
    public var description: String {
        let name = found.map { " \($0.name)" } ?? ""
        return "\(space.name) \(code)\(name): \(message)"
    }
}
