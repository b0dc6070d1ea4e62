// JUnit 5 tests of the Kotlin library: the raw UniFFI API (io.chaterrors.uniffi)
// and the idiomatic layer (io.chaterrors), every entry against the catalog's JSON
// export (system property chaterrors.export, set by the pom), plus threads, unknown
// codes and bad input. The native library is loaded from the classpath (the jar's
// linux-x86-64/ resource), as an app loads it.

package io.chaterrors.tests

import io.chaterrors.Action
import io.chaterrors.Category
import io.chaterrors.ChatErrorException
import io.chaterrors.ChatErrors
import io.chaterrors.CodeRef
import io.chaterrors.Conflict
import io.chaterrors.Family
import io.chaterrors.Meaning
import io.chaterrors.Names
import io.chaterrors.Scope
import io.chaterrors.Source
import io.chaterrors.Status
import io.chaterrors.ErrorCode
import io.chaterrors.ErrorEntry
import io.chaterrors.Language
import io.chaterrors.LocalizedText
import io.chaterrors.NativeErrorCode
import io.chaterrors.Seed
import io.chaterrors.Space
import io.chaterrors.WebErrorCode
import io.chaterrors.get
import java.io.File
import java.nio.charset.CharacterCodingException
import java.util.concurrent.Callable
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.DynamicTest
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestFactory
import io.chaterrors.uniffi.catalogVersion as rawCatalogVersion
import io.chaterrors.uniffi.entries as rawEntries
import io.chaterrors.uniffi.languageFromTag as rawLanguageFromTag
import io.chaterrors.uniffi.lookup as rawLookup
import io.chaterrors.uniffi.lookupName as rawLookupName
import io.chaterrors.uniffi.lookupNameAny as rawLookupNameAny
import io.chaterrors.uniffi.message as rawMessage
import io.chaterrors.uniffi.search as rawSearch

/**
 * Collects the checks of one test and fails it at the end with the first
 * failures listed, so that one run reports every difference, not only the first.
 */
class Checks {
    private var passed = 0
    private val failures = ArrayList<String>()

    fun check(what: String, condition: Boolean) {
        if (condition) passed++ else failures.add(what)
    }

    fun equal(what: String, expected: Any?, actual: Any?) {
        check("$what: expected <$expected>, got <$actual>", expected == actual)
    }

    /** Fails when a check failed; a test that checked nothing fails too. */
    fun verify() {
        check("at least one check ran", passed > 0)
        assertEquals(emptyList<String>(), failures.take(50), "${failures.size} of ${passed + failures.size} checks failed")
    }
}

/** Runs [body] with a fresh [Checks] and verifies it. */
fun checking(body: Checks.() -> Unit) = Checks().apply(body).verify()

/** The expected catalog, read from the JSON export. */
class Expected(path: String) {
    companion object {
        /** The export named by the system property chaterrors.export. */
        val export: Expected by lazy {
            Expected(requireNotNull(System.getProperty("chaterrors.export")) { "system property chaterrors.export is not set" })
        }
    }

    private val document = parseJson(File(path).readText()) as Map<*, *>
    val catalogVersion = document["catalog_version"] as String
    val raw = (document["entries"] as List<*>).map { it as Map<*, *> }
    val entries: List<ErrorEntry> = raw.map { entry(it) }

    /** Entries whose default meaning some SDK emits (its scope is not empty): they have a constant and own their names. */
    private val emitted: Set<Pair<Space, Int>> = raw
        .filter { ((it["meanings"] as List<*>)[0] as Map<*, *>)["scope"].let { scope -> (scope as List<*>).isNotEmpty() } }
        .map { space(it["space"]) to (it["code"] as Long).toInt() }
        .toSet()

    /** Every name of each entry's default meaning (schema 2 `names`: canonical, platform names, aliases). */
    private val names: Map<Pair<Space, Int>, List<String>> = raw.associate { json ->
        val names = json["names"] as Map<*, *>
        val all = names.filterKeys { it != "aliases" }.values.map { it as String } + (names["aliases"] as List<*>).map { it as String }
        (space(json["space"]) to (json["code"] as Long).toInt()) to all
    }

