// explain: turns an Agora Chat SDK error code into a message in Chinese or
// English and says whether retrying may help (C++17, chat_errors.hpp).
//
//   explain <web|native> <code> [language tag: en (default), zh, zh-CN, ...]
//
// Exit status: 0 for a documented code, 1 for a code the catalog does not
// know (a message is printed all the same), 2 for bad arguments.
#include <charconv>
#include <cstdint>
#include <iostream>
#include <optional>
#include <string_view>

#include <chat_errors.hpp>

namespace {

std::optional<chat_errors::Space> parse_space(std::string_view name) {
    for (auto space : {chat_errors::Space::Web, chat_errors::Space::Native}) {
        if (chat_errors::name(space) == name) {
            return space;
        }
    }
    return std::nullopt;
}

}  // namespace

int main(int argc, char **argv) {
    if (argc < 3 || argc > 4) {
        std::cerr << "usage: " << argv[0] << " <web|native> <code> [en|zh|language tag]\n";
        return 2;
    }
    const auto space = parse_space(argv[1]);
    if (!space) {
        std::cerr << "unknown space '" << argv[1] << "' (web or native)\n";
        return 2;
    }
    const std::string_view code_text = argv[2];
    std::int32_t code = 0;
    const auto [rest, error] = std::from_chars(code_text.data(), code_text.data() + code_text.size(), code);
    if (error != std::errc() || rest != code_text.data() + code_text.size()) {
        std::cerr << "the code must be a 32-bit integer, not '" << code_text << "'\n";
        return 2;
    }
    const auto language = chat_errors::language_from_tag(argc == 4 ? argv[3] : "en");

    std::cout << chat_errors::message(*space, code, language) << '\n';
    const auto entry = chat_errors::lookup(*space, code);
    if (!entry) {
        std::cout << "retry: unknown (the catalog does not document " << argv[1] << ' ' << code << ")\n";
        return 1;
    }
    std::cout << "name: " << entry->name() << '\n';
    std::cout << "retry: " << (entry->transient() ? "yes, later" : "no") << '\n';
    std::cout << "action: " << chat_errors::name(entry->action()) << '\n';
    return 0;
}
