// The idiomatic Kotlin layer over the UniFFI bindings (package io.chaterrors.uniffi).
//
// A UniFFI call costs tens of microseconds over JNA; a lookup here costs a
// table probe. ChatErrors reads each space's catalog once, in one JNI call
// (NativeCatalog.kt: no JNA on that path, so a first answer is quick), decodes
// an entry the first time it is asked for, and answers code and name lookups
// from Kotlin-side tables (a name spelled in another case is looked up by the
// library, which owns the name rule). Lookups in an SDK's context use an
// [Sdk], which asks the library once per space which meaning that SDK gets
// for every code, and caches the answers. Everything else is UniFFI's.

package io.chaterrors

import io.chaterrors.uniffi.languageFromTag as ffiLanguageFromTag
import io.chaterrors.uniffi.lookupName as ffiLookupName
import io.chaterrors.uniffi.lookupNameIn as ffiLookupNameIn
import io.chaterrors.uniffi.meaningsIn as ffiMeaningsIn
import io.chaterrors.uniffi.message as ffiMessage
import io.chaterrors.uniffi.parseSdk as ffiParseSdk
import io.chaterrors.uniffi.sdks as ffiSdks
import io.chaterrors.uniffi.search as ffiSearch
import java.util.Arrays
import java.util.concurrent.ConcurrentHashMap
import java.util.concurrent.atomic.AtomicReferenceArray

/** A numbering space: the same number means different things in each. */
typealias Space = io.chaterrors.uniffi.Space

/** A language the catalog's text is written in. */
typealias Language = io.chaterrors.uniffi.Language

/** What an error is about. */
typealias Category = io.chaterrors.uniffi.Category

/** The recovery a developer should take. */
typealias Action = io.chaterrors.uniffi.Action

/** One documented error code with everything the catalog knows about it. */
typealias ErrorEntry = io.chaterrors.uniffi.ErrorEntry

/** A text in every language of the catalog. */
typealias LocalizedText = io.chaterrors.uniffi.LocalizedText

/** An official documentation page that lists a code. */
typealias Seed = io.chaterrors.uniffi.Seed

/** A code in a numbering space. */
typealias CodeRef = io.chaterrors.uniffi.CodeRef

/** One meaning of a code: names per platform, texts, user message, status, SDK scope, sources. */
typealias Meaning = io.chaterrors.uniffi.Meaning

/** A meaning's names: canonical, per platform (`iosEasemob`: EMError..., `iosAgora`: AgoraChatError...), aliases. */
typealias Names = io.chaterrors.uniffi.Names

/** The releases of one SDK family that emit a meaning (`from` and `until` inclusive, null when open). */
typealias Scope = io.chaterrors.uniffi.Scope

/** A source (SDK header extract or documentation page) that lists a meaning, with the name it prints. */
typealias Source = io.chaterrors.uniffi.Source

/** A source that says something else about a code, and why the catalog does not follow it. */
typealias Conflict = io.chaterrors.uniffi.Conflict

/** Whether SDKs still emit a meaning: CURRENT, DEPRECATED (going away) or REMOVED. */
typealias Status = io.chaterrors.uniffi.Status

/** An SDK family (`easemob-ios`, `agora-android`...). */
typealias Family = io.chaterrors.uniffi.Family

/** An SDK family and the releases the catalog knows of it. */
typealias SdkFamily = io.chaterrors.uniffi.SdkFamily

/** How a [Found] meaning relates to the SDK asked about: DEFAULT (no SDK), EMITTED, UNSCOPED (default, as a guess). */
typealias Fit = io.chaterrors.uniffi.Fit

/**
 * A lookup's answer: the [Found.entry], the [Found.meaning] that applies (index
 * [Found.meaningIndex] in `entry.meanings`, 0 for the default), how it was
 * chosen ([Found.fit]) and the name the SDK asked about prints ([Found.name]).
 */
typealias Found = io.chaterrors.uniffi.Found

/**
 * Why a text is not an SDK: [SdkException.UnknownFamily] or
 * [SdkException.MalformedVersion], with the reason as message.
 */
typealias SdkException = io.chaterrors.uniffi.SdkException

/** The default meaning: what the newest Easemob Android (native) or Web (web) SDK means. */
val ErrorEntry.defaultMeaning: Meaning
    get() = meanings[0]

/** The meanings other SDKs or older releases emit instead of the default. */
val ErrorEntry.variants: List<Meaning>
    get() = meanings.drop(1)

/** The default meaning's names on every platform. */
val ErrorEntry.names: Names
    get() = meanings[0].names

