// How an app turns an SDK onError code into a message for the person using it
// and a retry decision, with the chat-errors Swift bindings (ChatErrorsKit).
//
// Usage: on-error [language tag]   (default: the current locale)

import ChatErrorsKit
import Foundation

/// What the app does about one failed SDK call.
enum Reaction: CustomStringConvertible {
    /// Retry the same call after a delay.
    case retry(afterMilliseconds: Int)
    /// Send the person to the login screen.
    case logIn
    /// Show the message and let the person decide.
    case tell

    var description: String {
        switch self {
        case .retry(let delay): return "retry in \(delay) ms"
        case .logIn: return "log in again"
        case .tell: return "tell the user"
        }
    }
}

/// Decides what to do about an SDK error: retry transient errors with backoff, log in again, or tell the person.
func react(to error: ChatError, attempt: Int) -> Reaction {
    if error.isTransient && attempt < 3 { return .retry(afterMilliseconds: 500 << attempt) }
    if error.action == .logInAgain { return .logIn }
    return .tell
}

/// The SDK this app is built with: codes are read in its context.
let sdk = try! Sdk("easemob-ios")

/// An SDK callback as apps receive it: a space (which SDK) and a bare code,
/// an `NSInteger`. The person sees the user message (`localizedDescription`);
/// the log gets the developer text (`description`).
func onError(_ space: Space, code: Int, language: Language, attempt: Int = 0, from: Sdk = sdk) {
    let error = ChatError(space, code: code, language: language, sdk: from)
    print("show \"\(error.localizedDescription)\" -> \(react(to: error, attempt: attempt))")
    print("    log: \(error)")
}

let tag = CommandLine.arguments.dropFirst().first ?? Locale.current.identifier
let language = ChatErrors.language(tag: tag)
ChatErrors.preload()
print("chat-errors catalog \(ChatErrors.catalogVersion), messages in \(language)")

onError(.web, code: Int(WebErrorCode.webimConnctionDisconnected.code), language: language)
onError(.web, code: Int(WebErrorCode.serverBusy.code), language: language, attempt: 3)
onError(.native, code: Int(NativeErrorCode.userKickedByChangePassword.code), language: language)
onError(.native, code: Int(NativeErrorCode.invalidToken.code), language: language)
onError(.web, code: 4242, language: language)
// An older iOS SDK sends 605 for a missing group: read it in that SDK's context.
onError(.native, code: 605, language: language)
onError(.native, code: 605, language: language, from: try! Sdk("easemob-ios@3.9"))
print("606 on iOS is \(NativeErrorCode.groupNotExist.iosEasemobName ?? "-") / \(NativeErrorCode.groupNotExist.iosAgoraName ?? "-")")

// Apps that keep the generated constants can switch over them.
switch WebErrorCode(rawValue: 16) {
case .webimConnctionDisconnected?: print("web 16 is the disconnection constant")
default: print("web 16 is something else")
}

// Thrown and caught like any Swift error.
do {
    throw ChatError(NativeErrorCode.serverBusy, language: language)
} catch let error as ChatError {
    print("caught: \(error.localizedDescription) (transient: \(error.isTransient))")
}
