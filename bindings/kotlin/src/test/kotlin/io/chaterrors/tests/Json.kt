// A minimal JSON reader for the catalog export (objects, arrays, strings,
// integers, booleans, null): the tests read their expected data with it,
// without depending on a JSON library.

package io.chaterrors.tests

/** Parses [text] into maps, lists, strings, longs, booleans and nulls. */
fun parseJson(text: String): Any? = JsonReader(text).readDocument()

private class JsonReader(private val text: String) {
    private var at = 0

    fun readDocument(): Any? {
        val value = readValue()
        skipBlanks()
        check(at == text.length) { "trailing characters at $at" }
        return value
    }

    private fun readValue(): Any? {
        skipBlanks()
        check(at < text.length) { "unexpected end of JSON" }
        return when (val c = text[at]) {
            '{' -> readObject()
            '[' -> readArray()
            '"' -> readString()
            't' -> readWord("true", true)
            'f' -> readWord("false", false)
            'n' -> readWord("null", null)
            else -> if (c == '-' || c in '0'..'9') readInteger() else error("unexpected '$c' at $at")
        }
    }

    private fun readObject(): Map<String, Any?> {
        val result = LinkedHashMap<String, Any?>()
        expect('{')
        skipBlanks()
        if (peek() == '}') return result.also { at++ }
        while (true) {
            skipBlanks()
            val key = readString()
            skipBlanks()
            expect(':')
            result[key] = readValue()
            skipBlanks()
            if (peek() == '}') return result.also { at++ }
            expect(',')
        }
    }

    private fun readArray(): List<Any?> {
        val result = ArrayList<Any?>()
        expect('[')
        skipBlanks()
        if (peek() == ']') return result.also { at++ }
        while (true) {
            result.add(readValue())
            skipBlanks()
            if (peek() == ']') return result.also { at++ }
            expect(',')
        }
    }

    private fun readString(): String {
        expect('"')
        val out = StringBuilder()
        while (true) {
            val c = text[at++]
            when (c) {
                '"' -> return out.toString()
                '\\' -> {
                    when (val escaped = text[at++]) {
                        '"', '\\', '/' -> out.append(escaped)
                        'b' -> out.append('\b')
                        'f' -> out.append('\u000C')
                        'n' -> out.append('\n')
                        'r' -> out.append('\r')
                        't' -> out.append('\t')
                        'u' -> out.append(text.substring(at, at + 4).toInt(16).toChar()).also { at += 4 }
                        else -> error("bad escape \\$escaped at $at")
                    }
                }
                else -> out.append(c)
            }
        }
    }

    private fun readInteger(): Long {
        val start = at
        if (text[at] == '-') at++
        while (at < text.length && text[at] in '0'..'9') at++
        check(at == text.length || text[at] !in ".eE") { "only integers are expected, at $start" }
        return text.substring(start, at).toLong()
    }

    private fun <T> readWord(word: String, value: T): T {
        check(text.startsWith(word, at)) { "unexpected token at $at" }
        at += word.length
        return value
    }

    private fun peek(): Char = text[at]

    private fun expect(c: Char) {
        check(at < text.length && text[at] == c) { "expected '$c' at $at" }
        at++
    }

    private fun skipBlanks() {
        while (at < text.length && text[at] in " \t\r\n") at++
    }
}
