// The JNI half of the idiomatic layer: loads libchat_errors without JNA,
// checks that it is the library this layer was built for (JNI contract and
// catalog version), and reads a space's codes, an entry, a space's names from
// it, one call each. The formats are written by bindings/src/jni.rs; the
// readers here are bounded and checked. UniFFI (over JNA) serves the rest of
// the API from the same file.

package io.chaterrors

import io.chaterrors.uniffi.uniffiEnsureInitialized
import java.io.File
import java.io.FileOutputStream
import java.io.IOException
import java.io.InputStream
import java.net.URL
import java.nio.charset.StandardCharsets
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

    @Volatile private var loaded = false

    /**
     * Loads and checks the library once (again after a failure).
     *
     * @throws UnsatisfiedLinkError when it cannot be loaded or is not the library of this jar
     */
    fun ensureLoaded() {
        if (!loaded) loadOnce()
    }

    @Synchronized
    private fun loadOnce() {
        if (!loaded) {
            load()
            loaded = true
        }
    }

    /** The codes of [space], in catalog order (read by [readCodes]). */
    fun codes(space: Space): ByteArray = answer(space, "codes") { codes(space.ordinal) }

    /** Entry [index] of [space], in catalog order (read by [readEntry]). */
    fun entry(space: Space, index: Int): ByteArray = answer(space, "entry $index") { entry(space.ordinal, index) }

    /** The names of [space] (read by [readNames]). */
    fun names(space: Space): ByteArray = answer(space, "names") { names(space.ordinal) }

    private inline fun answer(space: Space, what: String, call: () -> ByteArray?): ByteArray {
        ensureLoaded()
        return call() ?: throw IllegalStateException("libchat_errors has no $what for $space")
    }

    @JvmStatic private external fun contractVersion(): Int

    @JvmStatic private external fun catalogVersion(): String?

    @JvmStatic private external fun codes(space: Int): ByteArray?

    @JvmStatic private external fun entry(space: Int, index: Int): ByteArray?

    @JvmStatic private external fun names(space: Int): ByteArray?

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
                "$library is chat-errors catalog $catalog (JNI contract ${contractText(contract)}), but this chat-errors jar is " +
                    "catalog $CATALOG_VERSION (JNI contract ${contractText(JNI_CONTRACT_VERSION)}): ship the library built with this jar",
            )
        }
    }

    /** A JNI contract fingerprint as the loader's messages print it: unsigned hexadecimal. */
    private fun contractText(contract: Int): String = Integer.toHexString(contract)

    /**
     * Loads the library: the one UniFFI's override names, else Android's, else
     * the one beside these classes (where it lies when they are read from a
     * folder, as in a build; else its copy in the extraction cache, made once
     * per library; else a copy in a temporary folder), else one on
     * java.library.path. Returns what it loaded.
     */
    private fun locate(): String {
        System.getProperty(OVERRIDE)?.let { chosen ->
            if (File(chosen).isAbsolute) System.load(chosen) else System.loadLibrary(chosen)
            return chosen
        }
        val file = System.mapLibraryName(NAME)
        val path = jarFolder()?.let { folder -> besideClasses(folder, file) }
        if (path == null) {
            System.loadLibrary(NAME)
            return file
        }
        System.load(path)
        System.setProperty(OVERRIDE, path)
        return path
    }

    /** The folder of the jar that holds this machine's library (JNA's resource prefix), or null (Android, other systems). */
    private fun jarFolder(): String? {
        if (System.getProperty("java.vm.vendor") == "The Android Project" || System.getProperty("os.name") != "Linux") return null
        return when (val arch = System.getProperty("os.arch")) {
            "amd64", "x86_64" -> "linux-x86-64"
            else -> "linux-$arch"
        }
    }

    /**
     * Where the extraction cache keeps this jar's library: named by its
     * SHA-256 (LIBRARY_SHA256, written with the UniFFI Kotlin), in the user's
     * cache folder (XDG_CACHE_HOME, else ~/.cache); null without either.
     */
    private fun cacheFile(file: String): File? {
        val cache = System.getenv("XDG_CACHE_HOME") ?: System.getProperty("user.home")?.let { "$it/.cache" } ?: return null
        return File(cache, "io.chaterrors/$LIBRARY_SHA256/$file")
    }

    /** The path of the library [file] in [folder] of the classpath, from a class folder, the cache or the jar; null when there is none. */
    private fun besideClasses(folder: String, file: String): String? {
        inClassFolder(folder, file)?.let { return it }
        val cached = cacheFile(file)
        if (cached != null && cached.isFile) return cached.path
        return NativeCatalog::class.java.getResource("/$folder/$file")?.let { fromJar(it, cached, file) }
    }

    /** The library [file] in [folder] beside these classes when they are read from a folder (what JNA loads then too), else null. */
    private fun inClassFolder(folder: String, file: String): String? {
        val location = NativeCatalog::class.java.protectionDomain.codeSource?.location ?: return null
        val path = location.path
        if (location.protocol != "file" || path.isEmpty() || path[path.length - 1] != '/') return null
        return File(File(location.toURI()), "$folder/$file").takeIf { it.isFile }?.path
    }

    /** A copy of the jar's library at [url] as a file: in the cache, else in a temporary folder. */
    private fun fromJar(url: URL, cached: File?, file: String): String {
        if (cached != null && store(url, cached)) return cached.path
        return url.openStream().use { extract(it, file) }.path
    }

    /** Copies the library at [url] to [target], whole or not at all; false when it cannot be written. */
    private fun store(url: URL, target: File): Boolean {
        val partial = File(target.parentFile, target.name + "." + System.nanoTime() + ".partial")
        return try {
            target.parentFile.mkdirs()
            url.openStream().use { input -> FileOutputStream(partial).use { input.copyTo(it) } }
            partial.renameTo(target)
        } catch (failed: IOException) {
            false
        } finally {
            partial.delete()
        }
    }

    /** Copies [library] into a folder made by this call in the temporary folder (a name taken by anyone is skipped), deleted on exit. */
    private fun extract(library: InputStream, file: String): File {
        val temporary = File(System.getProperty("java.io.tmpdir"))
        var attempt = 0
        while (true) {
            val folder = File(temporary, "chat-errors-" + System.nanoTime())
            if (!folder.mkdir()) {
                if (++attempt == 100) throw IOException("cannot make a folder in $temporary for libchat_errors")
                continue
            }
            folder.deleteOnExit()
            val path = File(folder, file)
            FileOutputStream(path).use { library.copyTo(it) }
            path.deleteOnExit()
            return path
        }
    }
}