    fun of(space: Space): List<ErrorEntry> = entries.filter { it.space == space }

    /**
     * Whether `entry` has a generated constant: an SDK emits its default meaning and
     * its name finds it (a removed code whose name moved to a code still emitted has none).
     */
    fun emits(entry: ErrorEntry) =
        (entry.space to entry.code) in emitted && expectedNamed(this, entry.space, entry.name, null)?.code == entry.code

    fun namesOf(entry: ErrorEntry): List<String> = names.getValue(entry.space to entry.code)

    private fun entry(json: Map<*, *>) = ErrorEntry(
        space = space(json["space"]),
        code = (json["code"] as Long).toInt(),
        name = json["name"] as String,
        aliases = (json["aliases"] as List<*>).map { it as String },
        category = Category.valueOf((json["category"] as String).uppercase()),
        isTransient = json["transient"] as Boolean,
        action = Action.valueOf((json["action"] as String).uppercase()),
        summary = text(json["summary"]),
        detail = text(json["detail"]),
        seeds = (json["seeds"] as List<*>).map {
            val seed = it as Map<*, *>
            Seed(page = seed["page"] as String, name = seed["name"] as String)
        },
        equivalents = (json["equivalents"] as List<*>).map {
            val ref = it as Map<*, *>
            CodeRef(space = space(ref["space"]), code = (ref["code"] as Long).toInt())
        },
        isDocumented = json["documented"] as Boolean,
        status = status(json["status"]),
        user = text(json["user"]),
        meanings = (json["meanings"] as List<*>).map { meaning(it as Map<*, *>) },
        conflicts = (json["conflicts"] as List<*>).map {
            val conflict = it as Map<*, *>
            Conflict(source = conflict["source"] as String, says = conflict["says"] as String, reason = text(conflict["reason"]))
        },
    )

    private fun meaning(json: Map<*, *>) = Meaning(
        names = (json["names"] as Map<*, *>).let { names ->
            Names(
                canonical = names["canonical"] as String,
                androidEasemob = names["android_easemob"] as String?,
                iosEasemob = names["ios_easemob"] as String?,
                iosAgora = names["ios_agora"] as String?,
                cpp = names["cpp"] as String?,
                unity = names["unity"] as String?,
                harmonyos = names["harmonyos"] as String?,
                aliases = (names["aliases"] as List<*>).map { it as String },
            )
        },
        category = Category.valueOf((json["category"] as String).uppercase()),
        isTransient = json["transient"] as Boolean,
        action = Action.valueOf((json["action"] as String).uppercase()),
        status = status(json["status"]),
        scope = (json["scope"] as List<*>).map {
            val scope = it as Map<*, *>
            Scope(family = family(scope["family"] as String), from = scope["from"] as String?, until = scope["until"] as String?)
        },
        summary = text(json["summary"]),
        detail = text(json["detail"]),
        user = text(json["user"]),
        sources = (json["sources"] as List<*>).map {
            val source = it as Map<*, *>
            Source(source = source["source"] as String, name = source["name"] as String)
        },
    )

    private fun space(json: Any?) = Space.valueOf((json as String).uppercase())

    private fun status(json: Any?) = Status.valueOf((json as String).uppercase())

    private fun text(json: Any?): LocalizedText {
        val text = json as Map<*, *>
        return LocalizedText(en = text["en"] as String, zh = text["zh"] as String)
    }
}

/** The family of an SDK name such as "easemob-ios". */
fun family(name: String) = Family.valueOf(name.uppercase().replace('-', '_'))

fun label(entry: ErrorEntry) = "${entry.space} ${entry.code} ${entry.name}"

/** The fields [entry] compares whole, each labelled by its name. */
private val entryFields = listOf(
    ErrorEntry::space, ErrorEntry::code, ErrorEntry::name, ErrorEntry::aliases, ErrorEntry::category, ErrorEntry::isTransient,
    ErrorEntry::action, ErrorEntry::seeds, ErrorEntry::equivalents, ErrorEntry::isDocumented, ErrorEntry::status, ErrorEntry::user,
    ErrorEntry::conflicts,
)

