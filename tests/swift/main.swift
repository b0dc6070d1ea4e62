// Tests of the Swift bindings: the raw UniFFI API and the idiomatic layer of
// module ChatErrorsKit, against the catalog's JSON export.
//
// Usage: bindings-tests <export.json>. Prints "N passed, M failed" last and
// exits non-zero when a check fails.

import ChatErrorsKit
import Foundation

/// Counts checks and reports the first failures.
final class Checks {
    private(set) var passed = 0
    private(set) var failed = 0

    func check(_ what: @autoclosure () -> String, _ condition: Bool) {
        if condition {
            passed += 1
        } else {
            failed += 1
            if failed <= 50 { FileHandle.standardError.write(Data("FAILED: \(what())\n".utf8)) }
        }
    }

    func equal<T: Equatable>(_ what: @autoclosure () -> String, _ expected: T, _ actual: T) {
        check("\(what()): expected <\(expected)>, got <\(actual)>", expected == actual)
    }
}

/// The export's schema (the fields the tests compare).
struct Export: Decodable {
    struct Text: Decodable { let en: String; let zh: String }
    struct SeedRef: Decodable { let page: String; let name: String }
    struct Ref: Decodable { let space: String; let code: Int32 }
    /// Every field of a meaning but its scope: each meaning has them, and an
    /// entry has its default meaning's too.
    struct MeaningFields: Decodable {
        let names: Names
        let category: String
        let transient: Bool
        let action: String
        let status: String
        let summary: Text
        let detail: Text
        let user: Text
        let sources: [SourceRef]
    }
    /// An object of the export with the fields of a meaning (`MeaningFields`)
    /// beside its own (`Own`), all read as its properties.
    @dynamicMemberLookup
    struct WithMeaning<Own: Decodable>: Decodable {
        let own: Own
        let meaningFields: MeaningFields

        init(from decoder: Decoder) throws {
            own = try Own(from: decoder)
            meaningFields = try MeaningFields(from: decoder)
        }

        subscript<T>(dynamicMember field: KeyPath<Own, T>) -> T { own[keyPath: field] }
        subscript<T>(dynamicMember field: KeyPath<MeaningFields, T>) -> T { meaningFields[keyPath: field] }
    }
    /// An entry: its own fields (`EntryFields`) and its default meaning's.
    typealias Entry = WithMeaning<EntryFields>
    /// The fields only an entry has.
    struct EntryFields: Decodable {
        let space: String
        let code: Int32
        let name: String
        let aliases: [String]
        let seeds: [SeedRef]
        let equivalents: [Ref]
        let meanings: [Meaning]
        let documented: Bool
        let conflicts: [ConflictRef]

        /// Whether an SDK emits the default meaning (its scope is not empty):
        /// such an entry has a constant.
        var emitted: Bool { !(meanings.first?.scope.isEmpty ?? true) }
    }
    /// A meaning's names (`canonical`, platform names, `aliases`), as one list.
    struct Names: Decodable {
        let all: [String]
        /// The platform names by key (`canonical`, `ios_easemob`...).
        let byKey: [String: String]
        let aliases: [String]

        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init?(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            var all: [String] = []
            var byKey: [String: String] = [:]
            var aliases: [String] = []
            for key in container.allKeys {
                if key.stringValue == "aliases" {
                    aliases = try container.decode([String].self, forKey: key)
                } else {
                    byKey[key.stringValue] = try container.decode(String.self, forKey: key)
                }
            }
            all = byKey.keys.sorted().compactMap { byKey[$0] } + aliases
            self.all = all
            self.byKey = byKey
            self.aliases = aliases
        }
    }
    /// A meaning: its scope (`MeaningScope`) and the other fields.
    typealias Meaning = WithMeaning<MeaningScope>
    struct MeaningScope: Decodable { let scope: [Scope] }
    struct Scope: Decodable { let family: String; let from: String?; let until: String? }
    struct SourceRef: Decodable { let source: String; let name: String }
    struct ConflictRef: Decodable { let source: String; let says: String; let reason: Text }

    let catalogVersion: String
    let entries: [Entry]

    enum CodingKeys: String, CodingKey {
        case catalogVersion = "catalog_version"
        case entries
    }
}

/// An enum case's name as the catalog spells it: `retryLater` -> `retry_later`.
func catalogName<T>(_ value: T) -> String {
    var name = ""
    for character in String(describing: value) {
        if character.isUppercase {
            name += "_" + character.lowercased()
        } else {
            name.append(character)
        }
    }
    return name
}

