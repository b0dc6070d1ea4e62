// The JNI half of the idiomatic layer: loads libchat_errors without JNA,
// checks that it is the library this layer was built for (JNI contract and
// catalog version), and reads a space's catalog from it in one call. The
// format is written by bindings/src/jni.rs; the reader here is bounded and
// checked. UniFFI (over JNA) serves the rest of the API from the same file.

package io.chaterrors

import io.chaterrors.uniffi.uniffiEnsureInitialized
import java.io.File
import java.io.FileOutputStream
import java.io.InputStream
import java.nio.charset.StandardCharsets
import java.nio.file.FileAlreadyExistsException
import java.nio.file.Files
import java.nio.file.Paths
import java.nio.file.attribute.PosixFilePermissions
import java.util.Arrays
import kotlin.enums.EnumEntries

/** The library's JNI exports (`Java_io_chaterrors_NativeCatalog_*`), behind its load and check. */
internal object NativeCatalog {
    /**
     * UniFFI's property naming the library (a path, or a name such as
     * `chat_errors`). Read here too; when unset, set to the file loaded here,
     * so that JNA loads that same file.
     */
    private const val OVERRIDE = "uniffi.component.chat_errors_bindings.libraryOverride"
    private const val NAME = "chat_errors"

    private val loaded: Lazy<Unit> = lazy { load() }

    /**
     * Loads and checks the library once (again after a failure).
     *
     * @throws UnsatisfiedLinkError when it cannot be loaded or is not the library of this jar
     */
    fun ensureLoaded() = loaded.value

    /** The catalog of [space] (entries and names) as the library sends it (see [SpaceCatalog]). */
    fun bytes(space: Space): ByteArray {
        ensureLoaded()
        return space(space.ordinal) ?: throw IllegalStateException("libchat_errors has no catalog for $space")
    }

    @JvmStatic private external fun contractVersion(): Int

    @JvmStatic private external fun catalogVersion(): String?

    @JvmStatic private external fun space(ordinal: Int): ByteArray?

    private fun load() {
        val library = locate()
        val contract = try {
            contractVersion()
        } catch (missing: UnsatisfiedLinkError) {
            throw UnsatisfiedLinkError("$library is not a chat-errors library for this jar (no JNI contract: ${missing.message})")
        }
        val catalog = catalogVersion()
        if (contract != JNI_CONTRACT_VERSION || catalog != CATALOG_VERSION) {
            throw UnsatisfiedLinkError(
                "$library is chat-errors catalog $catalog (JNI contract $contract), but this chat-errors jar is " +
                    "catalog $CATALOG_VERSION (JNI contract $JNI_CONTRACT_VERSION): ship the library built with this jar",
            )
        }
    }

    /** Loads the library: UniFFI's override, else Android's, else the jar's, else one on java.library.path. */
    private fun locate(): String {
        System.getProperty(OVERRIDE)?.let { chosen ->
            if (Paths.get(chosen).isAbsolute) System.load(chosen) else System.loadLibrary(chosen)
            return chosen
        }
        val file = System.mapLibraryName(NAME)
        val resource = jarResource()?.let { NativeCatalog::class.java.getResourceAsStream("/$it/$file") }
        if (resource == null) {
            System.loadLibrary(NAME)
            return file
        }
        val path = resource.use { extract(it, file) }.toString()
        System.load(path)
        System.setProperty(OVERRIDE, path)
        return path
    }

    /** The folder of the jar that holds this machine's library (JNA's resource prefix), or null (Android, other systems). */
    private fun jarResource(): String? {
        if (System.getProperty("java.vm.vendor") == "The Android Project" || System.getProperty("os.name") != "Linux") return null
        return when (val arch = System.getProperty("os.arch")) {
            "amd64", "x86_64" -> "linux-x86-64"
            else -> "linux-$arch"
        }
    }

    /** Copies [library] into a new folder of the temporary folder only this user can write, deleted on exit. */
    private fun extract(library: InputStream, file: String): File {
        val temporary = Paths.get(System.getProperty("java.io.tmpdir"))
        val ownerOnly = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))
        var attempt = 0
        while (true) {
            val folder = temporary.resolve("chat-errors-" + System.nanoTime())
            try {
                Files.createDirectory(folder, ownerOnly)
            } catch (taken: FileAlreadyExistsException) {
                if (++attempt == 100) throw taken
                continue
            }
            folder.toFile().deleteOnExit()
            val path = folder.resolve(file).toFile()
            FileOutputStream(path).use { library.transferTo(it) }
            path.deleteOnExit()
            return path
        }
    }
}

private val uniffiReady: Lazy<Unit> = lazy {
    NativeCatalog.ensureLoaded()
    uniffiEnsureInitialized()
}

/**
 * Runs a UniFFI [call] after the library is loaded and checked here, and
 * UniFFI has checked its own contract and checksums against it.
 */
internal fun <T> uniffi(call: () -> T): T {
    uniffiReady.value
    return call()
}

/**
 * One space's catalog as the library sends it (see bindings/src/jni.rs): the
 * codes and where each entry lies are read at once; an entry when asked for.
 *
 * @throws IllegalStateException for bytes not in the format
 */
internal class SpaceCatalog(private val bytes: ByteArray) {
    /** The codes, ascending. */
    val codes: IntArray