/** Whether the meaning is one of the entry's variants (not its default). */
val Found.isVariant: Boolean
    get() = meaningIndex != 0

/** Every name: canonical, the platforms' names, aliases (a name may repeat). */
fun Names.all(): List<String> = listOfNotNull(canonical, androidEasemob, iosEasemob, iosAgora, cpp, unity, harmonyos) + aliases

/**
 * An SDK a code was received from: a family, and optionally its release
 * (`easemob-ios@3.9`: the newest 3.9.x; no version: the newest release).
 * [parse] validates the text once; lookups with an Sdk are answered from a
 * cache it fills, per space, in one library call. Thread-safe; keep one per
 * SDK your app uses. Equal when [text] is.
 */
class Sdk private constructor(release: io.chaterrors.uniffi.SdkRelease) {
    /** The family. */
    val family: Family = release.family

    /** The release or release line, normalized (`3.9`); null: the newest release. */
    val version: String? = release.version

    /** `family` or `family@VERSION`, normalized. */
    val text: String = release.text

    private val answers: List<Lazy<Map<Int, Found>>> = Space.entries.map { space ->
        lazy {
            val entries = ChatErrors.entries(space).associateBy { it.code }
            uniffi { ffiMeaningsIn(space, text) }.associate { choice ->
                val entry = entries.getValue(choice.code)
                choice.code to Found(entry, choice.meaningIndex, entry.meanings[choice.meaningIndex], choice.fit, choice.name)
            }
        }
    }

    internal fun found(space: Space, code: Int): Found? = answers[space.ordinal].value[code]

    override fun equals(other: Any?): Boolean = other is Sdk && other.text == text

    override fun hashCode(): Int = text.hashCode()

    override fun toString(): String = text

    companion object {
        /**
         * Parses `family` or `family@MAJOR[.MINOR[.PATCH]]` (family names as in
         * [ChatErrors.sdks]; each version part digits, at most 65535).
         *
         * @throws SdkException.UnknownFamily for an unknown family (any text before `@`,
         *   a malformed UTF-16 one included)
         * @throws SdkException.MalformedVersion for a version that is not `MAJOR[.MINOR[.PATCH]]`
         */
        @JvmStatic
        @Throws(SdkException::class)
        fun parse(text: String): Sdk = Sdk(uniffi { ffiParseSdk(wellFormed(text)) })
    }
}

/** A generated code constant ([WebErrorCode], [NativeErrorCode]). */
sealed interface ErrorCode {
    /** The numbering space of the code. */
    val space: Space

    /** The SDK code. */
    val code: Int
}

/** The text of [text] in [language]. */
fun LocalizedText.get(language: Language): String =
    when (language) {
        Language.EN -> en
        Language.ZH -> zh
    }

/**
 * The catalog, cached on the Kotlin side. Each space is read on first use in
 * one JNI call, each entry decoded on first use; after that every lookup is
 * answered from Kotlin tables. The library is checked when it loads: one of
 * another catalog version than this layer's is refused (UnsatisfiedLinkError).
 * Thread-safe.
 */
object ChatErrors {
    // Plain fields rather than Kotlin's lazy: a first answer loads no class it does not need.
    private val tables = AtomicReferenceArray<SpaceTable>(Space.entries.size)

    @Volatile private var sdkFamilies: List<SdkFamily>? = null

    /** The catalog's version (the release that carries it); the library loaded carries the same. */
    val catalogVersion: String = CATALOG_VERSION

    /** The SDK families, with the releases the catalog knows of each (oldest first). */
    val sdks: List<SdkFamily>
        get() = sdkFamilies ?: uniffi { ffiSdks() }.also { sdkFamilies = it }

    private fun table(space: Space): SpaceTable {
        tables.get(space.ordinal)?.let { return it }
        val made = SpaceTable(space)
        return if (tables.compareAndSet(space.ordinal, null, made)) made else tables.get(space.ordinal)
    }

    /** Loads every space now, so later lookups never wait for the library. */
    fun preload() {
        Space.entries.forEach { table(it).entries }
    }

    /** Every entry of [space], in code order. */
    fun entries(space: Space): List<ErrorEntry> = table(space).entries

    /** The entry for [code] in [space], or null when the code is not documented. */
    fun lookup(space: Space, code: Int): ErrorEntry? = table(space).found(code)?.entry

    /** The entry of a generated constant. */
    fun lookup(code: ErrorCode): ErrorEntry? = lookup(code.space, code.code)

