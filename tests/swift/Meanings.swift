// Schema 2 through the Swift bindings: every meaning of every entry in the SDK
// contexts of its scope, the disagreements between SDKs in each context,
// iOS-style names, the SDK list, the generated iOS names, bad SDK texts and
// Int codes outside Int32. Every expected answer is derived here from the JSON
// export's scopes and the lookup rules in README.md, never from the library's output.

import ChatErrorsKit
import Foundation

/// The highest value of a version part: a missing part of a release line's end.
let newest = 65535

/// `MAJOR[.MINOR[.PATCH]]` padded to three parts with `missing`.
func padded(_ version: String, _ missing: Int) -> [Int] {
    let parts = version.split(separator: ".").map { Int($0)! }
    return parts + Array(repeating: missing, count: 3 - parts.count)
}

/// An SDK context of the tests: `family` or `family@VERSION`.
struct Context: Hashable {
    let family: String
    let version: String?

    init(_ text: String) {
        let parts = text.split(separator: "@", maxSplits: 1).map(String.init)
        family = parts[0]
        version = parts.count > 1 ? parts[1] : nil
    }

    var text: String { version.map { "\(family)@\($0)" } ?? family }

    /// README: a partial version means the newest release of its line, none the newest release;
    /// `from` and `until` inclusive, a partial `from` the first release of its line, a partial `until` its newest.
    func within(_ scope: Export.Scope) -> Bool {
        let point = version.map { padded($0, newest) } ?? [newest, newest, newest]
        return scope.family == family
            && (scope.from.map { !point.lexicographicallyPrecedes(padded($0, 0)) } ?? true)
            && (scope.until.map { !padded($0, newest).lexicographicallyPrecedes(point) } ?? true)
    }

    /// The name a family's SDK prints for a meaning (README: the platform's key where it prints another name).
    func name(of meaning: Export.Meaning) -> String {
        let key: String
        switch family {
        case "easemob-android": key = "android_easemob"
        case "easemob-ios": key = "ios_easemob"
        case "agora-ios": key = "ios_agora"
        case "easemob-windows", "agora-windows", "easemob-cpp": key = "cpp"
        case "easemob-unity", "agora-unity": key = "unity"
        case "easemob-harmonyos": key = "harmonyos"
        default: key = "canonical"
        }
        return meaning.names.byKey[key] ?? meaning.names.byKey["canonical"]!
    }
}

/// What a lookup should answer: the code, the meaning's index, how it was chosen, and the name.
struct Answer: Equatable {
    let code: Int32
    let index: Int
    let fit: String
    let name: String
}

/// The answer for `entry` in `context`, from the export's scopes.
func expectedAnswer(_ entry: Export.Entry, _ context: Context?) -> Answer {
    guard let context else {
        return Answer(code: entry.code, index: 0, fit: "default", name: entry.meanings[0].names.byKey["canonical"]!)
    }
    if let index = entry.meanings.firstIndex(where: { $0.scope.contains(where: context.within) }) {
        return Answer(code: entry.code, index: index, fit: "emitted", name: context.name(of: entry.meanings[index]))
    }
    return Answer(code: entry.code, index: 0, fit: "unscoped", name: context.name(of: entry.meanings[0]))
}

let statusOrder = ["current", "deprecated", "removed"]

/// The meaning `name` finds in `space` (the SDK's meaning first, then a default meaning
/// before a variant, current before deprecated before removed, then the lower code).
func expectedNamed(_ export: Export, _ space: String, _ name: String, _ context: Context?) -> Answer? {
    var best: (rank: Int, entry: Export.Entry, index: Int)?
    for entry in export.entries where entry.space == space {
        for (index, meaning) in entry.meanings.enumerated()
        where meaning.names.all.contains(where: { asciiUpper($0) == asciiUpper(name) }) {
            let emitted = context.map { context in meaning.scope.contains(where: context.within) } ?? false
            let rank = (emitted ? 0 : 8) + (index != 0 ? 4 : 0) + statusOrder.firstIndex(of: meaning.status)!
            if best == nil || (rank, entry.code) < (best!.rank, best!.entry.code) { best = (rank, entry, index) }
        }
    }
    guard let best else { return nil }
    let meaning = best.entry.meanings[best.index]
    let fit = context == nil ? "default" : best.rank < 8 ? "emitted" : "unscoped"
    return Answer(code: best.entry.code, index: best.index, fit: fit,
                  name: context?.name(of: meaning) ?? meaning.names.byKey["canonical"]!)
}