/** UniFFI, which checks its own contract and checksums against the library on first use. */
private object Uniffi {
    init {
        uniffiEnsureInitialized()
    }

    fun <T> call(call: () -> T): T = call()
}

/** Runs a UniFFI [call], over the library [NativeCatalog] loaded and checked. */
internal fun <T> uniffi(call: () -> T): T {
    NativeCatalog.ensureLoaded()
    return Uniffi.call(call)
}

/**
 * The codes of a space as [NativeCatalog.codes] gives them: ascending.
 *
 * @throws IllegalStateException for bytes not in the format
 */
internal fun readCodes(bytes: ByteArray): IntArray =
    CatalogReader(bytes).whole {
        val codes = IntArray(count(4))
        for (i in codes.indices) {
            codes[i] = i32()
            if (i > 0 && codes[i] <= codes[i - 1]) fail("code ${codes[i]} after ${codes[i - 1]}")
        }
        codes
    }

/**
 * An entry as [NativeCatalog.entry] gives it.
 *
 * @throws IllegalStateException for bytes not in the format
 */
internal fun readEntry(bytes: ByteArray): ErrorEntry = CatalogReader(bytes).whole { errorEntry() }

/**
 * The names of a space as [NativeCatalog.names] gives them, each with what it
 * finds; [codes] are the space's (see [readCodes]).
 *
 * @throws IllegalStateException for bytes not in the format
 */
internal fun readNames(bytes: ByteArray, codes: IntArray): Map<String, Named> =
    CatalogReader(bytes).whole {
        val count = count(12)
        val names = HashMap<String, Named>(count * 2)
        for (i in 0 until count) {
            val name = string()
            val code = i32()
            val index = Arrays.binarySearch(codes, code)
            if (index < 0) fail("name $name of no entry ($code)")
            names[name] = Named(index, i32())
        }
        names
    }

/** What a name finds: entry [index] of its space, meaning [meaningIndex] of it ([found]: that answer, once made). */
internal class Named(val index: Int, val meaningIndex: Int) {
    @Volatile var found: Found? = null
}

/** A reader of UniFFI's serialization over [bytes], every read checked. */
private class CatalogReader(private val bytes: ByteArray) {
    private var at = 0
    private val end = bytes.size

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
            names = names(),
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

    fun names() =
        Names(
            canonical = string(),
            androidEasemob = optionalString(),
            iosEasemob = optionalString(),
            iosAgora = optionalString(),
            cpp = optionalString(),
            unity = optionalString(),
            harmonyos = optionalString(),
            aliases = strings(),
        )
}
