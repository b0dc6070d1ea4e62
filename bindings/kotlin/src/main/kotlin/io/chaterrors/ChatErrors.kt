// The idiomatic Kotlin layer over the UniFFI bindings (package io.chaterrors.uniffi).
//
// A UniFFI call costs tens of microseconds over JNA; a lookup here costs a
// HashMap probe. ChatErrors loads each space's catalog once, in one FFI call,
// and answers code and name lookups from Kotlin-side tables (a name spelled
// in another case is looked up by the library, which owns the name rule).

package io.chaterrors

import io.chaterrors.uniffi.catalogVersion as ffiCatalogVersion
import io.chaterrors.uniffi.entries as ffiEntries
import io.chaterrors.uniffi.languageFromTag as ffiLanguageFromTag
import io.chaterrors.uniffi.lookupName as ffiLookupName
import io.chaterrors.uniffi.message as ffiMessage
import io.chaterrors.uniffi.search as ffiSearch

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
 * The catalog, cached on the Kotlin side. Each space is loaded on first use in
 * one FFI call; after that every lookup is answered from Kotlin tables.
 * Thread-safe.
 */
object ChatErrors {
    private val tables: List<Lazy<SpaceTable>> = Space.entries.map { space -> lazy { SpaceTable(ffiEntries(space)) } }

    /** The catalog's version (the release that carries it). */
    val catalogVersion: String by lazy { ffiCatalogVersion() }

    private fun table(space: Space): SpaceTable = tables[space.ordinal].value

    /** Loads every space now, so later lookups never wait for the library. */
    fun preload() {
        Space.entries.forEach { table(it) }
    }

    /** Every entry of [space], in code order. */
    fun entries(space: Space): List<ErrorEntry> = table(space).entries

    /** The entry for [code] in [space], or null when the code is not documented. */
    fun lookup(space: Space, code: Int): ErrorEntry? = table(space).byCode[code]

    /** The entry of a generated constant. */
    fun lookup(code: ErrorCode): ErrorEntry? = lookup(code.space, code.code)

    /**
     * The entry of [space] whose name or alias is [name] (ASCII case-insensitive),
     * or null. Names spelled as the catalog spells them are answered from the
     * Kotlin table; other spellings by the library.
     */
    fun lookup(space: Space, name: String): ErrorEntry? {
        val table = table(space)
        if (name.length > table.longestName) return null
        table.byName[name]?.let { return it }
        if (!isWellFormed(name)) return null
        return ffiLookupName(space, name)?.let { table.byCode[it.code] }
    }

    /** The entries of every space named [name]: web first, then native. */
    fun lookupAny(name: String): List<ErrorEntry> = Space.entries.mapNotNull { lookup(it, name) }

    /**
     * The text to show for any [code] in [space]: the entry's summary in
     * [language], or "Unknown error (web 12345)" (in [language]) for an
     * undocumented code.
     */
    fun message(space: Space, code: Int, language: Language = Language.EN): String =
        lookup(space, code)?.summary?.get(language) ?: ffiMessage(space, code, language)

    /**
     * Entries of both spaces (web first) whose code, name, alias, summary or
     * detail contains [query], ignoring ASCII case. A blank query matches nothing.
     */
    fun search(query: String): List<ErrorEntry> = if (isWellFormed(query)) ffiSearch(query) else emptyList()

    /**
     * The language for a tag such as "zh-CN" or "en-US" (by primary subtag),
     * or [fallback] for any other tag.
     */
    fun language(tag: String, fallback: Language = Language.EN): Language =
        (if (isWellFormed(tag)) ffiLanguageFromTag(tag) else null) ?: fallback

    /**
     * Whether [text] is well-formed UTF-16 (no lone surrogate), so it can cross
     * the FFI as UTF-8; no catalog text contains a malformed string.
     */
    private fun isWellFormed(text: String): Boolean {
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

    private class SpaceTable(val entries: List<ErrorEntry>) {
        val byCode: Map<Int, ErrorEntry> = HashMap<Int, ErrorEntry>(entries.size * 2).also { map ->
            entries.forEach { map[it.code] = it }
        }
        val byName: Map<String, ErrorEntry> = HashMap<String, ErrorEntry>(entries.size * 4).also { map ->
            entries.forEach { entry ->
                (entry.aliases + entry.name).forEach { map[it] = entry }
            }
        }
        val longestName: Int = byName.keys.maxOfOrNull { it.length } ?: 0
    }
}

/**
 * An error an app can throw for an SDK error code. [message] is the code's
 * message in [language] (see [ChatErrors.message]), for unknown codes too.
 */
class ChatErrorException(
    /** The numbering space of [code]. */
    val space: Space,
    /** The SDK code. */
    val code: Int,
    /** The language of [message]. */
    val language: Language = Language.EN,
    cause: Throwable? = null,
) : Exception(ChatErrors.message(space, code, language), cause) {
    /** The exception for a generated constant. */
    constructor(code: ErrorCode, language: Language = Language.EN, cause: Throwable? = null) :
        this(code.space, code.code, language, cause)

    /** The catalog entry, or null when the code is not documented. */
    val entry: ErrorEntry?
        get() = ChatErrors.lookup(space, code)

    /** Whether the same call may succeed if retried later (false for unknown codes). */
    val isTransient: Boolean
        get() = entry?.isTransient ?: false

    /** The recovery to take, or null for an unknown code. */
    val action: Action?
        get() = entry?.action

    /** The generated constant of [code], or null when the code is not documented. */
    val errorCode: ErrorCode?
        get() = errorCodeOf(space, code)
}