func space(of entry: Export.Entry) -> Space { entry.space == "web" ? .web : .native }

/// The contexts of one scope: the family alone (when open-ended) and each bound.
func contexts(of scope: Export.Scope) -> [Context] {
    (scope.until == nil ? [Context(scope.family)] : [])
        + [scope.from, scope.until].compactMap { $0.map { Context("\(scope.family)@\($0)") } }
}

let disagreementCodes: [Int32] = [605, 606, 900, 901, 902, 706, 1403, 209, 221]
let askedContexts: [String?] = ["easemob-android", "easemob-ios@3.9", "easemob-ios@4.15.0", "agora-ios@1.2.0", "agora-ios", nil]

/// Whether `body` throws the SDK error `kind` ("UnknownFamily" or "MalformedVersion").
func throwsSdkError(_ kind: String, _ body: () throws -> Any?) -> Bool {
    do {
        _ = try body()
        return false
    } catch let error as SdkError {
        switch error {
        case .UnknownFamily(let message): return kind == "UnknownFamily" && !message.isEmpty
        case .MalformedVersion(let message): return kind == "MalformedVersion" && !message.isEmpty
        }
    } catch {
        return false
    }
}

extension Checks {
    /// Compares every field of a meaning.
    func meaning(_ what: String, _ expected: Export.Meaning, _ actual: Meaning?) {
        check("\(what): found", actual != nil)
        guard let actual else { return }
        let names = actual.names
        let byKey: [String: String?] = [
            "canonical": names.canonical, "android_easemob": names.androidEasemob, "ios_easemob": names.iosEasemob,
            "ios_agora": names.iosAgora, "cpp": names.cpp, "unity": names.unity, "harmonyos": names.harmonyos,
        ]
        equal("\(what) names", expected.names.byKey, byKey.compactMapValues { $0 })
        equal("\(what) aliases", expected.names.aliases, names.aliases)
        equal("\(what) category", expected.category, catalogName(actual.category))
        equal("\(what) transient", expected.transient, actual.isTransient)
        equal("\(what) action", expected.action, catalogName(actual.action))
        equal("\(what) status", expected.status, catalogName(actual.status))
        equal("\(what) scope", expected.scope.map { [$0.family, $0.from ?? "-", $0.until ?? "-"] },
              actual.scope.map { [catalogName($0.family).replacingOccurrences(of: "_", with: "-"), $0.from ?? "-", $0.until ?? "-"] })
        equal("\(what) summary", [expected.summary.en, expected.summary.zh], [actual.summary.en, actual.summary.zh])
        equal("\(what) detail", [expected.detail.en, expected.detail.zh], [actual.detail.en, actual.detail.zh])
        equal("\(what) user", [expected.user.en, expected.user.zh], [actual.user.en, actual.user.zh])
        equal("\(what) sources", expected.sources.map { [$0.source, $0.name] }, actual.sources.map { [$0.source, $0.name] })
    }

    /// Compares a found answer with the expected one (and its meaning with the export's).
    func found(_ what: String, _ export: Export, _ space: String, _ answer: Answer?, _ actual: Found?) {
        equal("\(what): code", answer?.code, actual?.entry.code)
        guard let answer, let actual else { return }
        let entry = export.entries.first { $0.space == space && $0.code == answer.code }!
        equal("\(what): meaning index", answer.index, Int(actual.meaningIndex))
        equal("\(what): fit", answer.fit, catalogName(actual.fit))
        equal("\(what): name", answer.name, actual.name)
        equal("\(what): isVariant", answer.index != 0, actual.isVariant)
        meaning("\(what): meaning", entry.meanings[answer.index], actual.meaning)
    }

