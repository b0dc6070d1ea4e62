// Writes the Swift benchmark's baseline (run by scripts/bench-bindings.sh):
// every entry of each space, as ChatErrors returns it, as Swift literals, one
// `[Int32: ErrorEntry]` global per space (`literalEntriesWeb`,
// `literalEntriesNative`; each built on first use), each entry in a function
// of its own. The fields are found by reflection, so a new field of a record
// needs no edit here.
//
// Usage: program OUT_SWIFT

import ChatErrorsKit
import Foundation

/// The Swift literal of `value`: a record as its memberwise initializer
/// (labels in declaration order), a list, an optional, an enum case
/// (`.caseName`), a string, a Bool or an Int32.
func literal(_ value: Any) -> String {
    switch value {
    case let text as String: return string(text)
    case let flag as Bool: return String(flag)
    case let number as Int32: return String(number)
    default: break
    }
    let mirror = Mirror(reflecting: value)
    switch mirror.displayStyle {
    case .struct:
        let fields = mirror.children.map { "\($0.label!): \(literal($0.value))" }
        return "\(type(of: value))(\(fields.joined(separator: ", ")))"
    case .collection:
        return "[\(mirror.children.map { literal($0.value) }.joined(separator: ", "))]"
    case .optional:
        return mirror.children.first.map { literal($0.value) } ?? "nil"
    case .enum where mirror.children.isEmpty:
        return ".\(value)"
    default:
        fatalError("no literal for a \(type(of: value))")
    }
}

/// A Swift string literal: quotes, backslashes and control characters escaped.
func string(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
        if scalar == "\"" || scalar == "\\" {
            out += "\\\(scalar)"
        } else if scalar.value < 0x20 || scalar.value == 0x7F {
            out += "\\u{\(String(scalar.value, radix: 16))}"
        } else {
            out.unicodeScalars.append(scalar)
        }
    }
    return out + "\""
}

var out = ["// Written by bindings/bench/swift/WriteLiterals.swift from the library: do not edit.", "", "import ChatErrorsKit"]
// One function per entry: a single literal expression of them all takes the compiler gigabytes.
for space in Space.all {
    let entries = ChatErrors.entries(space)
    out += ["", "let literalEntries\(space.name.prefix(1).uppercased())\(space.name.dropFirst()): [Int32: ErrorEntry] = ["]
    out += entries.enumerated().map { "    \($1.code): \(space.name)\($0)()," }
    out.append("]")
    for (index, entry) in entries.enumerated() {
        out += ["", "private func \(space.name)\(index)() -> ErrorEntry {", "    \(literal(entry))", "}"]
    }
}
try (out.joined(separator: "\n") + "\n").write(toFile: CommandLine.arguments[1], atomically: true, encoding: .utf8)
