/*
 * chat_errors.hpp: a header-only C++17 wrapper over chat_errors.h.
 *
 *   auto entry = chat_errors::lookup(chat_errors::Space::Web, 16);
 *   if (entry) std::cout << entry->summary(chat_errors::Language::Zh) << '\n';
 *   for (chat_errors::Entry e : chat_errors::entries(chat_errors::Space::Native)) { ... }
 *   std::string text = chat_errors::message(chat_errors::Space::Web, 12345);
 *
 * Strings are std::string_view over the library's static storage: they stay
 * valid for the life of the process. Nothing here throws or allocates, except
 * message(), which returns a std::string. Every value comes from the C
 * header's constants: this file repeats no code number.
 */
#ifndef CHAT_ERRORS_HPP
#define CHAT_ERRORS_HPP

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>

#include "chat_errors.h"

namespace chat_errors {

/** A numbering space. The same number means different things in each. */
enum class Space : std::uint32_t {
    Web = CHAT_ERRORS_SPACE_WEB,       /**< The Web SDK's codes. */
    Native = CHAT_ERRORS_SPACE_NATIVE, /**< The Android and iOS SDKs' codes. */
};

/** A language of the catalog's text. */
enum class Language : std::uint32_t {
    En = CHAT_ERRORS_LANGUAGE_EN, /**< English. */
    Zh = CHAT_ERRORS_LANGUAGE_ZH, /**< Simplified Chinese. */
};

/** What an error is about: a CHAT_ERRORS_CATEGORY_* value; see name(Category). */
enum class Category : std::uint32_t {};

/** The recovery a developer should take: a CHAT_ERRORS_ACTION_* value; see name(Action). */
enum class Action : std::uint32_t {};

namespace internal {
/** A C string from the library as a view; empty for NULL. */
inline std::string_view view(const char *text) noexcept {
    return text ? std::string_view(text) : std::string_view();
}
}  // namespace internal

/** The stable lower-case name ("web", "native"). */
inline std::string_view name(Space space) noexcept {
    return internal::view(chat_errors_space_name(static_cast<std::uint32_t>(space)));
}

/** The stable lower-case name ("en", "zh"). */
inline std::string_view name(Language language) noexcept {
    return internal::view(chat_errors_language_name(static_cast<std::uint32_t>(language)));
}

/** The stable lower-case name ("group", ...); empty for an unknown value. */
inline std::string_view name(Category category) noexcept {
    return internal::view(chat_errors_category_name(static_cast<std::uint32_t>(category)));
}

/** The stable lower-case name ("retry_later", ...); empty for an unknown value. */
inline std::string_view name(Action action) noexcept {
    return internal::view(chat_errors_action_name(static_cast<std::uint32_t>(action)));
}

/** The language for a tag such as "zh-CN" or "en"; English for any other tag. */
inline Language language_from_tag(const char *tag) noexcept {
    return static_cast<Language>(chat_errors_language_from_tag(tag));
}

/** One documented error code: a cheap copyable handle into the static tables. */
class Entry {
public:
    /** Wraps a handle from the C API; the handle must not be NULL. */
    explicit Entry(const chat_errors_entry *handle) noexcept : handle_(handle) {}

    /** The C handle, for calls into chat_errors.h. */
    const chat_errors_entry *handle() const noexcept { return handle_; }
    /** The numbering space. */
    Space space() const noexcept { return static_cast<Space>(chat_errors_entry_space(handle_)); }
    /** The numeric code. */
    std::int32_t code() const noexcept { return chat_errors_entry_code(handle_); }
    /** The SDK's constant name, exactly as the SDK spells it. */
    std::string_view name() const noexcept { return internal::view(chat_errors_entry_name(handle_)); }
    /** How many aliases the entry has. */
    std::size_t alias_count() const noexcept { return chat_errors_entry_alias_count(handle_); }
    /** The alias at index (0 .. alias_count() - 1); empty past the end. */
    std::string_view alias(std::size_t index) const noexcept {
        return internal::view(chat_errors_entry_alias(handle_, index));
    }
    /** What the error is about. */
    Category category() const noexcept { return static_cast<Category>(chat_errors_entry_category(handle_)); }
    /** Whether the same call may succeed if retried later. */
    bool transient() const noexcept { return chat_errors_entry_transient(handle_); }
    /** The recovery a developer should take. */
    Action action() const noexcept { return static_cast<Action>(chat_errors_entry_action(handle_)); }
    /** One short sentence an app could show a person. */
    std::string_view summary(Language language = Language::En) const noexcept {
        return internal::view(chat_errors_entry_summary(handle_, static_cast<std::uint32_t>(language)));
    }
    /** The full explanation: what happened, likely cause, what to do. */
    std::string_view detail(Language language = Language::En) const noexcept {
        return internal::view(chat_errors_entry_detail(handle_, static_cast<std::uint32_t>(language)));
    }
    /** How many equivalents (same meaning in the other space) the entry has. */
    std::size_t equivalent_count() const noexcept { return chat_errors_entry_equivalent_count(handle_); }
    /** The equivalent at index, as the entry of the other space. */
    std::optional<Entry> equivalent(std::size_t index) const noexcept {
        const chat_errors_entry *other = chat_errors_entry_equivalent(handle_, index);
        return other ? std::optional<Entry>(Entry(other)) : std::nullopt;
    }
    /** How many seeds (official pages listing the code) the entry has. */
    std::size_t seed_count() const noexcept { return chat_errors_entry_seed_count(handle_); }
    /** The page file name of seed index; empty past the end. */
    std::string_view seed_page(std::size_t index) const noexcept {
        return internal::view(chat_errors_entry_seed_page(handle_, index));
    }
    /** The name seed index's page prints for the code; empty past the end. */
    std::string_view seed_name(std::size_t index) const noexcept {
        return internal::view(chat_errors_entry_seed_name(handle_, index));
    }