    /// Every entry: each meaning in every context of its scope, by code and by each name, raw and idiomatic.
    func meanings(_ export: Export) {
        for entry in export.entries {
            let space = space(of: entry)
            let idiomatic = ChatErrors.lookup(space, code: entry.code)
            check("\(label(entry)) defaultMeaning", idiomatic?.defaultMeaning == idiomatic?.meanings.first)
            equal("\(label(entry)) variants", entry.meanings.count - 1, idiomatic?.variants.count)
            var all: [Context?] = [nil]
            for context in entry.meanings.flatMap({ $0.scope.flatMap(contexts(of:)) }) where !all.contains(context) {
                all.append(context)
            }
            for context in all {
                let what = "\(label(entry)) in \(context?.text ?? "no context")"
                let answer = expectedAnswer(entry, context)
                found("\(what): raw lookupIn", export, entry.space, answer,
                      try? lookupIn(space: space, code: entry.code, sdk: context?.text))
                let sdk = context.map { try! Sdk($0.text) }
                found("\(what): lookup(in:)", export, entry.space, answer, ChatErrors.lookup(space, code: entry.code, in: sdk))
                found("\(what): lookup(Int, in:)", export, entry.space, answer,
                      ChatErrors.lookup(space, code: Int(entry.code), in: sdk))
                if let context {
                    found("\(what): lookup(in: text)", export, entry.space, answer,
                          try? ChatErrors.lookup(space, code: entry.code, in: context.text))
                }
                let meaning = entry.meanings[answer.index]
                for language in languages {
                    equal("\(what): message \(language)", text(meaning.summary, language),
                          ChatErrors.message(space, code: entry.code, language: language, in: sdk))
                    equal("\(what): userMessage \(language)", text(meaning.user, language),
                          ChatErrors.userMessage(space, code: entry.code, language: language, in: sdk))
                    let error = ChatError(space, code: entry.code, language: language, sdk: sdk)
                    equal("\(what): error message \(language)", text(meaning.summary, language), error.message)
                    equal("\(what): error errorDescription \(language)", text(meaning.user, language), error.errorDescription)
                    equal("\(what): error transient", meaning.transient, error.isTransient)
                    equal("\(what): error action", meaning.action, error.action.map(catalogName))
                    equal("\(what): error status", meaning.status, error.status.map(catalogName))
                    equal("\(what): error description", "\(entry.space) \(entry.code) \(answer.name): \(text(meaning.summary, language))",
                          error.description)
                }
                var names: [String] = []
                for name in entry.meanings.flatMap(\.names.all) where !names.contains(name) { names.append(name) }
                for name in names {
                    for spelling in [name, name.lowercased()] {
                        let named = expectedNamed(export, entry.space, spelling, context)
                        found("\(what): raw lookupNameIn(\(spelling))", export, entry.space, named,
                              try? lookupNameIn(space: space, name: spelling, sdk: context?.text))
                        found("\(what): lookup(name: \(spelling), in:)", export, entry.space, named,
                              ChatErrors.lookup(space, name: spelling, in: sdk))
                        if context == nil {
                            equal("\(what): lookup(name: \(spelling))", named?.code, ChatErrors.lookup(space, name: spelling)?.code)
                        }
                    }
                }
            }
        }
    }

    /// The codes the model issue lists as disagreements, in each context asked about.
    func disagreements(_ export: Export) {
        for code in disagreementCodes {
            let entry = export.entries.first { $0.space == "native" && $0.code == code }!
            for text in askedContexts {
                let what = "native \(code) in \(text ?? "no context")"
                let answer = expectedAnswer(entry, text.map(Context.init))
                found("\(what): raw", export, "native", answer, try? lookupIn(space: .native, code: code, sdk: text))
                let sdk = text.map { try! Sdk($0) }
                found("\(what): idiomatic", export, "native", answer, ChatErrors.lookup(.native, code: Int(code), in: sdk))
                let error = ChatError(.native, code: Int(code), language: .zh, sdk: sdk)
                equal("\(what): error localizedDescription", entry.meanings[answer.index].user.zh, error.localizedDescription)
            }
        }
        for code: Int32 in [605, 606, 706] {
            let entry = export.entries.first { $0.space == "native" && $0.code == code }!
            let indexes = Set(askedContexts.map { expectedAnswer(entry, $0.map(Context.init)).index })
            check("native \(code) has more than one meaning across the contexts", indexes.count > 1)
        }
    }

