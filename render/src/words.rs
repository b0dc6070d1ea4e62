//! The words people read for the closed sets (recovery actions, statuses,
//! SDK families' scopes), in each language: the one place they are written.
//! The Markdown pages and the HTML page's cards (through the page's data) show
//! these words instead of the stable identifiers (`log_in_again`).

use chat_errors::{Action, Language, Scope, Status};

/// What `action` asks the developer to do, in `language`.
pub fn action(action: Action, language: Language) -> &'static str {
    let [en, zh] = match action {
        Action::None => ["Nothing to do", "无需处理"],
        Action::RetryLater => ["Retry later", "稍后重试"],
        Action::LogInAgain => ["Log in again", "重新登录"],
        Action::FixRequest => ["Fix the request", "修正请求"],
        Action::CheckAppConfig => ["Check the app's configuration", "检查应用配置"],
        Action::UserAction => ["The user must act", "需要用户操作"],
        Action::ContactSupport => ["Contact support", "联系技术支持"],
        Action::RenewToken => ["Renew the token", "更新 Token"],
        Action::TreatAsSuccess => ["Treat as success", "按成功处理"],
    };
    pick([en, zh], language)
}

/// Whether SDKs still emit a meaning, in `language`.
pub fn status(status: Status, language: Language) -> &'static str {
    let words = match status {
        Status::Current => ["Current", "现行"],
        Status::Deprecated => ["Deprecated (still emitted, going away)", "已弃用（仍会返回，将移除）"],
        Status::Removed => ["Removed (no longer emitted)", "已移除（不再返回）"],
    };
    pick(words, language)
}

/// The SDK releases of `scopes` in `language`: `easemob-ios ≤ 3.9; agora-ios 1.3 and later`.
pub fn scopes(scopes: &[Scope], language: Language) -> String {
    if scopes.is_empty() {
        return pick(["No SDK emits it", "没有 SDK 返回"], language).to_owned();
    }
    let each: Vec<String> = scopes
        .iter()
        .map(|scope| {
            let family = scope.family();
            match (scope.from(), scope.until(), language) {
                (None, None, Language::En) => format!("{family} (all releases)"),
                (None, None, Language::Zh) => format!("{family}（全部版本）"),
                (Some(from), None, Language::En) => format!("{family} {from} and later"),
                (Some(from), None, Language::Zh) => format!("{family} {from} 及以后"),
                (None, Some(until), Language::En) => format!("{family} up to {until}"),
                (None, Some(until), Language::Zh) => format!("{family} {until} 及以前"),
                (Some(from), Some(until), Language::En) => format!("{family} {from} to {until}"),
                (Some(from), Some(until), Language::Zh) => format!("{family} {from} 至 {until}"),
            }
        })
        .collect();
    each.join(pick(["; ", "；"], language))
}

fn pick(words: [&'static str; 2], language: Language) -> &'static str {
    words[language.value() as usize]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_member_has_words_in_each_language_other_than_its_identifier() {
        for &language in Language::ALL {
            for &member in Action::ALL {
                assert_ne!(action(member, language), member.as_str());
            }
            for &member in Status::ALL {
                assert_ne!(status(member, language), member.as_str());
            }
        }
    }
}
