// The C++ wrapper (chat_errors.hpp) agrees with the C API over every entry:
// range-for over each space, lookup by code and by string_view (including
// views that are not NUL-terminated), every field, message().
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>

#include "chat_errors.hpp"

namespace {

unsigned passed = 0;
unsigned failed = 0;

void check(bool condition, const std::string &what) {
    if (condition) {
        ++passed;
    } else {
        ++failed;
        std::fprintf(stderr, "check failed: %s\n", what.c_str());
    }
}

std::string_view c_view(const char *text) { return text ? std::string_view(text) : std::string_view(); }

}  // namespace

int main() {
    using namespace chat_errors;
    for (Space space : {Space::Web, Space::Native}) {
        const auto space_value = static_cast<std::uint32_t>(space);
        std::size_t index = 0;
        for (Entry entry : entries(space)) {
            const chat_errors_entry *handle = chat_errors_at(space_value, index);
            const std::string label = std::string(name(space)) + " " + std::to_string(entry.code());
            check(entry.handle() == handle, label + ": iteration order");
            check(entry.space() == space, label + ": space");
            check(entry.name() == c_view(chat_errors_entry_name(handle)), label + ": name");
            check(lookup(space, entry.code()) == entry, label + ": lookup by code");
            // A view into a longer buffer: the wrapper must pass the length, not rely on a NUL.
            const std::string padded = std::string(entry.name()) + "_TRAILING";
            // A code no SDK emits (native 902) shares its name with the code that carries it today.
            const auto owner = lookup(space, std::string_view(padded).substr(0, entry.name().size()));
            check(owner == entry || (owner && owner->name() == entry.name()),
                  label + ": lookup by a view that is not NUL-terminated");
            check(entry.alias_count() == chat_errors_entry_alias_count(handle), label + ": alias count");
            for (std::size_t a = 0; a < entry.alias_count(); ++a) {
                check(lookup(space, entry.alias(a)) == entry, label + ": alias lookup");
            }
            check(name(entry.category()) == c_view(chat_errors_category_name(chat_errors_entry_category(handle))),
                  label + ": category");
            check(name(entry.action()) == c_view(chat_errors_action_name(chat_errors_entry_action(handle))),
                  label + ": action");
            check(entry.transient() == chat_errors_entry_transient(handle), label + ": transient");
            for (Language language : {Language::En, Language::Zh}) {
                const auto language_value = static_cast<std::uint32_t>(language);
                check(entry.summary(language) == c_view(chat_errors_entry_summary(handle, language_value)),
                      label + ": summary");
                check(entry.detail(language) == c_view(chat_errors_entry_detail(handle, language_value)),
                      label + ": detail");
                check(message(space, entry.code(), language) == entry.summary(language), label + ": message");
            }
            for (std::size_t e = 0; e < entry.equivalent_count(); ++e) {
                const auto other = entry.equivalent(e);
                check(other && other->handle() == chat_errors_entry_equivalent(handle, e), label + ": equivalent");
            }
            check(entry.seed_count() == chat_errors_entry_seed_count(handle), label + ": seed count");
            for (std::size_t s = 0; s < entry.seed_count(); ++s) {
                check(entry.seed_page(s) == c_view(chat_errors_entry_seed_page(handle, s)), label + ": seed page");
                check(entry.seed_name(s) == c_view(chat_errors_entry_seed_name(handle, s)), label + ": seed name");
            }
            ++index;
        }
        check(index == entries(space).size() && index == chat_errors_count(space_value), "every entry iterated");
        check(!entries(space).at(index), "at() past the end");
    }
    check(!lookup(Space::Web, INT32_MAX), "unknown code");
    check(!lookup(Space::Web, std::string_view()), "empty name");
    check(!lookup(static_cast<Space>(CHAT_ERRORS_SPACE_COUNT), 0), "unknown space");
    check(message(Space::Web, 12345) == "Unknown error (web 12345)", "unknown code message");
    // Messages longer than the wrapper's first buffer (64 bytes) were compared
    // whole above; make sure the catalog has some, so that path ran.
    std::size_t long_messages = 0;
    for (Space space : {Space::Web, Space::Native}) {
        for (Entry entry : entries(space)) {
            long_messages += entry.summary(Language::Zh).size() >= 64 || entry.summary(Language::En).size() >= 64;
        }
    }
    check(long_messages > 0, "some messages are longer than 64 bytes");
    check(message(static_cast<Space>(UINT32_MAX), INT32_MIN, Language::Zh).size() ==
              chat_errors_message(UINT32_MAX, INT32_MIN, CHAT_ERRORS_LANGUAGE_ZH, nullptr, 0),
          "message length");
    check(language_from_tag("zh-TW") == Language::Zh && language_from_tag(nullptr) == Language::En, "tags");
    std::printf("wrapper: %u checks ok, %u checks failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
