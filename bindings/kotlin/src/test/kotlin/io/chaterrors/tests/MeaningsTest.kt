// JUnit 5 tests of schema 2 through the Kotlin library: every meaning of every
// entry in the SDK contexts of its scope, the disagreements between SDKs in
// each context, iOS-style names, the SDK list, deprecation marks, and bad SDK
// texts. Every expected answer is derived here from the JSON export's scopes
// and the lookup rules in README.md, never from the library's output.

package io.chaterrors.tests

import io.chaterrors.ChatErrorException
import io.chaterrors.ChatErrors
import io.chaterrors.ErrorEntry
import io.chaterrors.Fit
import io.chaterrors.Found
import io.chaterrors.Language
import io.chaterrors.NativeErrorCode
import io.chaterrors.Sdk
import io.chaterrors.SdkException
import io.chaterrors.Space
import io.chaterrors.Status
import io.chaterrors.WebErrorCode
import io.chaterrors.defaultMeaning
import io.chaterrors.get
import io.chaterrors.isVariant
import io.chaterrors.variants
import org.junit.jupiter.api.DynamicTest
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestFactory
import io.chaterrors.uniffi.lookupIn as rawLookupIn
import io.chaterrors.uniffi.lookupName as rawLookupName
import io.chaterrors.uniffi.lookupNameIn as rawLookupNameIn
import io.chaterrors.uniffi.sdks as rawSdks
import io.chaterrors.uniffi.SdkException as RawSdkException

/** The highest value of a version part: a missing part of a release line's end. */
private const val NEWEST = 65535

/** `MAJOR[.MINOR[.PATCH]]` padded to three parts with [missing]. */
private fun padded(version: String, missing: Int): List<Int> {
    val parts = version.split('.').map { it.toInt() }
    return parts + List(3 - parts.size) { missing }
}

private fun compare(left: List<Int>, right: List<Int>): Int =
    left.zip(right).map { (l, r) -> l.compareTo(r) }.firstOrNull { it != 0 } ?: 0

/** An SDK context of the tests: `family` or `family@VERSION`, null for none. */
internal data class Context(val family: String, val version: String?) {
    val text = if (version == null) family else "$family@$version"

    /** README: a partial version means the newest release of its line, none the newest release. */
    private val point = version?.let { padded(it, NEWEST) } ?: List(3) { NEWEST }

    /** README: `from` and `until` inclusive, a partial `from` the first release of its line, a partial `until` its newest. */
    fun within(scope: io.chaterrors.Scope): Boolean =
        family(family) == scope.family &&
            (scope.from == null || compare(padded(scope.from!!, 0), point) <= 0) &&
            (scope.until == null || compare(point, padded(scope.until!!, NEWEST)) <= 0)

    /** The name a family's SDK prints for a meaning (README: the platform's key where it prints another name). */
    fun nameOf(meaning: io.chaterrors.Meaning): String {
        val names = meaning.names
        val platform = when (family) {
            "easemob-android" -> names.androidEasemob
            "easemob-ios" -> names.iosEasemob
            "agora-ios" -> names.iosAgora
            "easemob-windows", "agora-windows", "easemob-cpp" -> names.cpp
            "easemob-unity", "agora-unity" -> names.unity
            "easemob-harmonyos" -> names.harmonyos
            else -> null
        }
        return platform ?: names.canonical
    }

    companion object {
        fun of(text: String): Context = text.split('@', limit = 2).let { Context(it[0], it.getOrNull(1)) }
    }
}

/** What a lookup should answer: the meaning's index, how it was chosen, and the name. */
internal data class Answer(val code: Int, val index: Int, val fit: Fit, val name: String)

/** The answer for [entry] in [context], from the export's scopes. */
private fun expectedAnswer(entry: ErrorEntry, context: Context?): Answer {
    if (context == null) return Answer(entry.code, 0, Fit.DEFAULT, entry.meanings[0].names.canonical)
    val index = entry.meanings.indexOfFirst { meaning -> meaning.scope.any { context.within(it) } }
    return if (index < 0) {
        Answer(entry.code, 0, Fit.UNSCOPED, context.nameOf(entry.meanings[0]))
    } else {
        Answer(entry.code, index, Fit.EMITTED, context.nameOf(entry.meanings[index]))
    }
}

private fun asciiUpper(text: String) = buildString { text.forEach { append(if (it in 'a'..'z') it - 32 else it) } }

internal fun namesOf(meaning: io.chaterrors.Meaning) = with(meaning.names) {
    listOfNotNull(canonical, androidEasemob, iosEasemob, iosAgora, cpp, unity, harmonyos) + aliases
}

