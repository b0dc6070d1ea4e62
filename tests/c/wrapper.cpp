// The C++ wrapper (chat_errors.hpp) agrees with the C API over every entry:
// range-for over each space, lookup by code and by string_view (including
// views that are not NUL-terminated), every field, message(). With an output
// file (argv[1]) it also writes every entry and meaning, and the answers in
// SDK context, through the wrapper alone, in dump.c's JSON shape, for
// compare.py to match against the export.
#include <cstdio>
#include <cstring>
#include <fstream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

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

using namespace chat_errors;

std::string json(std::string_view text) {
    std::string out = "\"";
    for (unsigned char c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c < 0x20) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
            out += escaped;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out + "\"";
}

template <class Text>
std::string localized(Text text) {
    return "{\"en\":" + json(text(Language::En)) + ",\"zh\":" + json(text(Language::Zh)) + "}";
}

std::string json_version(const Version &version) { return version ? json(version.to_string()) : "null"; }

std::string names(Meaning meaning) {
    std::string out = "{\"canonical\":" + json(meaning.name());
    for (std::uint32_t value = 1; value < CHAT_ERRORS_PLATFORM_COUNT; ++value) {
        const auto platform = static_cast<Platform>(value);
        if (!meaning.name(platform).empty()) {
            out += "," + json(name(platform)) + ":" + json(meaning.name(platform));
        }
    }
    out += ",\"aliases\":[";
    for (std::string_view alias : meaning.aliases()) {
        out += (out.back() == '[' ? "" : ",") + json(alias);
    }
    return out + "]}";
}

std::string sources(Meaning meaning) {
    std::string out = "[";
    for (Source source : meaning.sources()) {
        out += (out.size() > 1 ? "," : "") + std::string("{\"source\":") + json(source.file) +
               ",\"name\":" + json(source.name) + "}";
    }
    return out + "]";
}

std::string dump_meaning(Meaning m) {
    std::string out = "{\"names\":" + names(m) + ",\"category\":" + json(name(m.category())) +
                      ",\"transient\":" + (m.transient() ? "true" : "false") + ",\"action\":" + json(name(m.action())) +
                      ",\"status\":" + json(name(m.status())) + ",\"scope\":[";
    for (Scope scope : m.scope()) {
        out += (out.back() == '[' ? "" : ",") + std::string("{\"family\":") + json(name(scope.family)) +
               ",\"from\":" + json_version(scope.from) + ",\"until\":" + json_version(scope.until) + "}";
    }
    return out + "],\"summary\":" + localized([m](Language l) { return m.summary(l); }) +
           ",\"detail\":" + localized([m](Language l) { return m.detail(l); }) +
           ",\"user\":" + localized([m](Language l) { return m.user(l); }) + ",\"sources\":" + sources(m) + "}";
}

std::string dump_entry(Entry e) {
    std::string out = "{\"space\":" + json(name(e.space())) + ",\"code\":" + std::to_string(e.code()) +
                      ",\"name\":" + json(e.name()) + ",\"aliases\":[";
    for (std::size_t a = 0; a < e.alias_count(); ++a) {
        out += (a ? "," : "") + json(e.alias(a));
    }
    out += "],\"category\":" + json(name(e.category())) + ",\"transient\":" + (e.transient() ? "true" : "false") +
           ",\"action\":" + json(name(e.action())) + ",\"summary\":" +
           localized([e](Language l) { return e.summary(l); }) +
           ",\"detail\":" + localized([e](Language l) { return e.detail(l); }) + ",\"seeds\":[";
    for (std::size_t i = 0; i < e.seed_count(); ++i) {
        out += (i ? "," : "") + std::string("{\"page\":") + json(e.seed_page(i)) + ",\"name\":" + json(e.seed_name(i)) +
               "}";
    }
    out += "],\"equivalents\":[";
    for (std::size_t i = 0; i < e.equivalent_count(); ++i) {
        const Entry other = *e.equivalent(i);
        out += (i ? "," : "") + std::string("{\"space\":") + json(name(other.space())) +
               ",\"code\":" + std::to_string(other.code()) + "}";
    }
    out += std::string("],\"documented\":") + (e.documented() ? "true" : "false") +
           ",\"user\":" + localized([e](Language l) { return e.user(l); }) + ",\"status\":" + json(name(e.status())) +
           ",\"names\":" + names(e.default_meaning()) + ",\"sources\":" + sources(e.default_meaning()) +
           ",\"meanings\":[";
    for (Meaning m : e.meanings()) {
        out += (out.back() == '[' ? "" : ",") + dump_meaning(m);
    }
    out += "],\"conflicts\":[";
    for (Conflict c : e.conflicts()) {
        out += (out.back() == '[' ? "" : ",") + std::string("{\"source\":") + json(c.source()) +
               ",\"says\":" + json(c.says()) + ",\"reason\":" + localized([c](Language l) { return c.reason(l); }) +
               "}";
    }
    return out + "]}";
}

