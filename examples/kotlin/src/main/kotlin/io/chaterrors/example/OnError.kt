// How an app turns an SDK onError code into a message for the person using it
// and a retry decision, with the chat-errors Kotlin bindings.
//
// Usage: OnErrorKt [language tag]   (default: the JVM's locale)

package io.chaterrors.example

import io.chaterrors.Action
import io.chaterrors.ChatErrorException
import io.chaterrors.ChatErrors
import io.chaterrors.Language
import io.chaterrors.NativeErrorCode
import io.chaterrors.Sdk
import io.chaterrors.Space
import io.chaterrors.WebErrorCode
import java.util.Locale

/** What the app does about one failed SDK call. */
sealed interface Reaction {
    /** Retry the same call after [delayMillis]. */
    data class Retry(val delayMillis: Long) : Reaction

    /** Send the person to the login screen. */
    data object LogIn : Reaction

    /** Show the message and let the person decide. */
    data object Tell : Reaction
}

/** Decides what to do about an SDK error: retry transient errors with backoff, log in again, or tell the person. */
fun react(error: ChatErrorException, attempt: Int): Reaction =
    when {
        error.isTransient && attempt < 3 -> Reaction.Retry(delayMillis = 500L shl attempt)
        error.action == Action.LOG_IN_AGAIN -> Reaction.LogIn
        else -> Reaction.Tell
    }

/** The SDK this app is built with: codes are read in its context. */
val sdk: Sdk = Sdk.parse("easemob-android")

/**
 * An SDK callback as apps receive it: a space (which SDK) and a bare code. The
 * person sees the user message (localizedMessage); the log gets the developer text (message).
 */
fun onError(space: Space, code: Int, language: Language, attempt: Int = 0, from: Sdk = sdk) {
    val error = ChatErrorException(space, code, language, sdk = from)
    val name = error.found?.name ?: "undocumented"
    println("${space.name.lowercase()} $code ($name): show \"${error.localizedMessage}\" -> ${react(error, attempt)}")
    println("    log: ${error.message}")
}

fun main(args: Array<String>) {
    val language = ChatErrors.language(args.firstOrNull() ?: Locale.getDefault().toLanguageTag())
    ChatErrors.preload()
    println("chat-errors catalog ${ChatErrors.catalogVersion}, messages in $language")

    onError(Space.WEB, WebErrorCode.WEBIM_CONNCTION_DISCONNECTED.code, language)
    onError(Space.WEB, WebErrorCode.SERVER_BUSY.code, language, attempt = 3)
    onError(Space.NATIVE, NativeErrorCode.USER_KICKED_BY_CHANGE_PASSWORD.code, language)
    onError(Space.NATIVE, NativeErrorCode.INVALID_TOKEN.code, language)
    onError(Space.WEB, 4242, language)
    // The same code from an older iOS SDK means something else: read it in that SDK's context.
    onError(Space.NATIVE, 605, language)
    onError(Space.NATIVE, 605, language, from = Sdk.parse("easemob-ios@3.9"))

    // Apps that keep the generated constants can `when` over them.
    when (WebErrorCode.fromCode(16)) {
        WebErrorCode.WEBIM_CONNCTION_DISCONNECTED -> println("web 16 is the disconnection constant")
        else -> println("web 16 is something else")
    }
}
