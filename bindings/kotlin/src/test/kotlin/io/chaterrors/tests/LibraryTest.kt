// The library behind the idiomatic layer: its JNI tables hold what UniFFI
// returns, a first answer in a fresh JVM loads no JNA class, UniFFI loads the
// same file, the tables' reader refuses malformed bytes with a clear error and
// nothing else, and a
// library that is not the one of this jar (another catalog version, another
// JNI contract, no JNI exports) is refused when it loads, naming both. Each
// such library is a small C library built here, loaded by the layer in a
// class loader of its own (a JVM loads a library into one class loader only).

package io.chaterrors.tests

import io.chaterrors.ChatErrors
import io.chaterrors.JNI_CONTRACT_VERSION
import io.chaterrors.NativeCatalog
import io.chaterrors.Space
import io.chaterrors.readCodes
import io.chaterrors.readEntry
import io.chaterrors.readNames
import java.io.File
import java.lang.reflect.InvocationTargetException
import java.net.URLClassLoader
import kotlin.random.Random
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir
import io.chaterrors.uniffi.catalogVersion as rawCatalogVersion
import io.chaterrors.uniffi.entries as rawEntries
import io.chaterrors.uniffi.names as rawNames

class LibraryTest {
    private val version = System.getProperty("chaterrors.version")

    /** This layer's JNI contract, as the loader's messages print it (unsigned hexadecimal). */
    private val contract = Integer.toHexString(JNI_CONTRACT_VERSION)

    @Test
    fun `the JNI tables hold what UniFFI returns`() {
        for (space in Space.entries) {
            assertEquals(rawEntries(space), ChatErrors.entries(space), "entries($space)")
            for (target in rawNames(space)) {
                val found = ChatErrors.lookupIn(space, target.name)
                assertEquals(target.code to target.meaningIndex, found?.entry?.code to found?.meaningIndex, "$space ${target.name}")
            }
        }
        assertEquals(rawCatalogVersion(), ChatErrors.catalogVersion)
    }

    @Test
    fun `UniFFI loads the same library file as the JNI tables`() {
        ChatErrors.lookup(Space.WEB, 508)
        ChatErrors.search("group")
        val library = ChatErrors::class.java.getResourceAsStream("/linux-x86-64/libchat_errors.so")!!.use { it.readBytes() }
        val copies = File("/proc/self/maps").readLines().map { File(it.substringAfterLast(' ')) }.toSet()
            .filter { it.isFile && it.length() == library.size.toLong() && it.readBytes().contentEquals(library) }
        assertEquals(1, copies.size, "the library's copies mapped: $copies")
    }

    @Test
    fun `a first answer in a fresh JVM loads no JNA class`() {
        val java = File(System.getProperty("java.home"), "bin/java").path
        val process = ProcessBuilder(java, "-verbose:class", "-cp", System.getProperty("java.class.path"), FirstAnswer::class.java.name)
            .redirectErrorStream(true).start()
        val output = process.inputStream.bufferedReader().readText()
        assertEquals(0, process.waitFor(), output)
        assertTrue("first answer: 508" in output, output)
        val jna = output.lines().filter { "com.sun.jna" in it }
        assertTrue(jna.isEmpty(), "JNA classes loaded: $jna")
    }

    @Test
    fun `malformed bytes get a clear error and nothing else`() {
        for (space in Space.entries) {
            val codes = NativeCatalog.codes(space)
            val valid = readCodes(codes)
            val readers = listOf<Pair<ByteArray, (ByteArray) -> Any>>(
                codes to { bytes -> readCodes(bytes) },
                NativeCatalog.names(space) to { bytes -> readNames(bytes, valid) },
            ) + valid.indices.filter { it % 10 == 0 }.map { index -> NativeCatalog.entry(space, index) to { bytes: ByteArray -> readEntry(bytes) } }
            val random = Random(space.ordinal)
            for ((bytes, read) in readers) {
                var refused = 0
                for (trial in 0 until 60) {
                    val bad = bytes.copyOf(if (trial % 3 == 0) random.nextInt(bytes.size) else bytes.size)
                    repeat(1 + trial % 4) { if (bad.isNotEmpty()) bad[random.nextInt(bad.size)] = random.nextInt(256).toByte() }
                    try {
                        read(bad)
                    } catch (error: IllegalStateException) {
                        assertTrue(error.message!!.startsWith("malformed catalog from libchat_errors"), error.message)
                        refused++
                    }
                }
                assertTrue(refused >= 20, "$space: $refused of 60 damaged inputs refused")
                assertThrows<IllegalStateException>("$space: one byte short") { read(bytes.copyOf(bytes.size - 1)) }
                assertThrows<IllegalStateException>("$space: one byte more") { read(bytes.copyOf(bytes.size + 1)) }
            }
        }
    }