    func iosNames(_ export: Export) {
        for name in ["EMErrorGroupNotExist", "AgoraChatErrorGroupNotExist", "EMErrorTokeWillExpire"] {
            for text in askedContexts {
                let answer = expectedNamed(export, "native", name, text.map(Context.init))
                check("\(name) is in the export", answer != nil)
                found("\(name) in \(text ?? "no context")", export, "native", answer,
                      ChatErrors.lookup(.native, name: name, in: text.map { try! Sdk($0) }))
            }
            let code = expectedNamed(export, "native", name, nil)?.code
            equal("\(name) lookup", code, ChatErrors.lookup(.native, name: name)?.code)
            equal("\(name) raw lookupName", code, lookupName(space: .native, name: name)?.code)
            equal("\(name) lookupAny", code.map { [$0] } ?? [], ChatErrors.lookupAny(name: name).map(\.code))
        }
    }

    func sdkList(_ export: Export) {
        let families = Dictionary(uniqueKeysWithValues: ChatErrors.sdks.map { ($0.name, $0) })
        equal("raw sdks", sdks(), ChatErrors.sdks)
        for scope in export.entries.flatMap(\.meanings).flatMap(\.scope) {
            check("sdks has \(scope.family)", families[scope.family] != nil)
            for bound in [scope.from, scope.until].compactMap({ $0 }) {
                check("sdks: \(scope.family) knows \(bound)", families[scope.family]?.versions.contains(bound) ?? false)
            }
        }
        for family in ChatErrors.sdks {
            equal("Sdk(\(family.name))", family.name, (try? Sdk(family.name))?.text)
            for version in family.versions {
                let sdk = try? Sdk("\(family.name)@\(version)")
                equal("Sdk(\(family.name)@\(version))", "\(family.name)@\(version)", sdk?.text)
                equal("Sdk(\(family.name)@\(version)) family", family.family, sdk?.family)
                equal("Sdk(\(family.name)@\(version)) version", version, sdk?.version)
            }
        }
        equal("Sdk equality", try? Sdk("easemob-ios@3.9"), try? Sdk("easemob-ios@3.9"))
    }

    /// The generated iOS names and statuses of the native constants are the export's.
    func generatedNames(_ export: Export) {
        for constant in NativeErrorCode.allCases {
            let entry = export.entries.first { $0.space == "native" && $0.code == constant.code }!
            equal("\(constant.name) iosEasemobName", entry.names.byKey["ios_easemob"], constant.iosEasemobName)
            equal("\(constant.name) iosAgoraName", entry.names.byKey["ios_agora"], constant.iosAgoraName)
            equal("\(constant.name) status", entry.status, ChatErrors.lookup(constant).map { catalogName($0.status) })
            equal("\(constant.name) init(code: Int)", constant, NativeErrorCode(code: Int(constant.code)))
        }
        equal("NativeErrorCode(code: 606)?.iosEasemobName", "EMErrorGroupNotExist", NativeErrorCode(code: 606)?.iosEasemobName)
    }