func text(_ text: Export.Text, _ language: Language) -> String {
    switch language {
    case .en: return text.en
    case .zh: return text.zh
    }
}

let spaces: [Space] = [.web, .native]
let languages: [Language] = [.en, .zh]

func label(_ entry: Export.Entry) -> String { "\(entry.space) \(entry.code) \(entry.name)" }
func label(_ entry: ErrorEntry) -> String { "\(catalogName(entry.space)) \(entry.code) \(entry.name)" }

extension Checks {
    /// Compares every field of `actual` with `expected`.
    func entry(_ what: String, _ expected: Export.Entry, _ actual: ErrorEntry?) {
        let prefix = "\(what) \(label(expected))"
        check("\(prefix): found", actual != nil)
        guard let actual else { return }
        equal("\(prefix) space", expected.space, catalogName(actual.space))
        equal("\(prefix) code", expected.code, actual.code)
        equal("\(prefix) name", expected.name, actual.name)
        equal("\(prefix) aliases", expected.aliases, actual.aliases)
        equal("\(prefix) category", expected.category, catalogName(actual.category))
        equal("\(prefix) transient", expected.transient, actual.isTransient)
        equal("\(prefix) action", expected.action, catalogName(actual.action))
        equal("\(prefix) summary.en", expected.summary.en, actual.summary.en)
        equal("\(prefix) summary.zh", expected.summary.zh, actual.summary.zh)
        equal("\(prefix) detail.en", expected.detail.en, actual.detail.en)
        equal("\(prefix) detail.zh", expected.detail.zh, actual.detail.zh)
        equal("\(prefix) seed pages", expected.seeds.map(\.page), actual.seeds.map(\.page))
        equal("\(prefix) seed names", expected.seeds.map(\.name), actual.seeds.map(\.name))
        equal("\(prefix) equivalent spaces", expected.equivalents.map(\.space), actual.equivalents.map { catalogName($0.space) })
        equal("\(prefix) equivalent codes", expected.equivalents.map(\.code), actual.equivalents.map(\.code))
        equal("\(prefix) documented", expected.documented, actual.isDocumented)
        equal("\(prefix) status", expected.status, catalogName(actual.status))
        equal("\(prefix) user.en", expected.user.en, actual.user.en)
        equal("\(prefix) user.zh", expected.user.zh, actual.user.zh)
        equal("\(prefix) conflicts", expected.conflicts.map { [$0.source, $0.says, $0.reason.en, $0.reason.zh] },
              actual.conflicts.map { [$0.source, $0.says, $0.reason.en, $0.reason.zh] })
        equal("\(prefix) meaning count", expected.meanings.count, actual.meanings.count)
        for (index, (e, a)) in zip(expected.meanings, actual.meanings).enumerated() {
            meaning("\(prefix) meaning \(index)", e, a)
        }
    }

    func entryList(_ what: String, _ expected: [Export.Entry], _ actual: [ErrorEntry]) {
        equal("\(what): entries", expected.map(label), actual.map(label))
        for (e, a) in zip(expected, actual) { entry(what, e, a) }
    }
}

func asciiUpper(_ text: String) -> String {
    String(decoding: text.utf8.map { (97...122).contains($0) ? $0 - 32 : $0 }, as: UTF8.self)
}

/// What the catalog's search should answer, computed from the JSON data.
func expectedSearch(_ all: [Export.Entry], _ query: String) -> [Export.Entry] {
    let trimmed = query.trimmingCharacters(in: .whitespacesAndNewlines)
    if trimmed.isEmpty { return [] }
    let needle = asciiUpper(trimmed)
    // Every meaning's names and its summary, detail and user message in both languages.
    return all.filter { entry in
        Int32(trimmed) == entry.code
            || entry.meanings.contains { meaning in
                (meaning.names.all + [meaning.summary, meaning.detail, meaning.user].flatMap { [$0.en, $0.zh] })
                    .contains { asciiUpper($0).contains(needle) }
            }
    }
}

/// The entries `name` finds, web first: in each space, the meaning the
/// documented ranking picks (`expectedNamed(_:_:_:_:)`).
func expectedNamed(_ export: Export, _ name: String) -> [Export.Entry] {
    ["web", "native"].compactMap { space in
        expectedNamed(export, space, name, nil).flatMap { answer in
            export.entries.first { $0.space == space && $0.code == answer.code }
        }
    }
}

/// The names that find `entry` itself (a name some other code ranks first finds that code instead).
func ownNames(_ export: Export, _ entry: Export.Entry) -> [String] {
    (entry.aliases + [entry.name]).filter { expectedNamed(export, entry.space, $0, nil)?.code == entry.code }
}