/**
 * The meaning [name] finds in [space] (README and docs: the SDK's meaning
 * first, then a default meaning before a variant, current before deprecated
 * before removed, then the lower code).
 */
internal fun expectedNamed(expected: Expected, space: Space, name: String, context: Context?): Answer? {
    val candidates = expected.of(space).flatMap { entry ->
        entry.meanings.mapIndexedNotNull { index, meaning ->
            if (namesOf(meaning).none { asciiUpper(it) == asciiUpper(name) }) return@mapIndexedNotNull null
            val emitted = context != null && meaning.scope.any { context.within(it) }
            val rank = (if (emitted) 0 else 8) + (if (index != 0) 4 else 0) + meaning.status.ordinal
            Triple(rank, entry, index)
        }
    }
    val (rank, entry, index) = candidates.minWithOrNull(compareBy({ it.first }, { it.second.code })) ?: return null
    val fit = when {
        context == null -> Fit.DEFAULT
        rank < 8 -> Fit.EMITTED
        else -> Fit.UNSCOPED
    }
    return Answer(entry.code, index, fit, context?.nameOf(entry.meanings[index]) ?: entry.meanings[index].names.canonical)
}

/** Compares a found answer with the expected one (and the meaning with the export's). */
private fun Checks.found(what: String, expected: Expected, space: Space, answer: Answer?, actual: Found?) {
    equal("$what: code", answer?.code, actual?.entry?.code)
    if (answer == null || actual == null) return
    val entry = expected.of(space).first { it.code == answer.code }
    equal("$what: meaning index", answer.index, actual.meaningIndex)
    equal("$what: fit", answer.fit, actual.fit)
    equal("$what: name", answer.name, actual.name)
    equal("$what: isVariant", answer.index != 0, actual.isVariant)
    meaning("$what: meaning", entry.meanings[answer.index], actual.meaning)
}

/** The contexts of one scope: the family alone (when open-ended) and each bound. */
private fun contextsOf(scope: io.chaterrors.Scope): List<Context> {
    val family = scope.family.name.lowercase().replace('_', '-')
    return listOfNotNull(
        Context(family, null).takeIf { scope.until == null },
        scope.from?.let { Context(family, it) },
        scope.until?.let { Context(family, it) },
    )
}

/** One entry: each meaning in every context of its scope, by code and by each of its names, raw and idiomatic. */
private fun Checks.meanings(expected: Expected, entry: ErrorEntry) {
    val space = entry.space
    val idiomatic = ChatErrors.lookup(space, entry.code)
    equal("${label(entry)} defaultMeaning", entry.meanings[0], idiomatic?.defaultMeaning)
    equal("${label(entry)} variants", entry.meanings.drop(1), idiomatic?.variants)
    val contexts = listOf<Context?>(null) + entry.meanings.flatMap { meaning -> meaning.scope.flatMap(::contextsOf) }
    for (context in contexts.distinct()) {
        val what = "${label(entry)} in ${context?.text ?: "no context"}"
        val answer = expectedAnswer(entry, context)
        found("$what: raw lookupIn", expected, space, answer, rawLookupIn(space, entry.code, context?.text))
        val sdk = context?.let { Sdk.parse(it.text) }
        found("$what: lookupIn", expected, space, answer, ChatErrors.lookupIn(space, entry.code, sdk))
        if (context != null) found("$what: lookupIn(text)", expected, space, answer, ChatErrors.lookupIn(space, entry.code, context.text))
        val meaning = entry.meanings[answer.index]
        for (language in Language.entries) {
            equal("$what: message $language", meaning.summary.get(language), ChatErrors.message(space, entry.code, language, sdk))
            equal("$what: userMessage $language", meaning.user.get(language), ChatErrors.userMessage(space, entry.code, language, sdk))
            val exception = ChatErrorException(space, entry.code, language, sdk = sdk)
            equal("$what: exception message $language", meaning.summary.get(language), exception.message)
            equal("$what: exception localizedMessage $language", meaning.user.get(language), exception.localizedMessage)
            equal("$what: exception transient", meaning.isTransient, exception.isTransient)
            equal("$what: exception action", meaning.action, exception.action)
            equal("$what: exception status", meaning.status, exception.status)
        }
        for (name in entry.meanings.flatMap(::namesOf).distinct()) {
            for (spelling in listOf(name, name.lowercase())) {
                val named = expectedNamed(expected, space, spelling, context)
                found("$what: raw lookupNameIn($spelling)", expected, space, named, rawLookupNameIn(space, spelling, context?.text))
                found("$what: lookupIn($spelling)", expected, space, named, ChatErrors.lookupIn(space, spelling, sdk))
                if (context == null) {
                    equal("$what: lookup($spelling)", named?.code, ChatErrors.lookup(space, spelling)?.code)
                    equal("$what: raw lookupName($spelling)", named?.code, rawLookupName(space, spelling)?.code)
                }
            }
        }
    }
}

