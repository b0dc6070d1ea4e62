//! The closed sets an entry is classified by: numbering space, language,
//! category, recovery action, SDK family, status and platform.
//!
//! Each set has a stable integer value per member (used across the C ABI and
//! in the generated bindings) and a stable lower-case name (used in the
//! catalog files, the CLI and the JSON export). Values are never reused.

/// Defines a closed set as a `#[repr(u32)]` enum with its names and values.
macro_rules! closed_set {
    (
        $(#[$meta:meta])*
        $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $value:literal, $text:literal; )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[repr(u32)]
        pub enum $name {
            $( $(#[$vmeta])* $variant = $value, )+
        }

        impl $name {
            /// Every member, in value order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable lower-case name used in catalog files, the CLI and exports.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)+
                }
            }

            /// The member with this stable name, if any (exact match).
            pub fn from_name(name: &str) -> Option<Self> {
                match name {
                    $($text => Some($name::$variant),)+
                    _ => None,
                }
            }

            /// The member with this integer value, if any. Any other value is
            /// answered with `None`, so integers from foreign code are safe to pass.
            pub const fn from_value(value: u32) -> Option<Self> {
                match value {
                    $($value => Some($name::$variant),)+
                    _ => None,
                }
            }

            /// The stable integer value of this member.
            pub const fn value(self) -> u32 {
                self as u32
            }
        }

        impl core::fmt::Display for $name {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

/// Calls the macro `$each` once per closed set with the set's definition:
/// its doc comment, name, and members (doc comment, variant, value, stable
/// name). The one list of the sets: this crate defines its enums from it, and
/// the UniFFI bindings their remote enums, doc comments included.
#[macro_export]
macro_rules! closed_sets {
    ($each:ident) => {
        $each! {
            /// A numbering space. The same number means different things in each.
            Space {
                /// The Web SDK's codes.
                Web = 0, "web";
                /// The native (Android and iOS) SDK's codes.
                Native = 1, "native";
            }
        }
        $each! {
            /// A language the catalog's text is written in.
            Language {
                /// English.
                En = 0, "en";
                /// Simplified Chinese.
                Zh = 1, "zh";
            }
        }
        $each! {
            /// What an error is about.
            Category {
                /// Success, or an error no other category fits.
                General = 0, "general";
                /// A request itself: timeout, abort, bad parameters.
                Request = 1, "request";
                /// The connection to the server.
                Connection = 2, "connection";
                /// App key, token, authentication and login state.
                Auth = 3, "auth";
                /// User accounts and their state.
                User = 4, "user";
                /// Messages: content, moderation, recall, size, rate.
                Message = 5, "message";
                /// Chat groups.
                Group = 6, "group";
                /// Chat rooms.
                Chatroom = 7, "chatroom";
                /// File upload and download.
                File = 8, "file";
                /// Push notifications.
                Push = 9, "push";
                /// Presence.
                Presence = 10, "presence";
                /// Message reactions.
                Reaction = 11, "reaction";
                /// Translation.
                Translation = 12, "translation";
                /// Threads.
                Thread = 13, "thread";
                /// The server: busy, unknown failure, configuration.
                Server = 14, "server";
                /// Local storage.
                Storage = 15, "storage";
                /// Services and plan limits of the app.
                Service = 16, "service";
            }
        }
        $each! {
            /// The recovery a developer should take.
            // `UserAction` is the issue's own term for "the person must act".
            #[allow(clippy::enum_variant_names)]
            Action {
                /// Nothing to do.
                None = 0, "none";
                /// Retry the same call later.
                RetryLater = 1, "retry_later";
                /// Log in again.
                LogInAgain = 2, "log_in_again";
                /// Fix the request: parameters, target, order of calls.
                FixRequest = 3, "fix_request";
                /// Check the app's configuration or enable the service.
                CheckAppConfig = 4, "check_app_config";
                /// The person using the app must act.
                UserAction = 5, "user_action";
                /// Contact support.
                ContactSupport = 6, "contact_support";
                /// Renew the token (fetch a new one from the app server and hand it to the SDK).
                RenewToken = 7, "renew_token";
                /// The goal is already reached (already joined, already done): treat it as success.
                TreatAsSuccess = 8, "treat_as_success";
            }
        }
    };
}

closed_sets!(closed_set);

closed_set! {
    /// An SDK family: one product line of client SDKs, numbering its own
    /// releases. Written `family` or `family@VERSION` (see [`crate::Sdk`]).
    Family {
        /// Easemob (环信) IM SDK for Android (`com.hyphenate.chat`).
        EasemobAndroid = 0, "easemob-android";
        /// Easemob (环信) IM SDK for iOS (HyphenateChat, `EMError…`).
        EasemobIos = 1, "easemob-ios";
        /// Agora Chat SDK for Android.
        AgoraAndroid = 2, "agora-android";
        /// Agora Chat SDK for iOS (AgoraChat, `AgoraChatError…`).
        AgoraIos = 3, "agora-ios";
        /// Easemob (环信) Web SDK (`easemob-websdk`).
        EasemobWeb = 4, "easemob-web";
        /// Agora Chat Web SDK (`agora-chat`).
        AgoraWeb = 5, "agora-web";
        /// Easemob (环信) SDK for Windows.
        EasemobWindows = 6, "easemob-windows";
        /// Easemob (环信) SDK for Unity.
        EasemobUnity = 7, "easemob-unity";
        /// Easemob (环信) SDK for HarmonyOS.
        EasemobHarmonyos = 8, "easemob-harmonyos";
        /// Agora Chat SDK for Windows.
        AgoraWindows = 9, "agora-windows";
        /// Agora Chat SDK for Unity.
        AgoraUnity = 10, "agora-unity";
        /// The Easemob C++ core shared by the Windows and Unity SDKs (`emerror.h`).
        EasemobCpp = 11, "easemob-cpp";
    }
}

closed_set! {
    /// Whether SDKs still emit a meaning of a code.
    Status {
        /// Emitted by current releases.
        Current = 0, "current";
        /// Still emitted, marked as going away.
        Deprecated = 1, "deprecated";
        /// No longer emitted by current releases; kept so old logs stay readable.
        Removed = 2, "removed";
    }
}

closed_set! {
    /// Which of a meaning's platform names an SDK family prints. The stable
    /// name is the key of the platform's name in the catalog files and the
    /// JSON export.
    Platform {
        /// The canonical name: the Android constant (native) or the JS name (web).
        Canonical = 0, "canonical";
        /// The Easemob Android SDK, where it differs from the canonical name.
        AndroidEasemob = 1, "android_easemob";
        /// HyphenateChat for iOS (`EMError…`).
        IosEasemob = 2, "ios_easemob";
        /// AgoraChat for iOS (`AgoraChatError…`).
        IosAgora = 3, "ios_agora";
        /// The C++ core and the Windows SDKs.
        Cpp = 4, "cpp";
        /// The Unity SDKs.
        Unity = 5, "unity";
        /// The HarmonyOS SDK.
        Harmonyos = 6, "harmonyos";
    }
}

impl Family {
    /// The platform whose names this family's SDKs print.
    pub const fn platform(self) -> Platform {
        match self {
            Family::EasemobAndroid => Platform::AndroidEasemob,
            Family::EasemobIos => Platform::IosEasemob,
            Family::AgoraIos => Platform::IosAgora,
            Family::EasemobWindows | Family::AgoraWindows | Family::EasemobCpp => Platform::Cpp,
            Family::EasemobUnity | Family::AgoraUnity => Platform::Unity,
            Family::EasemobHarmonyos => Platform::Harmonyos,
            Family::AgoraAndroid | Family::EasemobWeb | Family::AgoraWeb => Platform::Canonical,
        }
    }

    /// The family whose newest release decides the default meaning of a code in `space`.
    pub const fn reference(space: Space) -> Family {
        match space {
            Space::Web => Family::EasemobWeb,
            Space::Native => Family::EasemobAndroid,
        }
    }
}

impl Language {
    /// The language for a language tag such as `zh`, `zh-CN`, `zh_Hans` or
    /// `en-US` (case-insensitive, by primary subtag); `None` for any other tag.
    /// Traditional-Chinese tags (`zh-TW`, `zh-Hant`, `zh-HK`) give
    /// [`Language::Zh`]: the catalog has Simplified Chinese text only. The
    /// rule of every chat-errors language: `docs/languages.md`.
    pub fn from_tag(tag: &str) -> Option<Self> {
        let primary = tag.split(['-', '_']).next().unwrap_or("");
        Self::ALL
            .iter()
            .copied()
            .find(|language| primary.eq_ignore_ascii_case(language.as_str()))
    }

    /// The language for a tag, falling back to `fallback` for unknown tags.
    pub fn from_tag_or(tag: &str, fallback: Language) -> Self {
        Self::from_tag(tag).unwrap_or(fallback)
    }
}