// The same contexts, codes and names as dump.c (compare.py holds the list it expects).
const char *const CONTEXTS[] = {"", "easemob-android", "easemob-ios@3.9", "easemob-ios@4.15.0",
                                "agora-ios@1.2.0", "agora-ios", "easemob-cpp"};
const std::int32_t CONTEXT_CODES[] = {605, 606, 900, 901, 902, 706, 1403, 209, 221};
const char *const CONTEXT_NAMES[] = {"EMErrorGroupNotExist", "AgoraChatErrorGroupNotExist", "EMErrorTokeWillExpire",
                                     "GROUP_NOT_EXIST", "group_shared_file_invalidid"};

std::string answer(const std::optional<Found> &found, const std::optional<Sdk> &sdk) {
    check(found.has_value(), "an answer in context");
    if (!found) {
        return "}";
    }
    check((found->fit == Fit::Default) == !sdk && (found->fit == Fit::Emitted) == found->meaning.emitted_by(sdk),
          "fit agrees with emitted_by");
    check(found->entry == found->meaning.entry(), "the meaning's entry");
    return ",\"space\":" + json(name(found->entry.space())) + ",\"found\":" + std::to_string(found->entry.code()) +
           ",\"meaning\":" + std::to_string(found->meaning.index()) + ",\"name_for\":" +
           json(found->meaning.name_for(sdk)) + ",\"emitted\":" + (found->meaning.emitted_by(sdk) ? "true" : "false") +
           "}";
}

int write_dump(const char *path) {
    std::string out = std::string("{\"version\":") + json(chat_errors_version()) + ",\"entries\":[";
    for (Space space : {Space::Web, Space::Native}) {
        for (Entry entry : entries(space)) {
            out += (out.back() == '[' ? "\n" : ",\n") + dump_entry(entry);
        }
    }
    out += "\n],\n\"contexts\":[";
    for (const char *context : CONTEXTS) {
        const std::optional<Sdk> sdk = *context ? Sdk::parse(context) : std::nullopt;
        check(!*context || (sdk && sdk->to_string() == context), std::string(context) + " parses and prints back");
        const std::string label = sdk ? json(context) : "null";
        for (std::int32_t code : CONTEXT_CODES) {
            out += (out.back() == '[' ? "\n" : ",\n") + std::string("{\"code\":") + std::to_string(code) +
                   ",\"sdk\":" + label + answer(lookup(Space::Native, code, sdk), sdk);
        }
        for (const char *text : CONTEXT_NAMES) {
            out += ",\n{\"name\":" + json(text) + ",\"sdk\":" + label +
                   answer(lookup(Space::Native, std::string_view(text), sdk), sdk);
        }
    }
    out += "],\n\"any\":[";
    for (const char *text : CONTEXT_NAMES) {
        out += (out.back() == '[' ? "\n" : ",\n") + std::string("{\"name\":") + json(text) + ",\"found\":[";
        for (Entry entry : lookup_any(text)) {
            out += (out.back() == '[' ? "[" : ",[") + json(name(entry.space())) + "," + std::to_string(entry.code()) + "]";
        }
        out += "]}";
    }
    out += "]}\n";
    std::ofstream file(path, std::ios::binary);
    file << out;
    file.close();
    return file ? 0 : 2;
}

}  // namespace