    @Test
    fun `a library of another catalog version is refused, naming both`(@TempDir folder: File) {
        val error = firstAnswerWith(fakeLibrary(folder, contract = JNI_CONTRACT_VERSION, catalog = "0.0.1-other"))
        assertTrue(error is UnsatisfiedLinkError, "$error")
        val message = error.message!!
        assertTrue("catalog 0.0.1-other (JNI contract $contract)" in message && "jar is catalog $version (JNI contract $contract)" in message, message)
    }

    @Test
    fun `a library of another JNI contract is refused, naming both`(@TempDir folder: File) {
        val error = firstAnswerWith(fakeLibrary(folder, contract = JNI_CONTRACT_VERSION + 1, catalog = version))
        assertTrue(error is UnsatisfiedLinkError, "$error")
        val other = Integer.toHexString(JNI_CONTRACT_VERSION + 1)
        assertTrue("(JNI contract $other)" in error.message!! && "(JNI contract $contract)" in error.message!!, error.message)
    }

    @Test
    fun `a library without the JNI exports is refused, and again on the next call`(@TempDir folder: File) {
        val library = compile(folder, "int unrelated(void) { return 0; }\n")
        val loader = isolatedLoader()
        repeat(2) {
            val error = firstAnswerWith(library, loader)
            assertTrue(error is UnsatisfiedLinkError, "$error")
            assertTrue("$library is not a chat-errors library for this jar" in error.message!!, error.message)
        }
    }

    /** A C library with the JNI exports of the layer, answering [contract] and [catalog]. */
    private fun fakeLibrary(folder: File, contract: Int, catalog: String): File =
        compile(
            folder,
            """
            typedef void *(*new_string_utf)(void ***env, const char *text);
            int Java_io_chaterrors_NativeCatalog_contractVersion(void ***env, void *cls) { return $contract; }
            void *Java_io_chaterrors_NativeCatalog_catalogVersion(void ***env, void *cls) {
                return ((new_string_utf) (*env)[167])(env, "$catalog");   /* NewStringUTF */
            }
            """.trimIndent(),
        )

    private fun compile(folder: File, source: String): File {
        val c = File(folder, "fake.c").apply { writeText(source) }
        val library = File(folder, "libfake.so")
        val compiler = ProcessBuilder("cc", "-shared", "-fPIC", "-o", library.path, c.path).inheritIO().start()
        assertEquals(0, compiler.waitFor(), "cc failed")
        return library
    }

    /** A class loader of the layer's classes (this jar's, Kotlin's, JNA's) that shares none of them with the test. */
    private fun isolatedLoader(): ClassLoader {
        val jars = listOf(ChatErrors::class.java, Unit::class.java, com.sun.jna.Native::class.java)
            .map { it.protectionDomain.codeSource.location }
        return URLClassLoader(jars.toTypedArray(), ClassLoader.getPlatformClassLoader())
    }

    /** What a first lookup throws when the layer loads [library] (UniFFI's override property names it). */
    private fun firstAnswerWith(library: File, loader: ClassLoader = isolatedLoader()): Throwable {
        val property = "uniffi.component.chat_errors_bindings.libraryOverride"
        val before = System.getProperty(property)
        System.setProperty(property, library.path)
        try {
            val layer = loader.loadClass("io.chaterrors.ChatErrors")
            val spaces = loader.loadClass("io.chaterrors.uniffi.Space")
            val web = spaces.enumConstants.first { (it as Enum<*>).name == "WEB" }
            layer.getMethod("lookup", spaces, Int::class.javaPrimitiveType).invoke(layer.getField("INSTANCE").get(null), web, 508)
            throw AssertionError("$library was accepted")
        } catch (thrown: InvocationTargetException) {
            return thrown.cause!!
        } finally {
            if (before == null) System.clearProperty(property) else System.setProperty(property, before)
        }
    }
}

/** A first answer, alone in its JVM (see `a first answer in a fresh JVM loads no JNA class`). */
object FirstAnswer {
    @JvmStatic
    fun main(args: Array<String>) {
        println("first answer: " + ChatErrors.lookup(Space.WEB, 508)?.code)
    }
}