/** The texts [entry] compares language by language. */
private val entryTexts = listOf(ErrorEntry::summary, ErrorEntry::detail)

/** Compares every field of [actual] with [expected]. */
private fun Checks.entry(what: String, expected: ErrorEntry, actual: ErrorEntry?) {
    val prefix = "$what ${label(expected)}"
    check("$prefix: found", actual != null)
    if (actual == null) return
    for (field in entryFields) equal("$prefix ${field.name}", field.get(expected), field.get(actual))
    for (text in entryTexts) {
        equal("$prefix ${text.name}.en", text.get(expected).en, text.get(actual).en)
        equal("$prefix ${text.name}.zh", text.get(expected).zh, text.get(actual).zh)
    }
    equal("$prefix meaning count", expected.meanings.size, actual.meanings.size)
    expected.meanings.zip(actual.meanings).forEachIndexed { index, (e, a) -> meaning("$prefix meaning $index", e, a) }
}

/** Compares every field of a meaning (a data class: names, texts, scope, sources...). */
fun Checks.meaning(what: String, expected: Meaning, actual: Meaning?) = equal(what, expected, actual)

private fun Checks.entryList(what: String, expected: List<ErrorEntry>, actual: List<ErrorEntry>) {
    equal("$what: entries", expected.map(::label), actual.map(::label))
    expected.zip(actual).forEach { (e, a) -> entry(what, e, a) }
}

private fun asciiUpper(text: String) = buildString { text.forEach { append(if (it in 'a'..'z') it - 32 else it) } }

private fun asciiContains(haystack: String, needle: String) = asciiUpper(haystack).contains(asciiUpper(needle))

/** What the catalog's search should answer, computed from the JSON data. */
private fun expectedSearch(all: List<ErrorEntry>, query: String): List<ErrorEntry> {
    val trimmed = query.trim()
    if (trimmed.isEmpty()) return emptyList()
    // Every meaning's names and its summary, detail and user message in both languages.
    return all.filter { entry ->
        trimmed.toIntOrNull() == entry.code ||
            entry.meanings.any { meaning ->
                (namesOf(meaning) + listOf(meaning.summary, meaning.detail, meaning.user).flatMap { listOf(it.en, it.zh) })
                    .any { asciiContains(it, trimmed) }
            }
    }
}

/** The entries a name finds, web first: in each space, the meaning the documented ranking picks. */
private fun expectedNamed(expected: Expected, name: String): List<ErrorEntry> =
    Space.entries.mapNotNull { space ->
        expectedNamed(expected, space, name, null)?.let { answer -> expected.of(space).first { it.code == answer.code } }
    }

/** The names that find `entry` itself (a name some other code ranks first finds that code instead). */
private fun ownNames(expected: Expected, entry: ErrorEntry) =
    (entry.aliases + entry.name).filter { expectedNamed(expected, entry.space, it, null)?.code == entry.code }

/** Codes of [space] the catalog does not document: every gap, the neighbours and the Int extremes. */
private fun unknownCodes(expected: List<ErrorEntry>): List<Int> {
    val known = expected.map { it.code }.toSet()
    val range = (known.min() - 1)..(known.max() + 1)
    return range.filter { it !in known } + listOf(Int.MIN_VALUE, Int.MIN_VALUE + 1, -100_000, 100_000, Int.MAX_VALUE)
}

private fun unknownMessage(space: Space, code: Int, language: Language): String {
    val spaceName = space.name.lowercase()
    return when (language) {
        Language.EN -> "Unknown error ($spaceName $code)"
        Language.ZH -> "未知错误（$spaceName $code）"
    }
}

/** One thread's view: lookups by code (documented and not) and by name, through both APIs. */
private fun lookupsOf(expected: Expected): List<Any?> {
    val results = ArrayList<Any?>()
    for (space in Space.entries) {
        val entries = expected.of(space)
        for (code in entries.map { it.code } + unknownCodes(entries).take(20)) {
            results.add(ChatErrors.lookup(space, code))
            results.add(ChatErrors.message(space, code, Language.ZH))
        }
        for (entry in entries) {
            results.add(ChatErrors.lookup(space, entry.name.lowercase()))
            results.add(rawLookup(space, entry.code))
        }
    }
    return results
}