    /**
     * The entry of [space] one of whose names is [name] (any platform's:
     * `GROUP_NOT_EXIST`, `EMErrorGroupNotExist`, `AgoraChatErrorGroupNotExist`,
     * aliases; ASCII case-insensitive), or null. Names spelled as the catalog
     * spells them are answered from the Kotlin table; other spellings by the library.
     */
    fun lookup(space: Space, name: String): ErrorEntry? {
        val table = table(space)
        val names = table.names()
        if (name.length > names.longest) return null
        names.byName[name]?.let { return table.named(it).entry }
        if (!isWellFormed(name)) return null
        return uniffi { ffiLookupName(space, name) }?.let { table.found(it.code)?.entry }
    }

    /**
     * The meaning of [code] in [space] for [sdk]: the meaning that SDK emits
     * ([Fit.EMITTED]), else the default one ([Fit.UNSCOPED]); without an SDK the
     * default meaning ([Fit.DEFAULT]). Null when the code is not documented.
     */
    fun lookupIn(space: Space, code: Int, sdk: Sdk? = null): Found? =
        if (sdk == null) table(space).found(code) else sdk.found(space, code)

    /**
     * [lookupIn] for an SDK given as text (`easemob-ios@3.9`).
     *
     * @throws SdkException for an unknown family or a malformed version
     */
    @Throws(SdkException::class)
    fun lookupIn(space: Space, code: Int, sdk: String): Found? = lookupIn(space, code, Sdk.parse(sdk))

    /**
     * The meaning of [space] named [name] (any platform's name, ASCII
     * case-insensitive) for [sdk]: with an SDK, the meaning it emits wins;
     * else a default meaning before a variant, current before deprecated
     * before removed, then the lower code. Null for an unknown name.
     */
    fun lookupIn(space: Space, name: String, sdk: Sdk? = null): Found? {
        val table = table(space)
        val names = table.names()
        if (name.length > names.longest) return null
        if (sdk == null) names.byName[name]?.let { return table.named(it) }
        if (!isWellFormed(name)) return null
        val found = uniffi { ffiLookupNameIn(space, name, sdk?.text) } ?: return null
        val entry = table.found(found.entry.code)?.entry ?: return null
        return Found(entry, found.meaningIndex, entry.meanings[found.meaningIndex], found.fit, found.name)
    }

    /**
     * [lookupIn] by name for an SDK given as text.
     *
     * @throws SdkException for an unknown family or a malformed version
     */
    @Throws(SdkException::class)
    fun lookupIn(space: Space, name: String, sdk: String): Found? = lookupIn(space, name, Sdk.parse(sdk))

    /** The entries of every space named [name]: web first, then native. */
    fun lookupAny(name: String): List<ErrorEntry> = Space.entries.mapNotNull { lookup(it, name) }

    /**
     * The developer text for any [code] in [space]: the summary in [language]
     * of the meaning that applies (see [lookupIn]), or "Unknown error (web
     * 12345)" (in [language]) for an undocumented code.
     */
    @JvmOverloads
    fun message(space: Space, code: Int, language: Language = Language.EN, sdk: Sdk? = null): String =
        lookupIn(space, code, sdk)?.meaning?.summary?.get(language) ?: uniffi { ffiMessage(space, code, language) }

    /**
     * The text to show the app's end user for any [code] in [space]: the user
     * message in [language] of the meaning that applies, or the same
     * "Unknown error (web 12345)" as [message] for an undocumented code.
     */
    @JvmOverloads
    fun userMessage(space: Space, code: Int, language: Language = Language.EN, sdk: Sdk? = null): String =
        lookupIn(space, code, sdk)?.meaning?.user?.get(language) ?: uniffi { ffiMessage(space, code, language) }

    /**
     * Entries of both spaces (web first) whose code, name, alias, summary or
     * detail contains [query], ignoring ASCII case. A blank query matches nothing.
     */
    fun search(query: String): List<ErrorEntry> = if (isWellFormed(query)) uniffi { ffiSearch(query) } else emptyList()

    /**
     * The language for a tag such as "zh-CN" or "en-US" (by primary subtag),
     * or [fallback] for any other tag.
     */
    fun language(tag: String, fallback: Language = Language.EN): Language =
        (if (isWellFormed(tag)) uniffi { ffiLanguageFromTag(tag) } else null) ?: fallback

    /** A space's names as the catalog spells them, and the length of the longest. */
    private class NameTable(val byName: Map<String, Named>) {
        val longest: Int = byName.keys.maxOfOrNull { it.length } ?: 0
    }

    /** A space's tables: its codes, read at once; an entry and its default answer, made the first time they are asked for. */
    private class SpaceTable(private val space: Space) {
        private val codes = readCodes(NativeCatalog.codes(space))

        /** The default-context answer of each code asked for so far. */
        private val answers = ConcurrentHashMap<Int, Found>()

