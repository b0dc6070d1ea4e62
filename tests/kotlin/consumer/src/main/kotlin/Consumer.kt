// An app's use of the chat-errors artifact: an SDK error code in, what to show
// and whether to retry out. Usage: ConsumerKt web|native CODE [LANGUAGE-TAG]
// Prints "<NAME> transient=<true|false> action=<ACTION>: <message>", or
// "unknown: <message>" for a code the catalog does not document.

import io.chaterrors.ChatErrors
import io.chaterrors.Space
import kotlin.system.exitProcess

fun main(args: Array<String>) {
    if (args.size !in 2..3) {
        System.err.println("usage: ConsumerKt web|native CODE [LANGUAGE-TAG]")
        exitProcess(2)
    }
    val space = Space.entries.firstOrNull { it.name.equals(args[0], ignoreCase = true) }
    val code = args[1].toIntOrNull()
    if (space == null || code == null) {
        System.err.println("usage: ConsumerKt web|native CODE [LANGUAGE-TAG]")
        exitProcess(2)
    }
    val language = ChatErrors.language(args.getOrElse(2) { "en" })
    val message = ChatErrors.message(space, code, language)
    val entry = ChatErrors.lookup(space, code)
    if (entry == null) {
        println("unknown: $message")
    } else {
        println("${entry.name} transient=${entry.isTransient} action=${entry.action}: $message")
    }
}