/** Many threads race into the first load and look up together; all agree with one thread. */
private fun Checks.concurrency(expected: Expected) {
    val threads = 16
    val start = CountDownLatch(1)
    val pool = Executors.newFixedThreadPool(threads)
    val concurrent = try {
        val futures = (1..threads).map { pool.submit(Callable { start.await(); lookupsOf(expected) }) }
        start.countDown()
        futures.map { it.get() }
    } finally {
        pool.shutdown()
    }
    val single = lookupsOf(expected)
    check("concurrency: single-threaded lookups are not empty", single.isNotEmpty())
    concurrent.forEachIndexed { thread, results ->
        equal("concurrency: thread $thread result count", single.size, results.size)
        check("concurrency: thread $thread agrees with the single-threaded lookups", results == single)
    }
}

/** One entry by code, by each of its names (as spelled and lower-cased) and its message, through the raw API. */
private fun Checks.rawEntry(expected: Expected, entry: ErrorEntry) {
    entry("raw lookup", entry, rawLookup(entry.space, entry.code))
    for (name in ownNames(expected, entry)) {
        entry("raw lookupName($name)", entry, rawLookupName(entry.space, name))
        entry("raw lookupName(${name.lowercase()})", entry, rawLookupName(entry.space, name.lowercase()))
        entryList("raw lookupNameAny($name)", expectedNamed(expected, name), rawLookupNameAny(name))
    }
    for (language in Language.entries) {
        equal("raw message ${label(entry)} $language", entry.summary.get(language), rawMessage(entry.space, entry.code, language))
    }
}

private fun Checks.rawApi(expected: Expected) {
    equal("raw catalogVersion", expected.catalogVersion, rawCatalogVersion())
    for (space in Space.entries) entryList("raw entries($space)", expected.of(space), rawEntries(space))
    for (query in searchQueries(expected)) {
        entryList("raw search(\"$query\")", expectedSearch(expected.entries, query), rawSearch(query))
    }
    equal("raw languageFromTag(zh-CN)", Language.ZH, rawLanguageFromTag("zh-CN"))
    equal("raw languageFromTag(zh_Hans)", Language.ZH, rawLanguageFromTag("zh_Hans"))
    equal("raw languageFromTag(EN-us)", Language.EN, rawLanguageFromTag("EN-us"))
    equal("raw languageFromTag(fr-FR)", null, rawLanguageFromTag("fr-FR"))
    equal("raw languageFromTag(empty)", null, rawLanguageFromTag(""))
}

/** Every name and code, a lower-cased name, a piece of text in each language, and queries matching nothing. */
private fun searchQueries(expected: Expected): List<String> {
    val first = expected.entries.first()
    return expected.entries.map { it.name } + expected.entries.map { it.code.toString() } + listOf(
        first.name.lowercase(),
        " ${first.name} ",
        first.summary.en.take(8),
        first.summary.zh.take(2),
        first.detail.zh.takeLast(3),
        "",
        "   ",
        "no such error anywhere",
    )
}

/** One entry by code, by each of its names, its message and its exception, through the idiomatic layer. */
private fun Checks.idiomaticEntry(expected: Expected, entry: ErrorEntry) {
    entry("lookup", entry, ChatErrors.lookup(entry.space, entry.code))
    for (name in ownNames(expected, entry)) {
        entry("lookup($name)", entry, ChatErrors.lookup(entry.space, name))
        entry("lookup(${name.lowercase()})", entry, ChatErrors.lookup(entry.space, name.lowercase()))
        entryList("lookupAny($name)", expectedNamed(expected, name), ChatErrors.lookupAny(name))
    }
    for (language in Language.entries) {
        equal("message ${label(entry)} $language", entry.summary.get(language), ChatErrors.message(entry.space, entry.code, language))
        val exception = ChatErrorException(entry.space, entry.code, language)
        equal("exception ${label(entry)} $language message", entry.summary.get(language), exception.message)
        equal("exception ${label(entry)} $language localizedMessage", entry.user.get(language), exception.localizedMessage)
        equal("exception ${label(entry)} $language userMessage", entry.user.get(language), exception.userMessage)
        equal("userMessage ${label(entry)} $language", entry.user.get(language), ChatErrors.userMessage(entry.space, entry.code, language))
        equal("exception ${label(entry)} status", entry.status, exception.status)
        equal("exception ${label(entry)} code", entry.code, exception.code)
        equal("exception ${label(entry)} transient", entry.isTransient, exception.isTransient)
        equal("exception ${label(entry)} action", entry.action, exception.action)
        val constant = if (expected.emits(entry)) entry.name else null
        equal("exception ${label(entry)} errorCode", constant, (exception.errorCode as Enum<*>?)?.name)
    }
}