/// Codes the catalog does not document in a space: every gap, the neighbours and the Int32 extremes.
func unknownCodes(_ entries: [Export.Entry]) -> [Int32] {
    let known = Set(entries.map(\.code))
    let low = known.min()! - 1, high = known.max()! + 1
    return (low...high).filter { !known.contains($0) } + [Int32.min, Int32.min + 1, -100_000, 100_000, Int32.max]
}

func unknownMessage(_ space: Space, _ code: Int32, _ language: Language) -> String {
    switch language {
    case .en: return "Unknown error (\(catalogName(space)) \(code))"
    case .zh: return "未知错误（\(catalogName(space)) \(code)）"
    }
}

func constants(_ space: Space) -> [(name: String, code: Int32)] {
    switch space {
    case .web: return WebErrorCode.allCases.map { ($0.name, $0.code) }
    case .native: return NativeErrorCode.allCases.map { ($0.name, $0.code) }
    }
}

func constantName(_ space: Space, _ code: Int32) -> String? {
    switch space {
    case .web: return WebErrorCode(rawValue: code)?.name
    case .native: return NativeErrorCode(rawValue: code)?.name
    }
}

/// One thread's view: lookups by code (documented and not) and by name, through both APIs.
func lookups(_ export: Export) -> [String] {
    var results: [String] = []
    for space in spaces {
        let entries = export.entries.filter { $0.space == catalogName(space) }
        for code in entries.map(\.code) + unknownCodes(entries).prefix(20) {
            results.append(String(describing: ChatErrors.lookup(space, code: code)))
            results.append(ChatErrors.message(space, code: code, language: .zh))
        }
        for entry in entries {
            results.append(String(describing: ChatErrors.lookup(space, name: entry.name.lowercased())))
            results.append(String(describing: ChatErrorsKit.lookup(space: space, code: entry.code)))
        }
    }
    return results
}

/// Results written by many threads.
final class ThreadResults: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Int: [String]] = [:]

    func set(_ thread: Int, _ value: [String]) {
        lock.lock()
        results[thread] = value
        lock.unlock()
    }

    func all() -> [Int: [String]] {
        lock.lock()
        defer { lock.unlock() }
        return results
    }
}

extension Checks {
    /// Many threads race into the first load and look up together; all agree with one thread.
    func concurrency(_ export: Export) {
        let threads = 16
        let start = DispatchSemaphore(value: 0)
        let done = DispatchGroup()
        let results = ThreadResults()
        for thread in 0..<threads {
            done.enter()
            Thread {
                start.wait()
                results.set(thread, lookups(export))
                done.leave()
            }.start()
        }
        for _ in 0..<threads { start.signal() }
        done.wait()
        let single = lookups(export)
        check("concurrency: single-threaded lookups are not empty", !single.isEmpty)
        let concurrent = results.all()
        equal("concurrency: threads that answered", threads, concurrent.count)
        for (thread, result) in concurrent.sorted(by: { $0.key < $1.key }) {
            equal("concurrency: thread \(thread) result count", single.count, result.count)
            check("concurrency: thread \(thread) agrees with the single-threaded lookups", result == single)
        }
    }

    func searchQueries(_ export: Export) -> [String] {
        let first = export.entries[0]
        return export.entries.map(\.name) + export.entries.map { String($0.code) } + [
            first.name.lowercased(),
            " \(first.name) ",
            String(first.summary.en.prefix(8)),
            String(first.summary.zh.prefix(2)),
            String(first.detail.zh.suffix(3)),
            "",
            "   ",
            "no such error anywhere",
        ]
    }

    func rawAPI(_ export: Export) {
        equal("raw catalogVersion", export.catalogVersion, catalogVersion())
        for space in spaces {
            let expected = export.entries.filter { $0.space == catalogName(space) }
            entryList("raw entries(\(space))", expected, ChatErrorsKit.entries(space: space))
        }
        for entry in export.entries {
            let space: Space = entry.space == "web" ? .web : .native
            self.entry("raw lookup", entry, ChatErrorsKit.lookup(space: space, code: entry.code))
            for name in ownNames(export, entry) {
                self.entry("raw lookupName(\(name))", entry, lookupName(space: space, name: name))
                self.entry("raw lookupName(lower)", entry, lookupName(space: space, name: name.lowercased()))
                entryList("raw lookupNameAny(\(name))", expectedNamed(export, name), lookupNameAny(name: name))
            }
            for language in languages {
                equal("raw message \(label(entry)) \(language)", text(entry.summary, language),
                      ChatErrorsKit.message(space: space, code: entry.code, language: language))
            }
        }
        for query in searchQueries(export) {
            entryList("raw search(\"\(query)\")", expectedSearch(export.entries, query), ChatErrorsKit.search(query: query))
        }
        equal("raw languageFromTag(zh-CN)", Language.zh, languageFromTag(tag: "zh-CN"))
        equal("raw languageFromTag(zh_Hans)", Language.zh, languageFromTag(tag: "zh_Hans"))
        equal("raw languageFromTag(EN-us)", Language.en, languageFromTag(tag: "EN-us"))
        equal("raw languageFromTag(fr-FR)", nil, languageFromTag(tag: "fr-FR"))
        equal("raw languageFromTag(empty)", nil, languageFromTag(tag: ""))
    }