    /** Two handles are equal when they are the same entry. */
    friend bool operator==(Entry a, Entry b) noexcept { return a.handle_ == b.handle_; }
    /** Two handles differ when they are different entries. */
    friend bool operator!=(Entry a, Entry b) noexcept { return a.handle_ != b.handle_; }

private:
    const chat_errors_entry *handle_;
};

/** The entry for code in space, if the catalog documents it. */
inline std::optional<Entry> lookup(Space space, std::int32_t code) noexcept {
    const chat_errors_entry *handle = chat_errors_lookup(static_cast<std::uint32_t>(space), code);
    return handle ? std::optional<Entry>(Entry(handle)) : std::nullopt;
}

/** The entry of space whose name or alias is name (ASCII case-insensitive). */
inline std::optional<Entry> lookup(Space space, std::string_view name) noexcept {
    const chat_errors_entry *handle =
        chat_errors_lookup_name_len(static_cast<std::uint32_t>(space), name.data(), name.size());
    return handle ? std::optional<Entry>(Entry(handle)) : std::nullopt;
}

/** Every entry of one space, in code order: for (Entry e : entries(Space::Web)). */
class Entries {
public:
    /** Iterates the entries of a space by index. */
    class iterator {
    public:
        using iterator_category = std::forward_iterator_tag; /**< Forward iteration. */
        using value_type = Entry;                            /**< An entry handle. */
        using difference_type = std::ptrdiff_t;              /**< Index distance. */
        using pointer = void;                                /**< Not addressable. */
        using reference = Entry;                             /**< Yields handles by value. */

        /** The iterator at index of space. */
        iterator(Space space, std::size_t index) noexcept : space_(space), index_(index) {}
        /** The entry at the current index. */
        Entry operator*() const noexcept {
            return Entry(chat_errors_at(static_cast<std::uint32_t>(space_), index_));
        }
        /** Moves to the next entry. */
        iterator &operator++() noexcept {
            ++index_;
            return *this;
        }
        /** Moves to the next entry, returning the previous position. */
        iterator operator++(int) noexcept {
            iterator previous = *this;
            ++index_;
            return previous;
        }
        /** Same space and index. */
        friend bool operator==(const iterator &a, const iterator &b) noexcept {
            return a.space_ == b.space_ && a.index_ == b.index_;
        }
        /** Different space or index. */
        friend bool operator!=(const iterator &a, const iterator &b) noexcept { return !(a == b); }

    private:
        Space space_;
        std::size_t index_;
    };

    /** The entries of space. */
    explicit Entries(Space space) noexcept : space_(space) {}
    /** How many entries the space has. */
    std::size_t size() const noexcept { return chat_errors_count(static_cast<std::uint32_t>(space_)); }
    /** The first entry. */
    iterator begin() const noexcept { return iterator(space_, 0); }
    /** Past the last entry. */
    iterator end() const noexcept { return iterator(space_, size()); }
    /** The entry at index, if index < size(). */
    std::optional<Entry> at(std::size_t index) const noexcept {
        const chat_errors_entry *handle = chat_errors_at(static_cast<std::uint32_t>(space_), index);
        return handle ? std::optional<Entry>(Entry(handle)) : std::nullopt;
    }

private:
    Space space_;
};

/** Every entry of space, in code order. */
inline Entries entries(Space space) noexcept { return Entries(space); }

/**
 * The text to show for code in space: the entry's summary, or "Unknown error
 * (web 12345)" in language for a code the catalog does not document.
 */
inline std::string message(Space space, std::int32_t code, Language language = Language::En) {
    const auto space_value = static_cast<std::uint32_t>(space);
    const auto language_value = static_cast<std::uint32_t>(language);
    char small[64];
    const std::size_t length = chat_errors_message(space_value, code, language_value, small, sizeof small);
    if (length < sizeof small) {
        return std::string(small, length);
    }
    std::string text(length, '\0');
    chat_errors_message(space_value, code, language_value, text.data(), length + 1);
    return text;
}

}  // namespace chat_errors

#endif /* CHAT_ERRORS_HPP */