private fun Checks.idiomatic(expected: Expected) {
    equal("catalogVersion", expected.catalogVersion, ChatErrors.catalogVersion)
    for (space in Space.entries) entryList("entries($space)", expected.of(space), ChatErrors.entries(space))
    for (query in searchQueries(expected)) {
        entryList("search(\"$query\")", expectedSearch(expected.entries, query), ChatErrors.search(query))
    }
    equal("language(zh-Hans-CN)", Language.ZH, ChatErrors.language("zh-Hans-CN"))
    equal("language(de, fallback ZH)", Language.ZH, ChatErrors.language("de", Language.ZH))
    equal("language(empty)", Language.EN, ChatErrors.language(""))
}

private fun constantsOf(space: Space): List<ErrorCode> = when (space) {
    Space.WEB -> WebErrorCode.entries
    Space.NATIVE -> NativeErrorCode.entries
}

private fun fromCode(space: Space, code: Int): ErrorCode? = when (space) {
    Space.WEB -> WebErrorCode.fromCode(code)
    Space.NATIVE -> NativeErrorCode.fromCode(code)
}

/** The generated constants are exactly the catalog: same names, codes and order. */
private fun Checks.constants(expected: Expected) {
    for (space in Space.entries) {
        val entries = expected.of(space).filter { expected.emits(it) }
        val constants = constantsOf(space)
        equal("constants of $space: names", entries.map { it.name }, constants.map { (it as Enum<*>).name })
        equal("constants of $space: codes", entries.map { it.code }, constants.map { it.code })
        for (constant in constants) {
            equal("constant ${(constant as Enum<*>).name} space", space, constant.space)
            equal("constant ${constant.name} fromCode", constant, fromCode(space, constant.code))
            equal("constant ${constant.name} entry", constant.name, ChatErrors.lookup(constant)?.name)
            equal("constant ${constant.name} exception code", constant.code, ChatErrorException(constant).code)
        }
    }
    val disconnected = WebErrorCode.fromCode(16)
    val message = when (disconnected) {
        WebErrorCode.WEBIM_CONNCTION_DISCONNECTED -> "disconnected"
        else -> "other"
    }
    equal("when over WebErrorCode.fromCode(16)", "disconnected", message)
}

private fun Checks.unknownCodes(expected: Expected) {
    for (space in Space.entries) {
        for (code in unknownCodes(expected.of(space))) {
            val what = "unknown $space $code"
            equal("$what: raw lookup", null, rawLookup(space, code))
            equal("$what: lookup", null, ChatErrors.lookup(space, code))
            equal("$what: fromCode", null, fromCode(space, code))
            for (language in Language.entries) {
                val message = unknownMessage(space, code, language)
                equal("$what: raw message $language", message, rawMessage(space, code, language))
                equal("$what: message $language", message, ChatErrors.message(space, code, language))
                val exception = ChatErrorException(space, code, language)
                equal("$what: exception message $language", message, exception.message)
                equal("$what: exception localizedMessage $language", message, exception.localizedMessage)
                equal("$what: userMessage $language", message, ChatErrors.userMessage(space, code, language))
                equal("$what: exception entry", null, exception.entry)
                equal("$what: exception transient", false, exception.isTransient)
            }
        }
    }
}