    func badSdkTexts(_ export: Export) {
        let unknown = [
            "", "nope", "EASEMOB-IOS", " easemob-ios", "easemob-ios ", "@3.9", "easemob_ios@3.9",
            String(repeating: "x", count: 1 << 20), "easemob-ios\u{0}", "easemob-i\u{301}os",
        ]
        let malformed = [
            "easemob-ios@", "easemob-ios@3.9.1.2", "easemob-ios@65536", "easemob-ios@99999999999999999999",
            "easemob-ios@-1", "easemob-ios@3..9", "easemob-ios@3.9 ", "easemob-ios@v3", "easemob-ios@3@4",
            "easemob-ios@" + String(repeating: "9", count: 1 << 20),
            "easemob-ios@" + String(repeating: "1.", count: 1 << 19) + "1", "easemob-ios@\u{663}", "easemob-ios@3.9\u{0}",
        ]
        for (texts, kind) in [(unknown, "UnknownFamily"), (malformed, "MalformedVersion")] {
            for text in texts {
                let what = "SDK text of \(text.utf8.count) bytes (\(text.prefix(20)))"
                check("\(what): Sdk throws \(kind)", throwsSdkError(kind) { try Sdk(text) })
                check("\(what): lookup(code, in:) throws \(kind)",
                      throwsSdkError(kind) { try ChatErrors.lookup(.native, code: 605, in: text) })
                check("\(what): lookup(name, in:) throws \(kind)",
                      throwsSdkError(kind) { try ChatErrors.lookup(.native, name: "GROUP_NOT_EXIST", in: text) })
                check("\(what): raw lookupIn throws \(kind)",
                      throwsSdkError(kind) { try lookupIn(space: .native, code: 605, sdk: text) })
                check("\(what): raw lookupNameIn throws \(kind)",
                      throwsSdkError(kind) { try lookupNameIn(space: .native, name: "GROUP_NOT_EXIST", sdk: text) })
            }
        }
        let entry = export.entries.first { $0.space == "native" && $0.code == 605 }!
        for text in ["easemob-ios@0", "easemob-ios@65535.65535.65535", "agora-web@1", "easemob-cpp"] {
            found("edge SDK \(text)", export, "native", expectedAnswer(entry, Context(text)),
                  try? ChatErrors.lookup(.native, code: 605, in: text))
        }
        let sdk = try! Sdk("easemob-ios@3.9")
        for name in ["EMErrorGroupNotExist\u{301}", String(repeating: "A", count: 1 << 20), ""] {
            check("bad name of \(name.utf8.count) bytes in an SDK context", ChatErrors.lookup(.native, name: name, in: sdk) == nil)
        }
    }

    /// Codes as the iOS SDK hands them (`Int`): outside the Int32 range they are unknown codes, never a trap.
    func wideCodes(_ export: Export) {
        let sdk = try! Sdk("agora-ios")
        for code in [Int.min, Int(Int32.min) - 1, Int(Int32.max) + 1, Int(UInt32.max) + 605, Int.max] {
            for space in spaces {
                let what = "Int code \(code) \(space)"
                check("\(what): lookup", ChatErrors.lookup(space, code: code) == nil)
                check("\(what): lookup(in:)", ChatErrors.lookup(space, code: code, in: sdk) == nil)
                check("\(what): lookup(in: text)", (try? ChatErrors.lookup(space, code: code, in: "agora-ios")) == nil)
                check("\(what): NativeErrorCode(code:)", NativeErrorCode(code: code) == nil)
                for language in languages {
                    let message = language == .en ? "Unknown error (\(catalogName(space)) \(code))" : "未知错误（\(catalogName(space)) \(code)）"
                    equal("\(what): message \(language)", message, ChatErrors.message(space, code: code, language: language))
                    equal("\(what): userMessage \(language)", message,
                          ChatErrors.userMessage(space, code: code, language: language, in: sdk))
                    let error = ChatError(space, code: code, language: language, sdk: sdk)
                    equal("\(what): error code", code, error.code)
                    equal("\(what): error localizedDescription", message, error.localizedDescription)
                    equal("\(what): error description", "\(catalogName(space)) \(code): \(message)", error.description)
                    check("\(what): error entry", error.entry == nil)
                }
            }
        }
        for entry in export.entries {
            let space = space(of: entry)
            equal("Int \(label(entry)) lookup", entry.code, ChatErrors.lookup(space, code: Int(entry.code))?.code)
            equal("Int \(label(entry)) error", entry.name, ChatError(space, code: Int(entry.code)).entry?.name)
        }
    }
}