int main(int argc, char **argv) {
    if (argc == 2 && write_dump(argv[1]) != 0) {
        std::fprintf(stderr, "cannot write %s\n", argv[1]);
        return 2;
    }
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
    // Schema 2 through the wrapper against the C API, and bad input.
    for (Space space : {Space::Web, Space::Native}) {
        for (Entry entry : entries(space)) {
            const chat_errors_entry *handle = entry.handle();
            check(entry.meanings().size() == chat_errors_entry_meaning_count(handle), "meaning count");
            check(entry.default_meaning() == entry.meanings()[0], "default meaning first");
            check(entry.conflicts().size() == chat_errors_entry_conflict_count(handle), "conflict count");
            for (Meaning meaning : entry.meanings()) {
                check(meaning.entry() == entry && meaning.is_variant() == (meaning != entry.default_meaning()),
                      "meaning belongs to its entry");
                check(meaning.sources().size() == chat_errors_meaning_source_count(meaning.handle()), "sources");
                check(meaning.scope().size() == chat_errors_meaning_scope_count(meaning.handle()), "scope");
            }
        }
    }
    check(!Sdk::parse("symbian") && !Sdk::parse("easemob-ios@99999") && !Sdk::parse(std::string_view()) &&
              !Sdk::parse(std::string(1000, 'x')) && !Sdk::parse(std::string_view("easemob-ios\0", 12)),
          "bad SDK texts");
    check(Sdk::check("symbian") == CHAT_ERRORS_SDK_UNKNOWN_FAMILY &&
              Sdk::check("easemob-ios@1.2.3.4") == CHAT_ERRORS_SDK_MALFORMED_VERSION &&
              Sdk::check(std::string(1000, 'x')) == CHAT_ERRORS_SDK_BAD_TEXT && Sdk::check("agora-ios") == CHAT_ERRORS_SDK_OK,
          "SDK text answers");
    const auto ios39 = Sdk::parse("easemob-ios@3.9");
    check(ios39 && ios39->family() == static_cast<Family>(CHAT_ERRORS_FAMILY_EASEMOB_IOS) &&
              ios39->version() == Version{2, 3, 9, 0} && *ios39 == *Sdk::parse("easemob-ios@3.9"),
          "an Sdk value");
    const auto old_group = lookup(Space::Native, std::string_view("EMErrorGroupNotExist"), ios39);
    check(old_group && old_group->entry.code() == 605 && old_group->fit == Fit::Emitted &&
              old_group->meaning.is_variant() && old_group->meaning.name_for(ios39) == "EMErrorGroupNotExist",
          "EMErrorGroupNotExist in easemob-ios@3.9 is 605");
    const auto unscoped = lookup(Space::Native, 1403, Sdk::parse("easemob-android"));
    check(unscoped && unscoped->fit == Fit::Unscoped && !unscoped->meaning.is_variant(), "1403 is unscoped on Android");
    check(!lookup(Space::Native, INT32_MAX, ios39) && !lookup(Space::Native, std::string_view(), ios39) &&
              !lookup(static_cast<Space>(UINT32_MAX), 605, std::nullopt),
          "unknown code, empty name and unknown space in context");
    check(lookup_any("").empty() && lookup_any(std::string(1000, 'A')).empty() &&
              lookup_any("GROUP_NOT_EXIST").size() == 2 && lookup_any("GROUP_NOT_EXIST")[0].space() == Space::Web,
          "lookup in both spaces");
    check(name(static_cast<Family>(UINT32_MAX)).empty() && name(static_cast<Platform>(CHAT_ERRORS_PLATFORM_COUNT)).empty(),
          "names of unknown values");
    check(language_from_tag("zh-TW") == Language::Zh && language_from_tag(nullptr) == Language::En, "tags");
    std::printf("wrapper: %u checks ok, %u checks failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