/** Names the bindings can be given that match nothing: each gets null (or an empty list). */
private fun Checks.badNames(expected: Expected) {
    val known = expected.entries.first { it.space == Space.WEB && 'I' in it.name }.name
    val names = listOf(
        "" to "empty",
        "A".repeat(1 shl 20) to "1 MiB",
        "${known}_${"Z".repeat(1 shl 20)}" to "1 MiB starting with a name",
        "NO_SUCH_ERROR_NAME" to "unknown",
        " $known" to "leading blank",
        "$known\u0000" to "trailing NUL",
        known.replace('I', 'ı') to "dotless i (not ASCII)",
        known.lowercase().replace('i', 'İ') to "dotted capital I (not ASCII)",
    )
    for ((name, what) in names) {
        for (space in Space.entries) {
            equal("bad name ($what) $space: raw lookupName", null, rawLookupName(space, name))
            equal("bad name ($what) $space: lookup", null, ChatErrors.lookup(space, name))
        }
        equal("bad name ($what): raw lookupNameAny", emptyList<ErrorEntry>(), rawLookupNameAny(name))
        equal("bad name ($what): lookupAny", emptyList<ErrorEntry>(), ChatErrors.lookupAny(name))
    }
    equal("search of 1 MiB", emptyList<ErrorEntry>(), ChatErrors.search("Q".repeat(1 shl 20)))
    malformedText(known)
}

/**
 * A Kotlin string that is not well-formed UTF-16 (a lone surrogate) cannot be
 * lowered to UTF-8: the raw API throws CharacterCodingException (UniFFI's
 * answer); the idiomatic layer answers like an unknown name, an empty search
 * and an unknown language tag.
 */
private fun Checks.malformedText(known: String) {
    for (text in listOf("\uD800", "$known\uDC00", "zh\uD800")) {
        val what = "malformed UTF-16 ${text.length} chars"
        for (space in Space.entries) {
            equal("$what $space: lookup", null, ChatErrors.lookup(space, text))
            equal("$what $space: raw lookupName throws", true, throwsCodingError { rawLookupName(space, text) })
        }
        equal("$what: lookupAny", emptyList<ErrorEntry>(), ChatErrors.lookupAny(text))
        equal("$what: search", emptyList<ErrorEntry>(), ChatErrors.search(text))
        equal("$what: language", Language.ZH, ChatErrors.language(text, Language.ZH))
        equal("$what: raw search throws", true, throwsCodingError { rawSearch(text) })
    }
}

private fun throwsCodingError(call: () -> Unit): Boolean =
    try {
        call()
        false
    } catch (error: CharacterCodingException) {
        true
    }

/** The tests, one per concern; per-entry checks are one dynamic test per entry. */
class BindingsTest {
    private val expected = Expected.export

    @Test
    fun `the export has entries in both spaces and the library version matches the artifact`() = checking {
        check("the export has entries in both spaces", Space.entries.all { expected.of(it).isNotEmpty() })
        equal("catalog version of the export vs the Maven artifact", System.getProperty("chaterrors.version"), expected.catalogVersion)
    }

    @Test
    fun `sixteen threads racing into the first load agree with one thread`() = checking { concurrency(expected) }

    @TestFactory
    fun `every entry through the raw UniFFI API`(): List<DynamicTest> = expected.entries.map { entry ->
        DynamicTest.dynamicTest(label(entry)) { checking { rawEntry(expected, entry) } }
    }

    @Test
    fun `raw UniFFI API over whole spaces, search and language tags`() = checking { rawApi(expected) }

    @TestFactory
    fun `every entry through the idiomatic layer`(): List<DynamicTest> = expected.entries.map { entry ->
        DynamicTest.dynamicTest(label(entry)) { checking { idiomaticEntry(expected, entry) } }
    }

    @Test
    fun `idiomatic layer over whole spaces, search and language tags`() = checking { idiomatic(expected) }

    @Test
    fun `generated constants are exactly the catalog`() = checking { constants(expected) }

    @Test
    fun `unknown codes get the unknown-error message and no entry`() = checking { unknownCodes(expected) }

    @Test
    fun `bad names and malformed text get null, empty or the fallback`() = checking { badNames(expected) }
}