    func idiomatic(_ export: Export) {
        equal("catalogVersion", export.catalogVersion, ChatErrors.catalogVersion)
        for space in spaces {
            let expected = export.entries.filter { $0.space == catalogName(space) }
            entryList("entries(\(space))", expected, ChatErrors.entries(space))
            // The layer reads entries one UniFFI lookup each: the same records as one entries call.
            check("entries(\(space)) equal the raw entries", ChatErrors.entries(space) == ChatErrorsKit.entries(space: space))
        }
        for entry in export.entries {
            let space: Space = entry.space == "web" ? .web : .native
            self.entry("lookup", entry, ChatErrors.lookup(space, code: entry.code))
            check("lookup \(label(entry)) equals the raw lookup",
                  ChatErrors.lookup(space, code: entry.code) == ChatErrorsKit.lookup(space: space, code: entry.code))
            for name in ownNames(export, entry) {
                self.entry("lookup(\(name))", entry, ChatErrors.lookup(space, name: name))
                self.entry("lookup(lower)", entry, ChatErrors.lookup(space, name: name.lowercased()))
                entryList("lookupAny(\(name))", expectedNamed(export, name), ChatErrors.lookupAny(name: name))
            }
            for language in languages {
                let message = text(entry.summary, language)
                equal("message \(label(entry)) \(language)", message,
                      ChatErrors.message(space, code: entry.code, language: language))
                let error = ChatError(space, code: entry.code, language: language)
                let user = text(entry.user, language)
                equal("error \(label(entry)) \(language) message", message, error.message)
                equal("error \(label(entry)) \(language) userMessage", user, error.userMessage)
                equal("error \(label(entry)) \(language) errorDescription", user, error.errorDescription)
                equal("error \(label(entry)) \(language) localizedDescription", user, error.localizedDescription)
                equal("userMessage \(label(entry)) \(language)", user,
                      ChatErrors.userMessage(space, code: entry.code, language: language))
                equal("error \(label(entry)) status", entry.status, error.status.map(catalogName))
                equal("error \(label(entry)) description", "\(entry.space) \(entry.code) \(entry.name): \(message)",
                      error.description)
                equal("error \(label(entry)) transient", entry.transient, error.isTransient)
                equal("error \(label(entry)) action", entry.action, error.action.map(catalogName))
            }
        }
        for query in searchQueries(export) {
            entryList("search(\"\(query)\")", expectedSearch(export.entries, query), ChatErrors.search(query))
        }
        equal("language(zh-Hans-CN)", Language.zh, ChatErrors.language(tag: "zh-Hans-CN"))
        equal("language(de, fallback zh)", Language.zh, ChatErrors.language(tag: "de", fallback: .zh))
        equal("language(empty)", Language.en, ChatErrors.language(tag: ""))
    }

    /// The generated constants are exactly the catalog: same names, codes and order.
    func constantsMatch(_ export: Export) {
        for space in spaces {
            // An entry has a constant when an SDK emits its default meaning and its name finds it
            // (a removed code whose name moved to a code still emitted has none).
            let expected = export.entries.filter { entry in
                entry.space == catalogName(space) && entry.emitted
                    && expectedNamed(export, entry.space, entry.name, nil)?.code == entry.code
            }
            let generated = constants(space)
            equal("constants of \(space): names", expected.map(\.name), generated.map(\.name))
            equal("constants of \(space): codes", expected.map(\.code), generated.map(\.code))
            for (name, code) in generated {
                equal("constant \(name) init(rawValue:)", name, constantName(space, code))
                equal("constant \(name) entry", name, ChatErrors.lookup(space, code: code)?.name)
            }
        }
        for constant in WebErrorCode.allCases {
            equal("constant \(constant.name) space", Space.web, WebErrorCode.space)
            equal("constant \(constant.name) lookup", constant.name, ChatErrors.lookup(constant)?.name)
            equal("constant \(constant.name) error code", Int(constant.code), ChatError(constant).code)
        }
        for constant in NativeErrorCode.allCases {
            equal("constant \(constant.name) space", Space.native, NativeErrorCode.space)
            equal("constant \(constant.name) lookup", constant.name, ChatErrors.lookup(constant)?.name)
            equal("constant \(constant.name) error code", Int(constant.code), ChatError(constant).code)
        }
        let disconnected: String
        switch WebErrorCode(rawValue: 16) {
        case .webimConnctionDisconnected?: disconnected = "disconnected"
        default: disconnected = "other"
        }
        equal("switch over WebErrorCode(rawValue: 16)", "disconnected", disconnected)
    }