    /** Where entry i starts (`starts[size]`: where the last one ends). */
    private val starts: IntArray
    private val namesStart: Int

    init {
        val reader = CatalogReader(bytes, 0, bytes.size)
        val size = reader.count(8)
        codes = IntArray(size)
        val lengths = IntArray(size)
        for (i in 0 until size) {
            codes[i] = reader.i32()
            lengths[i] = reader.count(1)
            if (i > 0 && codes[i] <= codes[i - 1]) reader.fail("code ${codes[i]} after ${codes[i - 1]}")
        }
        val namesLength = reader.count(1)
        namesStart = reader.at
        starts = IntArray(size + 1)
        starts[0] = namesStart + namesLength
        for (i in 0 until size) {
            if (lengths[i] > bytes.size - starts[i]) reader.fail("entry ${codes[i]} past the end")
            starts[i + 1] = starts[i] + lengths[i]
        }
        if (starts[size] != bytes.size) reader.fail("${bytes.size - starts[size]} bytes after the entries")
    }

    /** The number of entries. */
    val size: Int
        get() = codes.size

    /** Entry [index] (in code order). */
    fun entry(index: Int): ErrorEntry = CatalogReader(bytes, starts[index], starts[index + 1]).run { whole { errorEntry() } }

    /** Every name and the (entry index, meaning index) it finds. */
    fun names(): Map<String, Named> =
        CatalogReader(bytes, namesStart, starts[0]).run {
            whole {
                val count = count(12)
                HashMap<String, Named>(count * 2).also { map ->
                    repeat(count) {
                        val name = string()
                        val code = i32()
                        val index = Arrays.binarySearch(codes, code)
                        if (index < 0) fail("name $name of no entry ($code)")
                        map[name] = Named(index, i32())
                    }
                }
            }
        }
}

/** What a name finds: entry [index] of its space, meaning [meaningIndex] of it. */
internal class Named(val index: Int, val meaningIndex: Int)

/** A reader of UniFFI's serialization over `bytes[at, end)`, every read checked. */
private class CatalogReader(private val bytes: ByteArray, var at: Int, private val end: Int) {
    fun fail(what: String): Nothing = throw IllegalStateException("malformed catalog from libchat_errors at byte $at: $what")

    /** [read], which must take every byte up to the end. */
    inline fun <T> whole(read: CatalogReader.() -> T): T {
        val value = read()
        if (at != end) fail("${end - at} bytes left over")
        return value
    }

    fun i8(): Int {
        if (at >= end) fail("truncated")
        return bytes[at++].toInt()
    }

    fun i32(): Int {
        if (end - at < 4) fail("truncated")
        val value = (bytes[at].toInt() and 0xff shl 24) or (bytes[at + 1].toInt() and 0xff shl 16) or
            (bytes[at + 2].toInt() and 0xff shl 8) or (bytes[at + 3].toInt() and 0xff)
        at += 4
        return value
    }

    /** A count of items of at least [itemBytes] bytes each, which the bytes left can hold. */
    fun count(itemBytes: Int): Int {
        val count = i32()
        if (count < 0 || count > (end - at) / itemBytes) fail("count $count")
        return count
    }

    fun bool(): Boolean =
        when (val value = i8()) {
            0 -> false
            1 -> true
            else -> fail("boolean $value")
        }

    fun string(): String {
        val length = count(1)
        return String(bytes, at, length, StandardCharsets.UTF_8).also { at += length }
    }

    fun <E : Enum<E>> enum(values: EnumEntries<E>): E {
        val value = i32()
        if (value < 1 || value > values.size) fail("enum value $value")
        return values[value - 1]
    }

    inline fun <T> list(itemBytes: Int, item: CatalogReader.() -> T): List<T> {
        val count = count(itemBytes)
        val list = ArrayList<T>(count)
        for (i in 0 until count) list.add(item())
        return list
    }

    fun optionalString(): String? = if (bool()) string() else null

    fun text() = LocalizedText(string(), string())

    fun strings() = list(4) { string() }

    fun errorEntry() =
        ErrorEntry(
            space = enum(Space.entries),
            code = i32(),
            name = string(),
            aliases = strings(),
            category = enum(Category.entries),
            isTransient = bool(),
            action = enum(Action.entries),
            summary = text(),
            detail = text(),
            seeds = list(8) { Seed(string(), string()) },
            equivalents = list(8) { CodeRef(enum(Space.entries), i32()) },
            isDocumented = bool(),
            status = enum(Status.entries),
            user = text(),
            meanings = list(1) { meaning() },
            conflicts = list(16) { Conflict(string(), string(), text()) },
        )

    fun meaning() =
        Meaning(
            names = Names(
                canonical = string(),
                androidEasemob = optionalString(),
                iosEasemob = optionalString(),
                iosAgora = optionalString(),
                cpp = optionalString(),
                unity = optionalString(),
                harmonyos = optionalString(),
                aliases = strings(),
            ),
            category = enum(Category.entries),
            isTransient = bool(),
            action = enum(Action.entries),
            status = enum(Status.entries),
            scope = list(6) { Scope(enum(Family.entries), optionalString(), optionalString()) },
            summary = text(),
            detail = text(),
            user = text(),
            sources = list(8) { Source(string(), string()) },
        )
}
