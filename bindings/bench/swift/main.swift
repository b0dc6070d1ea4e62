// Benchmark of the Swift bindings (run by scripts/bench-bindings.sh): the
// one-time load, a lookup through the idiomatic layer against a plain
// Dictionary lookup of the same data in the same run, and the raw UniFFI
// per-call cost. Prints Markdown table rows.

import ChatErrorsKit
import Foundation

var sink: Int64 = 0

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

let all = spaces.flatMap { space in ChatErrors.entries(space).map { (space, $0) } }
let baselineByCode = Dictionary(uniqueKeysWithValues: spaces.map { space in
    (space, Dictionary(uniqueKeysWithValues: ChatErrors.entries(space).map { ($0.code, $0) }))
})
let baselineByName = Dictionary(uniqueKeysWithValues: spaces.map { space in
    (space, Dictionary(uniqueKeysWithValues: ChatErrors.entries(space).map { ($0.name, $0) }))
})
let keys = all.map { (space: $0.0, code: $0.1.code, name: $0.1.name) }
let repeats = 2000

let layerCode = nsPerOp(rounds: 31, ops: keys.count * repeats) {
    for _ in 0..<repeats { for key in keys { sink &+= Int64(ChatErrors.lookup(key.space, code: key.code)!.code) } }
}
let mapCode = nsPerOp(rounds: 31, ops: keys.count * repeats) {
    for _ in 0..<repeats { for key in keys { sink &+= Int64(baselineByCode[key.space]![key.code]!.code) } }
}
let layerName = nsPerOp(rounds: 31, ops: keys.count * repeats) {
    for _ in 0..<repeats { for key in keys { sink &+= Int64(ChatErrors.lookup(key.space, name: key.name)!.code) } }
}
let mapName = nsPerOp(rounds: 31, ops: keys.count * repeats) {
    for _ in 0..<repeats { for key in keys { sink &+= Int64(baselineByName[key.space]![key.name]!.code) } }
}
let raw = nsPerOp(rounds: 11, ops: keys.count * 20) {
    for _ in 0..<20 { for key in keys { sink &+= Int64(lookup(space: key.space, code: key.code)!.code) } }
}

print("| first UniFFI call (library linked at launch) | \(millis(libraryLoad)) | |")
for (space, nanos) in loads {
    print("| one-time load of \(space) (1 FFI call + tables) | \(millis(nanos)) | goal < 5 ms |")
}
let rawLoad = nsPerOp(rounds: 11, ops: 1) { sink &+= Int64(entries(space: .web).count) }
print(String(format: "| the same FFI call for web again (median) | %.2f ms | |", rawLoad / 1e6))
print(String(format: "| lookup by code: ChatErrors.lookup | %.1f ns | |", layerCode))
print(String(format: "| lookup by code: plain [Int32: ErrorEntry] | %.1f ns | |", mapCode))
print(String(format: "| **ratio by code** | **%.2fx** | goal <= 3x |", layerCode / mapCode))
print(String(format: "| lookup by name: ChatErrors.lookup | %.1f ns | |", layerName))
print(String(format: "| lookup by name: plain [String: ErrorEntry] | %.1f ns | |", mapName))
print(String(format: "| **ratio by name** | **%.2fx** | goal <= 3x |", layerName / mapName))
print(String(format: "| raw UniFFI lookup (one FFI call) | %.0f ns | |", raw))
if sink == 42 { print("") }