    func unknownCodesAnswered(_ export: Export) {
        for space in spaces {
            for code in unknownCodes(export.entries.filter { $0.space == catalogName(space) }) {
                let what = "unknown \(space) \(code)"
                check("\(what): raw lookup", ChatErrorsKit.lookup(space: space, code: code) == nil)
                check("\(what): lookup", ChatErrors.lookup(space, code: code) == nil)
                check("\(what): init(rawValue:)", constantName(space, code) == nil)
                for language in languages {
                    let message = unknownMessage(space, code, language)
                    equal("\(what): raw message \(language)", message,
                          ChatErrorsKit.message(space: space, code: code, language: language))
                    equal("\(what): message \(language)", message, ChatErrors.message(space, code: code, language: language))
                    let error = ChatError(space, code: code, language: language)
                    equal("\(what): error message \(language)", message, error.errorDescription)
                    equal("\(what): userMessage \(language)", message,
                          ChatErrors.userMessage(space, code: code, language: language))
                    equal("\(what): error description", "\(catalogName(space)) \(code): \(message)", error.description)
                    check("\(what): error entry", error.entry == nil)
                    equal("\(what): error transient", false, error.isTransient)
                }
            }
        }
    }

    /// Names the bindings can be given that match nothing: each gets nil (or an empty list).
    func badNames(_ export: Export) {
        let known = export.entries.first { $0.space == "web" && $0.name.contains("I") }!.name
        let names: [(String, String)] = [
            ("", "empty"),
            (String(repeating: "A", count: 1 << 20), "1 MiB"),
            (known + "_" + String(repeating: "Z", count: 1 << 20), "1 MiB starting with a name"),
            ("NO_SUCH_ERROR_NAME", "unknown"),
            (" " + known, "leading blank"),
            (known + "\u{0}", "trailing NUL"),
            (known.replacingOccurrences(of: "I", with: "ı"), "dotless i (not ASCII)"),
            (known.lowercased().replacingOccurrences(of: "i", with: "İ"), "dotted capital I (not ASCII)"),
            (known + "\u{301}", "combining accent"),
        ]
        for (name, what) in names {
            for space in spaces {
                check("bad name (\(what)) \(space): raw lookupName", lookupName(space: space, name: name) == nil)
                check("bad name (\(what)) \(space): lookup", ChatErrors.lookup(space, name: name) == nil)
            }
            check("bad name (\(what)): raw lookupNameAny", lookupNameAny(name: name).isEmpty)
            check("bad name (\(what)): lookupAny", ChatErrors.lookupAny(name: name).isEmpty)
        }
        check("search of 1 MiB", ChatErrors.search(String(repeating: "Q", count: 1 << 20)).isEmpty)
    }
}

let arguments = CommandLine.arguments
guard arguments.count == 2 else {
    FileHandle.standardError.write(Data("usage: \(arguments[0]) <export.json>\n".utf8))
    exit(2)
}
let export = try JSONDecoder().decode(Export.self, from: Data(contentsOf: URL(fileURLWithPath: arguments[1])))
let checks = Checks()
checks.check("the export has entries in both spaces",
             spaces.allSatisfy { space in export.entries.contains { $0.space == catalogName(space) } })
checks.concurrency(export)
checks.rawAPI(export)
checks.idiomatic(export)
checks.constantsMatch(export)
checks.unknownCodesAnswered(export)
checks.badNames(export)
checks.meanings(export)
checks.disagreements(export)
checks.iosNames(export)
checks.sdkList(export)
checks.generatedNames(export)
checks.badSdkTexts(export)
checks.wideCodes(export)
print("\(checks.passed) passed, \(checks.failed) failed")
exit(checks.failed == 0 ? 0 : 1)
