// Benchmark of the Swift bindings (run by scripts/bench-bindings.sh): reading
// every entry, a lookup through the idiomatic layer against a plain
// Dictionary lookup of the same data in the same run, and the raw UniFFI
// per-call cost. Prints Markdown table rows.
//
// `Bench first layer|literals`: in this fresh process, the first answer for
// web 508 from ChatErrors or from the dictionary of literals (Literals.swift,
// written by WriteLiterals.swift from the library's entries); prints its
// nanoseconds, timed from the top of main(), and the entry's name.

import ChatErrorsKit
import Foundation

/// The monotonic clock in nanoseconds (nothing to set up on first use).
func monotonicNanos() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
}

let mainStart = monotonicNanos()
if CommandLine.arguments.count == 3, CommandLine.arguments[1] == "first" {
    let entry = CommandLine.arguments[2] == "layer" ? ChatErrors.lookup(.web, code: 508) : literalEntriesWeb[508]
    let nanos = monotonicNanos() - mainStart
    print(nanos, entry?.name ?? "none")
    exit(0)
}

var sink: Int64 = 0

/// What an app does with an answer: takes the whole entry. Not inlined, so
/// neither side can skip copying the entry it returns by reading one field.
@inline(never)
func use(_ entry: ErrorEntry?) -> Int64 {
    Int64(entry?.code ?? -1)
}

func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

/// Median nanoseconds per operation of `rounds` timed rounds of `ops` operations each.
func nsPerOp(rounds: Int, ops: Int, _ body: () -> Void) -> Double {
    for _ in 0..<(rounds / 2) { body() }
    var samples: [Double] = []
    for _ in 0..<rounds {
        let start = now()
        body()
        samples.append(Double(now() - start) / Double(ops))
    }
    samples.sort()
    return samples[rounds / 2]
}

func millis(_ nanos: UInt64) -> String { String(format: "%.2f ms", Double(nanos) / 1e6) }

let spaces: [Space] = [.web, .native]
let start = now()
_ = catalogVersion()
let libraryLoad = now() - start
var loads: [(String, UInt64)] = []
for space in spaces {
    let t = now()
    _ = ChatErrors.entries(space)
    loads.append(("\(space)", now() - t))
}

for (space, literals) in [(Space.web, literalEntriesWeb), (.native, literalEntriesNative)] {
    precondition(literals == Dictionary(uniqueKeysWithValues: ChatErrors.entries(space).map { ($0.code, $0) }),
                 "the literals of \(space) are not the catalog's entries")
}

let all = spaces.flatMap { space in ChatErrors.entries(space).map { (space, $0) } }
let baselineByCode = Dictionary(uniqueKeysWithValues: spaces.map { space in
    (space, Dictionary(uniqueKeysWithValues: ChatErrors.entries(space).map { ($0.code, $0) }))
})
// A name two codes share (a removed code's name taken up by another) keeps the first.
let baselineByName = Dictionary(uniqueKeysWithValues: spaces.map { space in
    (space, Dictionary(ChatErrors.entries(space).map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first }))
})
let keys = all.map { (space: $0.0, code: $0.1.code, name: $0.1.name) }
let repeats = 2000

let layerCode = nsPerOp(rounds: 31, ops: keys.count * repeats) {
    for _ in 0..<repeats { for key in keys { sink &+= use(ChatErrors.lookup(key.space, code: key.code)) } }
}
let mapCode = nsPerOp(rounds: 31, ops: keys.count * repeats) {
    for _ in 0..<repeats { for key in keys { sink &+= use(baselineByCode[key.space]![key.code]) } }
}
let layerName = nsPerOp(rounds: 31, ops: keys.count * repeats) {
    for _ in 0..<repeats { for key in keys { sink &+= use(ChatErrors.lookup(key.space, name: key.name)) } }
}
let mapName = nsPerOp(rounds: 31, ops: keys.count * repeats) {
    for _ in 0..<repeats { for key in keys { sink &+= use(baselineByName[key.space]![key.name]) } }
}
let raw = nsPerOp(rounds: 11, ops: keys.count * 20) {
    for _ in 0..<20 { for key in keys { sink &+= Int64(lookup(space: key.space, code: key.code)!.code) } }
}

print("| first UniFFI call (library linked at launch) | \(millis(libraryLoad)) | |")
for (space, nanos) in loads {
    print("| every entry of \(space) read through UniFFI (ChatErrors.entries, first call: a lookup per entry) | \(millis(nanos)) | goal < 5 ms |")
}
let rawLoad = nsPerOp(rounds: 11, ops: 1) { sink &+= Int64(entries(space: .web).count) }
print(String(format: "| raw UniFFI entries(space: .web) (one FFI call, median) | %.2f ms | |", rawLoad / 1e6))
print(String(format: "| lookup by code: ChatErrors.lookup | %.1f ns | |", layerCode))
print(String(format: "| lookup by code: plain [Int32: ErrorEntry] | %.1f ns | |", mapCode))
print(String(format: "| **ratio by code** | **%.2fx** | goal <= 3x |", layerCode / mapCode))
print(String(format: "| lookup by name: ChatErrors.lookup | %.1f ns | |", layerName))
print(String(format: "| lookup by name: plain [String: ErrorEntry] | %.1f ns | |", mapName))
print(String(format: "| **ratio by name** | **%.2fx** | goal <= 3x |", layerName / mapName))
print(String(format: "| raw UniFFI lookup (one FFI call) | %.0f ns | |", raw))
if sink == 42 { print("") }
