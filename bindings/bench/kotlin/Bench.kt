// Benchmark of the Kotlin bindings (run by scripts/bench-bindings.sh): the
// one-time load, a lookup through the idiomatic layer against a plain HashMap
// lookup of the same data in the same run, and the raw UniFFI per-call cost.
// Prints Markdown table rows.

package io.chaterrors.bench

import io.chaterrors.ChatErrors
import io.chaterrors.ErrorEntry
import io.chaterrors.Space
import io.chaterrors.uniffi.catalogVersion as rawCatalogVersion
import io.chaterrors.uniffi.entries as rawEntries
import io.chaterrors.uniffi.lookup as rawLookup

private var sink = 0L

/** Median nanoseconds per operation of [rounds] timed rounds of [ops] operations each. */
private fun nsPerOp(rounds: Int, ops: Int, body: () -> Unit): Double {
    repeat(rounds / 2) { body() }
    val samples = DoubleArray(rounds) {
        val start = System.nanoTime()
        body()
        (System.nanoTime() - start).toDouble() / ops
    }
    samples.sort()
    return samples[rounds / 2]
}

private fun millis(nanos: Long) = "%.2f ms".format(nanos / 1e6)

fun main() {
    val start = System.nanoTime()
    rawCatalogVersion()
    val libraryLoad = System.nanoTime() - start

    val loads = Space.entries.map { space ->
        val t = System.nanoTime()
        ChatErrors.entries(space)
        space to System.nanoTime() - t
    }

    val spaces = Space.entries.flatMap { space -> ChatErrors.entries(space).map { space } }
    val codes = Space.entries.flatMap { space -> ChatErrors.entries(space).map { it.code } }.toIntArray()
    val names = Space.entries.flatMap { space -> ChatErrors.entries(space).map { it.name } }.toTypedArray()
    val baselineByCode = Space.entries.associateWith { space ->
        HashMap<Int, ErrorEntry>().apply { ChatErrors.entries(space).forEach { put(it.code, it) } }
    }
    val baselineByName = Space.entries.associateWith { space ->
        HashMap<String, ErrorEntry>().apply { ChatErrors.entries(space).forEach { put(it.name, it) } }
    }
    val n = codes.size
    val repeat = 2000

    val layerCode = nsPerOp(31, n * repeat) {
        repeat(repeat) { for (i in 0 until n) sink += ChatErrors.lookup(spaces[i], codes[i])!!.code }
    }
    val mapCode = nsPerOp(31, n * repeat) {
        repeat(repeat) { for (i in 0 until n) sink += baselineByCode.getValue(spaces[i])[codes[i]]!!.code }
    }
    val layerName = nsPerOp(31, n * repeat) {
        repeat(repeat) { for (i in 0 until n) sink += ChatErrors.lookup(spaces[i], names[i])!!.code }
    }
    val mapName = nsPerOp(31, n * repeat) {
        repeat(repeat) { for (i in 0 until n) sink += baselineByName.getValue(spaces[i])[names[i]]!!.code }
    }
    val raw = nsPerOp(11, n * 5) {
        repeat(5) { for (i in 0 until n) sink += rawLookup(spaces[i], codes[i])!!.code }
    }

    println("| library load + first UniFFI call (JNA) | ${millis(libraryLoad)} | |")
    for ((space, nanos) in loads) {
        println("| one-time load of ${space.name.lowercase()} (1 FFI call + tables) | ${millis(nanos)} | goal < 5 ms |")
    }
    val rawLoad = nsPerOp(11, 1) { sink += rawEntries(Space.WEB).size }
    println("| the same FFI call for web again, JIT warm (median) | %.2f ms | |".format(rawLoad / 1e6))
    println("| lookup by code: ChatErrors.lookup | %.1f ns | |".format(layerCode))
    println("| lookup by code: plain HashMap<Int, ErrorEntry> | %.1f ns | |".format(mapCode))
    println("| **ratio by code** | **%.2fx** | goal <= 3x |".format(layerCode / mapCode))
    println("| lookup by name: ChatErrors.lookup | %.1f ns | |".format(layerName))
    println("| lookup by name: plain HashMap<String, ErrorEntry> | %.1f ns | |".format(mapName))
    println("| **ratio by name** | **%.2fx** | goal <= 3x |".format(layerName / mapName))
    println("| raw UniFFI lookup (one FFI call, JNA) | %.0f ns | |".format(raw))
    if (sink == 42L) println("")
}