/** The codes the model issue lists as disagreements, and the contexts asked about. */
private val disagreements = listOf(605, 606, 900, 901, 902, 706, 1403, 209, 221)
private val contexts = listOf("easemob-android", "easemob-ios@3.9", "easemob-ios@4.15.0", "agora-ios@1.2.0", "agora-ios", null)

class MeaningsTest {
    private val expected = Expected.export

    @TestFactory
    fun `every meaning in every SDK context of its scope, raw and idiomatic`(): List<DynamicTest> = expected.entries.map { entry ->
        DynamicTest.dynamicTest(label(entry)) { checking { meanings(expected, entry) } }
    }

    @Test
    fun `the disagreements in each SDK context`() = checking {
        for (code in disagreements) {
            val entry = expected.of(Space.NATIVE).first { it.code == code }
            for (text in contexts) {
                val context = text?.let { Context.of(it) }
                val what = "native $code in ${text ?: "no context"}"
                val answer = expectedAnswer(entry, context)
                found("$what: raw", expected, Space.NATIVE, answer, rawLookupIn(Space.NATIVE, code, text))
                val sdk = text?.let { Sdk.parse(it) }
                found("$what: idiomatic", expected, Space.NATIVE, answer, ChatErrors.lookupIn(Space.NATIVE, code, sdk))
                val exception = ChatErrorException(Space.NATIVE, code, Language.ZH, sdk = sdk)
                equal("$what: exception localizedMessage", entry.meanings[answer.index].user.zh, exception.localizedMessage)
            }
        }
        // They are disagreements: 605, 606 and 706 mean something else in some of these contexts.
        for (code in listOf(605, 606, 706)) {
            val entry = expected.of(Space.NATIVE).first { it.code == code }
            val meanings = contexts.map { expectedAnswer(entry, it?.let(Context::of)).index }.toSet()
            check("native $code has more than one meaning across the contexts", meanings.size > 1)
        }
    }

    @Test
    fun `iOS-style names resolve`() = checking {
        for (name in listOf("EMErrorGroupNotExist", "AgoraChatErrorGroupNotExist", "EMErrorTokeWillExpire")) {
            for (text in contexts) {
                val answer = expectedNamed(expected, Space.NATIVE, name, text?.let(Context::of))
                check("$name is in the export", answer != null)
                found("$name in ${text ?: "no context"}", expected, Space.NATIVE, answer,
                    ChatErrors.lookupIn(Space.NATIVE, name, text?.let { Sdk.parse(it) }))
            }
            equal("$name lookup", expectedNamed(expected, Space.NATIVE, name, null)?.code, ChatErrors.lookup(Space.NATIVE, name)?.code)
            equal("$name lookupAny", listOfNotNull(expectedNamed(expected, Space.NATIVE, name, null)?.code),
                ChatErrors.lookupAny(name).map { it.code })
        }
    }

    @Test
    fun `sdks lists every family of the scopes with every bound`() = checking {
        val families = ChatErrors.sdks.associateBy { it.name }
        equal("raw sdks", rawSdks(), ChatErrors.sdks)
        for (scope in expected.entries.flatMap { it.meanings }.flatMap { it.scope }) {
            val name = scope.family.name.lowercase().replace('_', '-')
            val family = families[name]
            check("sdks has $name", family != null && family.family == scope.family)
            for (bound in listOfNotNull(scope.from, scope.until)) {
                check("sdks: $name knows $bound", family != null && bound in family.versions)
            }
        }
        for (family in ChatErrors.sdks) {
            equal("Sdk.parse(${family.name})", family.name, Sdk.parse(family.name).text)
            for (version in family.versions) {
                val sdk = Sdk.parse("${family.name}@$version")
                equal("Sdk.parse(${family.name}@$version)", "${family.name}@$version", sdk.text)
                equal("Sdk.parse(${family.name}@$version) family", family.family, sdk.family)
                equal("Sdk.parse(${family.name}@$version) version", version, sdk.version)
            }
        }
        equal("Sdk equality", Sdk.parse("easemob-ios@3.9"), Sdk.parse("easemob-ios@3.9"))
    }