        @Volatile private var all: List<ErrorEntry>? = null

        @Volatile private var nameTable: NameTable? = null

        val entries: List<ErrorEntry>
            get() = all ?: List(codes.size) { entry(it) }.also { all = it }

        /** Every name of every meaning, as spelled in the catalog, with what the library finds for it. */
        fun names(): NameTable = nameTable ?: NameTable(readNames(NativeCatalog.names(space), codes)).also { nameTable = it }

        /** The default-context answer for [code], or null. */
        fun found(code: Int): Found? = answers[code] ?: answer(Arrays.binarySearch(codes, code))

        fun entry(index: Int): ErrorEntry = answer(index)!!.entry

        /** The default-context answer for a name the catalog spells so: the meaning it finds, made once. */
        fun named(name: Named): Found {
            name.found?.let { return it }
            val entry = entry(name.index)
            val meaning = entry.meanings[name.meaningIndex]
            return Found(entry, name.meaningIndex, meaning, Fit.DEFAULT, meaning.names.canonical).also { name.found = it }
        }

        /** The answer of entry [index], made once; null for a negative index (a code not in the space). */
        private fun answer(index: Int): Found? {
            if (index < 0) return null
            answers[codes[index]]?.let { return it }
            val entry = readEntry(NativeCatalog.entry(space, index))
            val made = Found(entry, 0, entry.meanings[0], Fit.DEFAULT, entry.meanings[0].names.canonical)
            return answers.putIfAbsent(codes[index], made) ?: made
        }
    }
}

/**
 * Whether [text] is well-formed UTF-16 (no lone surrogate), so it can cross
 * the FFI as UTF-8; no catalog text contains a malformed string.
 */
internal fun isWellFormed(text: String): Boolean {
    var i = 0
    while (i < text.length) {
        val c = text[i]
        if (c.isHighSurrogate() && i + 1 < text.length && text[i + 1].isLowSurrogate()) {
            i += 2
        } else if (c.isSurrogate()) {
            return false
        } else {
            i++
        }
    }
    return true
}

/**
 * [text] with every lone surrogate replaced by '?' (as Java's UTF-8 encoder
 * does), so it can cross the FFI; '?' is in no SDK family or version.
 */
internal fun wellFormed(text: String): String =
    if (isWellFormed(text)) text else text.toByteArray(Charsets.UTF_8).toString(Charsets.UTF_8)

/**
 * An error an app can throw for an SDK error code, in the context of the
 * [sdk] that sent it (null: the default meaning). Which text is where:
 *
 * - [localizedMessage] and [userMessage]: the message to show the app's end
 *   user, in [language] (see [ChatErrors.userMessage]);
 * - [message]: the developer text for logs, the summary in [language] (see
 *   [ChatErrors.message]);
 *
 * both "Unknown error (web 12345)" for an undocumented code.
 */
class ChatErrorException(
    /** The numbering space of [code]. */
    val space: Space,
    /** The SDK code. */
    val code: Int,
    /** The language of the texts. */
    val language: Language = Language.EN,
    cause: Throwable? = null,
    /** The SDK the code came from, or null for the default meaning. */
    val sdk: Sdk? = null,
) : Exception(ChatErrors.message(space, code, language, sdk), cause) {
    /** The exception for a generated constant. */
    constructor(code: ErrorCode, language: Language = Language.EN, cause: Throwable? = null, sdk: Sdk? = null) :
        this(code.space, code.code, language, cause, sdk)

    /** The entry and the meaning that applies, or null when the code is not documented. */
    val found: Found?
        get() = ChatErrors.lookupIn(space, code, sdk)

    /** The catalog entry, or null when the code is not documented. */
    val entry: ErrorEntry?
        get() = found?.entry

    /** The meaning that applies (the SDK's, else the default), or null for an unknown code. */
    val meaning: Meaning?
        get() = found?.meaning

    /** Whether the same call may succeed if retried later (false for unknown codes). */
    val isTransient: Boolean
        get() = meaning?.isTransient ?: false

    /** The recovery to take, or null for an unknown code. */
    val action: Action?
        get() = meaning?.action

    /** Whether SDKs still emit the meaning, or null for an unknown code. */
    val status: Status?
        get() = meaning?.status

    /** The message for the end user, in [language]. */
    val userMessage: String = ChatErrors.userMessage(space, code, language, sdk)

    /** The message for the end user, in [language] (not the developer text of [message]). */
    override fun getLocalizedMessage(): String = userMessage

    /** The generated constant of [code], or null when the code is not documented. */
    val errorCode: ErrorCode?
        get() = errorCodeOf(space, code)
}