    @Test
    fun `deprecated and removed constants carry @Deprecated`() = checking {
        val constants = WebErrorCode.entries.map { Space.WEB to it.name } + NativeErrorCode.entries.map { Space.NATIVE to it.name }
        var marked = 0
        for ((space, name) in constants) {
            val entry = expected.of(space).first { it.name == name && expected.emits(it) }
            val type = if (space == Space.WEB) WebErrorCode::class.java else NativeErrorCode::class.java
            val deprecated = type.getField(name).getAnnotation(Deprecated::class.java)
            equal("$space $name: @Deprecated when ${entry.status}", entry.status != Status.CURRENT, deprecated != null)
            if (deprecated != null) {
                marked++
                val prefix = if (entry.status == Status.DEPRECATED) "Deprecated: " else "Removed: "
                check("$space $name: the message says $prefix", deprecated.message.startsWith(prefix))
                check("$space $name: the message names the code", deprecated.message.contains("$space ${entry.code}".lowercase()))
            }
        }
        check("some constant is marked", marked > 0)
        @Suppress("DEPRECATION")
        val serviceArrearages = NativeErrorCode.SERVICE_ARREARAGES
        equal("a deprecated constant still looks up", Status.DEPRECATED, ChatErrors.lookup(serviceArrearages)?.status)
    }

    @Test
    fun `bad SDK texts get SdkException`() = checking {
        val unknown = listOf(
            "", "nope", "EASEMOB-IOS", " easemob-ios", "easemob-ios ", "@3.9", "easemob_ios@3.9",
            "x".repeat(1 shl 20), "easemob-ios\u0000", "\uD800", "\uD800@3.9", "easemob-ios\uDC00@3.9",
        )
        val malformed = listOf(
            "easemob-ios@", "easemob-ios@3.9.1.2", "easemob-ios@65536", "easemob-ios@99999999999999999999",
            "easemob-ios@-1", "easemob-ios@3..9", "easemob-ios@3.9 ", "easemob-ios@v3", "easemob-ios@3@4",
            "easemob-ios@" + "9".repeat(1 shl 20), "easemob-ios@" + "1.".repeat(1 shl 19) + "1", "easemob-ios@3.\uDC00",
            "easemob-ios@\u0663", "easemob-ios@3.9\u0000",
        )
        for ((texts, kind) in listOf(unknown to RawSdkException.UnknownFamily::class, malformed to RawSdkException.MalformedVersion::class)) {
            for (text in texts) {
                val what = "SDK text of ${text.length} chars (${text.take(20)})"
                val wellFormed = text.none { it.isSurrogate() }
                val calls = listOf<Pair<String, () -> Any?>>(
                    "Sdk.parse" to { Sdk.parse(text) },
                    "lookupIn(code)" to { ChatErrors.lookupIn(Space.NATIVE, 605, text) },
                    "lookupIn(name)" to { ChatErrors.lookupIn(Space.NATIVE, "GROUP_NOT_EXIST", text) },
                ) + if (wellFormed) {
                    listOf<Pair<String, () -> Any?>>(
                        "raw lookupIn" to { rawLookupIn(Space.NATIVE, 605, text) },
                        "raw lookupNameIn" to { rawLookupNameIn(Space.NATIVE, "GROUP_NOT_EXIST", text) },
                    )
                } else {
                    emptyList()
                }
                for ((call, body) in calls) {
                    val thrown = try {
                        body()
                        null
                    } catch (error: SdkException) {
                        error
                    }
                    equal("$what: $call throws", kind, thrown?.let { it::class })
                    check("$what: $call says why", !thrown?.message.isNullOrEmpty())
                }
            }
        }
        for (text in listOf("easemob-ios@0", "easemob-ios@65535.65535.65535", "agora-web@1", "easemob-cpp")) {
            val context = Context.of(text)
            val entry = expected.of(Space.NATIVE).first { it.code == 605 }
            found("edge SDK $text", expected, Space.NATIVE, expectedAnswer(entry, context), ChatErrors.lookupIn(Space.NATIVE, 605, text))
        }
        // Names that are not well-formed or far too long, in an SDK context: no answer.
        val sdk = Sdk.parse("easemob-ios@3.9")
        for (name in listOf("\uD800", "EMErrorGroupNotExist\uDC00", "A".repeat(1 shl 20), "")) {
            equal("bad name of ${name.length} chars in an SDK context", null, ChatErrors.lookupIn(Space.NATIVE, name, sdk))
        }
        for (code in listOf(Int.MIN_VALUE, -1, 12345, Int.MAX_VALUE)) {
            equal("unknown code $code in an SDK context", null, ChatErrors.lookupIn(Space.NATIVE, code, sdk))
            equal("unknown code $code user message", "Unknown error (native $code)", ChatErrors.userMessage(Space.NATIVE, code, sdk = sdk))
        }
    }
}
