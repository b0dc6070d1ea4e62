/*
 * chat_errors.hpp: a header-only C++17 wrapper over chat_errors.h.
 *
 *   auto entry = chat_errors::lookup(chat_errors::Space::Web, 16);
 *   if (entry) std::cout << entry->summary(chat_errors::Language::Zh) << '\n';
 *   for (chat_errors::Entry e : chat_errors::entries(chat_errors::Space::Native)) { ... }
 *   std::string text = chat_errors::message(chat_errors::Space::Web, 12345);
 *   auto sdk = chat_errors::Sdk::parse("easemob-ios@3.9");
 *   auto found = chat_errors::lookup(chat_errors::Space::Native, 605, sdk);   // that SDK's meaning
 *   if (found) std::cout << found->meaning.name_for(sdk) << '\n';           // "EMErrorGroupNotExist"
 *   for (chat_errors::Meaning m : found->entry.meanings()) { ... }         // default, then variants
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

/** Whether SDKs still emit a meaning. */
enum class Status : std::uint32_t {
    Current = CHAT_ERRORS_STATUS_CURRENT,       /**< Emitted by current releases. */
    Deprecated = CHAT_ERRORS_STATUS_DEPRECATED, /**< Still emitted, going away. */
    Removed = CHAT_ERRORS_STATUS_REMOVED,       /**< No longer emitted; kept so old logs stay readable. */
};

/** An SDK family: a CHAT_ERRORS_FAMILY_* value; see name(Family). */
enum class Family : std::uint32_t {};

/** Whose name of a meaning: a CHAT_ERRORS_PLATFORM_* value; see name(Platform). */
enum class Platform : std::uint32_t {
    Canonical = CHAT_ERRORS_PLATFORM_CANONICAL,            /**< The Android constant, or the JS name. */
    AndroidEasemob = CHAT_ERRORS_PLATFORM_ANDROID_EASEMOB, /**< Easemob Android, where it differs. */
    IosEasemob = CHAT_ERRORS_PLATFORM_IOS_EASEMOB,         /**< HyphenateChat for iOS (EMError...). */
    IosAgora = CHAT_ERRORS_PLATFORM_IOS_AGORA,             /**< AgoraChat for iOS (AgoraChatError...). */
    Cpp = CHAT_ERRORS_PLATFORM_CPP,                        /**< The C++ core and the Windows SDKs. */
    Unity = CHAT_ERRORS_PLATFORM_UNITY,                    /**< The Unity SDKs. */
    Harmonyos = CHAT_ERRORS_PLATFORM_HARMONYOS,            /**< The HarmonyOS SDK. */
};

namespace internal {
/** A C string from the library as a view; empty for NULL. */
inline std::string_view view(const char *text) noexcept {
    return text ? std::string_view(text) : std::string_view();
}

/** The stable name of a closed set's value, from the library's function Of; empty for NULL. */
template <const char *(*Of)(std::uint32_t), class Set>
inline std::string_view name_of(Set value) noexcept {
    return view(Of(static_cast<std::uint32_t>(value)));
}
}  // namespace internal

/** The stable lower-case name ("web", "native"). */
inline std::string_view name(Space space) noexcept { return internal::name_of<chat_errors_space_name>(space); }

/** The stable lower-case name ("en", "zh"). */
inline std::string_view name(Language language) noexcept { return internal::name_of<chat_errors_language_name>(language); }

/** The stable lower-case name ("group", ...); empty for an unknown value. */
inline std::string_view name(Category category) noexcept { return internal::name_of<chat_errors_category_name>(category); }

/** The stable lower-case name ("retry_later", ...); empty for an unknown value. */
inline std::string_view name(Action action) noexcept { return internal::name_of<chat_errors_action_name>(action); }

/** The stable lower-case name ("current", "deprecated", "removed"). */
inline std::string_view name(Status status) noexcept { return internal::name_of<chat_errors_status_name>(status); }

/** The stable name ("easemob-ios", ...); empty for an unknown value. */
inline std::string_view name(Family family) noexcept { return internal::name_of<chat_errors_family_name>(family); }

/** The stable name ("canonical", "ios_easemob", ...); empty for an unknown value. */
inline std::string_view name(Platform platform) noexcept { return internal::name_of<chat_errors_platform_name>(platform); }

namespace internal {
/**
 * The items 0 .. size - 1 of an owner handle, each made by At(owner, index):
 * a forward range for range-for, with size() and operator[].
 */
template <class Owner, class Item, Item (*At)(Owner, std::size_t)>
class Range {
public:
    /** Iterates the items by index. */
    class iterator {
    public:
        using iterator_category = std::forward_iterator_tag; /**< Forward iteration. */
        using value_type = Item;                             /**< An item, by value. */
        using difference_type = std::ptrdiff_t;              /**< Index distance. */
        using pointer = void;                                /**< Not addressable. */
        using reference = Item;                              /**< Yields items by value. */

        /** The iterator at index of owner. */
        iterator(Owner owner, std::size_t index) noexcept : owner_(owner), index_(index) {}
        /** The item at the current index. */
        Item operator*() const noexcept { return At(owner_, index_); }
        /** Moves to the next item. */
        iterator &operator++() noexcept {
            ++index_;
            return *this;
        }
        /** Moves to the next item, returning the previous position. */
        iterator operator++(int) noexcept {
            iterator previous = *this;
            ++index_;
            return previous;
        }
        /** Same owner and index. */
        friend bool operator==(const iterator &a, const iterator &b) noexcept {
            return a.owner_ == b.owner_ && a.index_ == b.index_;
        }
        /** Different owner or index. */
        friend bool operator!=(const iterator &a, const iterator &b) noexcept { return !(a == b); }

    private:
        Owner owner_;
        std::size_t index_;
    };

    /** The first size items of owner. */
    Range(Owner owner, std::size_t size) noexcept : owner_(owner), size_(size) {}
    /** How many items there are. */
    std::size_t size() const noexcept { return size_; }
    /** Whether there are none. */
    bool empty() const noexcept { return size_ == 0; }
    /** The item at index (index < size()). */
    Item operator[](std::size_t index) const noexcept { return At(owner_, index); }
    /** The first item. */
    iterator begin() const noexcept { return iterator(owner_, 0); }
    /** Past the last item. */
    iterator end() const noexcept { return iterator(owner_, size_); }

private:
    Owner owner_;
    std::size_t size_;
};
}  // namespace internal

/** A release number MAJOR[.MINOR[.PATCH]] (parts 0: none). */
struct Version {
    /** How many parts are given (0 to 3). */
    std::uint32_t parts = 0;
    /** The parts; those past `parts` are 0. */
    std::uint32_t major = 0, minor = 0, patch = 0;

    /** The C value. */
    static Version from(chat_errors_release release) noexcept {
        return Version{release.parts, release.major, release.minor, release.patch};
    }
    /** Whether a version is given. */
    explicit operator bool() const noexcept { return parts != 0; }
    /** "3.9", "1.2.0"; empty for none. */
    std::string to_string() const {
        std::string text;
        const std::uint32_t all[3] = {major, minor, patch};
        for (std::uint32_t i = 0; i < parts && i < 3; ++i) {
            text += (i ? "." : "") + std::to_string(all[i]);
        }
        return text;
    }
    /** Same parts. */
    friend bool operator==(const Version &a, const Version &b) noexcept {
        return a.parts == b.parts && a.major == b.major && a.minor == b.minor && a.patch == b.patch;
    }
    /** Different parts. */
    friend bool operator!=(const Version &a, const Version &b) noexcept { return !(a == b); }
};

/** The SDK a code came from: a family and optionally a release (a value type). */
class Sdk {
public:
    /** Parses "family" or "family@VERSION" ("easemob-ios@3.9"); nullopt for anything else. */
    static std::optional<Sdk> parse(std::string_view text) noexcept {
        chat_errors_sdk sdk{};
        if (chat_errors_sdk_parse_len(text.data(), text.size(), &sdk) != CHAT_ERRORS_SDK_OK) {
            return std::nullopt;
        }
        return Sdk(sdk);
    }
    /** Why text is not an SDK: a CHAT_ERRORS_SDK_* value (CHAT_ERRORS_SDK_OK when it is one). */
    static std::uint32_t check(std::string_view text) noexcept {
        return chat_errors_sdk_parse_len(text.data(), text.size(), nullptr);
    }
    /** The SDK family. */
    Family family() const noexcept { return static_cast<Family>(sdk_.family); }
    /** The release (none: the family's newest). */
    Version version() const noexcept { return Version::from(sdk_.version); }
    /** "easemob-ios@3.9". */
    std::string to_string() const {
        std::string text(name(family()));
        const Version release = version();
        return release ? text + "@" + release.to_string() : text;
    }
    /** The C value, for calls into chat_errors.h. */
    const chat_errors_sdk *c() const noexcept { return &sdk_; }
    /** Same family and version. */
    friend bool operator==(const Sdk &a, const Sdk &b) noexcept {
        return a.sdk_.family == b.sdk_.family && a.version() == b.version();
    }
    /** Different family or version. */
    friend bool operator!=(const Sdk &a, const Sdk &b) noexcept { return !(a == b); }

private:
    explicit Sdk(chat_errors_sdk sdk) noexcept : sdk_(sdk) {}
    chat_errors_sdk sdk_;
};

namespace internal {
/** The C value of an optional SDK: NULL for none. */
inline const chat_errors_sdk *c(const std::optional<Sdk> &sdk) noexcept { return sdk ? sdk->c() : nullptr; }
}  // namespace internal

/** One source that lists a meaning, with the name it prints. */
struct Source {
    std::string_view file; /**< The extract's or seed page's file name (sources/README.md). */
    std::string_view name; /**< The name it prints (possibly a misprint). */
};

/** The SDK family and releases of one scope of a meaning. */
struct Scope {
    Family family; /**< The SDK family. */
    Version from;  /**< The first release (inclusive); none: open. */
    Version until; /**< The last release (inclusive); none: open. */
};

namespace internal {
/** Alias index of a meaning (for Meaning::aliases()). */
inline std::string_view meaning_alias(const chat_errors_meaning *meaning, std::size_t index) noexcept {
    return view(chat_errors_meaning_alias(meaning, index));
}
/** Scope index of a meaning (for Meaning::scope()). */
inline Scope meaning_scope(const chat_errors_meaning *meaning, std::size_t index) noexcept {
    return Scope{static_cast<Family>(chat_errors_meaning_scope_family(meaning, index)),
                 Version::from(chat_errors_meaning_scope_from(meaning, index)),
                 Version::from(chat_errors_meaning_scope_until(meaning, index))};
}
/** Source index of a meaning (for Meaning::sources()). */
inline Source meaning_source(const chat_errors_meaning *meaning, std::size_t index) noexcept {
    return Source{view(chat_errors_meaning_source_file(meaning, index)),
                  view(chat_errors_meaning_source_name(meaning, index))};
}
}  // namespace internal

class Entry;

namespace internal {
/** A cheap copyable handle Self wrapping a C handle to a Raw of the static tables; equal when the same one. */
template <class Self, class Raw>
class Handle {
public:
    /** Wraps a handle from the C API; the handle must not be NULL. */
    explicit Handle(const Raw *handle) noexcept : handle_(handle) {}

    /** The C handle, for calls into chat_errors.h. */
    const Raw *handle() const noexcept { return handle_; }

    /** Two handles are equal when they are the same one. */
    friend bool operator==(Self a, Self b) noexcept { return a.handle_ == b.handle_; }
    /** Two handles differ when they are different ones. */
    friend bool operator!=(Self a, Self b) noexcept { return a.handle_ != b.handle_; }

protected:
    const Raw *handle_; /**< The C handle. */
};
}  // namespace internal

/** One meaning of a code (the default or a variant): a cheap copyable handle. */
class Meaning : public internal::Handle<Meaning, chat_errors_meaning> {
public:
    using Handle::Handle;
    /** The entry it belongs to. */
    inline Entry entry() const noexcept;
    /** Its index among its entry's meanings: 0 for the default meaning. */
    std::size_t index() const noexcept { return chat_errors_meaning_index(handle_); }
    /** Whether it is a variant (not the entry's default meaning). */
    bool is_variant() const noexcept { return index() != 0; }
    /** Whether sdk emits it (false without an SDK). */
    bool emitted_by(const std::optional<Sdk> &sdk) const noexcept {
        return chat_errors_meaning_emitted_by(handle_, internal::c(sdk));
    }
    /** The canonical name, or the name platform prints where it differs (empty where it does not). */
    std::string_view name(Platform platform = Platform::Canonical) const noexcept {
        return internal::view(chat_errors_meaning_name(handle_, static_cast<std::uint32_t>(platform)));
    }
    /** The name sdk prints (the canonical name without an SDK). */
    std::string_view name_for(const std::optional<Sdk> &sdk) const noexcept {
        return internal::view(chat_errors_meaning_name_for(handle_, internal::c(sdk)));
    }
    /** Other names that also look it up. */
    internal::Range<const chat_errors_meaning *, std::string_view, &internal::meaning_alias> aliases() const noexcept {
        return {handle_, chat_errors_meaning_alias_count(handle_)};
    }
    /** What the error is about. */
    Category category() const noexcept { return static_cast<Category>(chat_errors_meaning_category(handle_)); }
    /** Whether the same call may succeed if retried later. */
    bool transient() const noexcept { return chat_errors_meaning_transient(handle_); }
    /** The recovery a developer should take. */
    Action action() const noexcept { return static_cast<Action>(chat_errors_meaning_action(handle_)); }
    /** Whether SDKs still emit it. */
    Status status() const noexcept { return static_cast<Status>(chat_errors_meaning_status(handle_)); }
    /** The SDK families and releases that emit it (empty: none does). */
    internal::Range<const chat_errors_meaning *, Scope, &internal::meaning_scope> scope() const noexcept {
        return {handle_, chat_errors_meaning_scope_count(handle_)};
    }
    /** One sentence for developers. */
    std::string_view summary(Language language = Language::En) const noexcept {
        return internal::view(chat_errors_meaning_summary(handle_, static_cast<std::uint32_t>(language)));
    }
    /** The full explanation. */
    std::string_view detail(Language language = Language::En) const noexcept {
        return internal::view(chat_errors_meaning_detail(handle_, static_cast<std::uint32_t>(language)));
    }
    /** A message an app can show its end user. */
    std::string_view user(Language language = Language::En) const noexcept {
        return internal::view(chat_errors_meaning_user(handle_, static_cast<std::uint32_t>(language)));
    }
    /** The pages and SDK headers that list it. */
    internal::Range<const chat_errors_meaning *, Source, &internal::meaning_source> sources() const noexcept {
        return {handle_, chat_errors_meaning_source_count(handle_)};
    }
};

/** A source that says something else about a code, and why the catalog does not follow it. */
class Conflict {
public:
    /** Conflict index of entry. */
    Conflict(const chat_errors_entry *entry, std::size_t index) noexcept : entry_(entry), index_(index) {}
    /** The source's file name. */
    std::string_view source() const noexcept {
        return internal::view(chat_errors_entry_conflict_source(entry_, index_));
    }
    /** The name it prints for the code. */
    std::string_view says() const noexcept { return internal::view(chat_errors_entry_conflict_says(entry_, index_)); }
    /** Why the catalog does not follow it. */
    std::string_view reason(Language language = Language::En) const noexcept {
        return internal::view(
            chat_errors_entry_conflict_reason(entry_, index_, static_cast<std::uint32_t>(language)));
    }

private:
    const chat_errors_entry *entry_;
    std::size_t index_;
};

/** The language for a tag such as "zh-CN" or "en"; English for any other tag. */
inline Language language_from_tag(const char *tag) noexcept {
    return static_cast<Language>(chat_errors_language_from_tag(tag));
}

namespace internal {
/** Meaning index of an entry (for Entry::meanings()). */
inline Meaning entry_meaning(const chat_errors_entry *entry, std::size_t index) noexcept {
    return Meaning(chat_errors_entry_meaning(entry, index));
}
/** Conflict index of an entry (for Entry::conflicts()). */
inline Conflict entry_conflict(const chat_errors_entry *entry, std::size_t index) noexcept {
    return Conflict(entry, index);
}
}  // namespace internal

/** One documented error code: a cheap copyable handle into the static tables. */
class Entry : public internal::Handle<Entry, chat_errors_entry> {
public:
    using Handle::Handle;
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

    /** Whether a current official page lists the code. */
    bool documented() const noexcept { return chat_errors_entry_documented(handle_); }
    /** Whether SDKs still emit the default meaning. */
    Status status() const noexcept { return static_cast<Status>(chat_errors_entry_status(handle_)); }
    /** A message an app can show its end user (default meaning). */
    std::string_view user(Language language = Language::En) const noexcept {
        return internal::view(chat_errors_entry_user(handle_, static_cast<std::uint32_t>(language)));
    }
    /** Every meaning: the default first, then the variants. */
    internal::Range<const chat_errors_entry *, Meaning, &internal::entry_meaning> meanings() const noexcept {
        return {handle_, chat_errors_entry_meaning_count(handle_)};
    }
    /** The default meaning (the one the accessors above answer from). */
    Meaning default_meaning() const noexcept { return internal::entry_meaning(handle_, 0); }
    /** The sources that say something else, with no SDK artifact behind them. */
    internal::Range<const chat_errors_entry *, Conflict, &internal::entry_conflict> conflicts() const noexcept {
        return {handle_, chat_errors_entry_conflict_count(handle_)};
    }
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

inline Entry Meaning::entry() const noexcept { return Entry(chat_errors_meaning_entry(handle_)); }

/** How a lookup in an SDK's context chose its meaning. */
enum class Fit {
    Default,  /**< No SDK was given: the default meaning. */
    Emitted,  /**< The meaning's scope covers the SDK given. */
    Unscoped, /**< No meaning covers the SDK: the default meaning as the best guess. */
};

/** A lookup's answer in an SDK's context: the entry, the meaning that applies, and why. */
struct Found {
    Entry entry;     /**< The entry of the code. */
    Meaning meaning; /**< The meaning that applies. */
    Fit fit;         /**< How the meaning was chosen. */
};

namespace internal {
/** The answer for a meaning handle from a lookup in context. */
inline std::optional<Found> found(const chat_errors_meaning *handle, const std::optional<Sdk> &sdk) noexcept {
    if (!handle) {
        return std::nullopt;
    }
    const Meaning meaning(handle);
    const Fit fit = !sdk ? Fit::Default : meaning.emitted_by(sdk) ? Fit::Emitted : Fit::Unscoped;
    return Found{meaning.entry(), meaning, fit};
}
}  // namespace internal

/** The meaning of code in space that sdk emits (the default without one, or when none does). */
inline std::optional<Found> lookup(Space space, std::int32_t code, const std::optional<Sdk> &sdk) noexcept {
    return internal::found(chat_errors_lookup_in(static_cast<std::uint32_t>(space), code, internal::c(sdk)), sdk);
}

/** The meaning of space named name (any platform's name; ASCII case-insensitive) for sdk. */
inline std::optional<Found> lookup(Space space, std::string_view name, const std::optional<Sdk> &sdk) noexcept {
    return internal::found(chat_errors_lookup_name_in_len(static_cast<std::uint32_t>(space), name.data(),
                                                          name.size(), internal::c(sdk)),
                           sdk);
}

namespace internal {
/** Entry index of the handles found by a lookup in every space (for NameMatches). */
inline Entry found_entry(const chat_errors_entry *const *found, std::size_t index) noexcept {
    return Entry(found[index]);
}
}  // namespace internal

/**
 * The entries named name in every space (web first, then native), at most one
 * per space: for (Entry e : lookup_any(name)). Keep it alive while iterating.
 */
class NameMatches {
public:
    /** The range type of the entries found. */
    using Entries = internal::Range<const chat_errors_entry *const *, Entry, &internal::found_entry>;

    /** Looks name up in every space. */
    explicit NameMatches(std::string_view name) noexcept
        : size_(chat_errors_lookup_name_any_len(name.data(), name.size(), found_, CHAT_ERRORS_SPACE_COUNT)) {
        size_ = size_ < CHAT_ERRORS_SPACE_COUNT ? size_ : CHAT_ERRORS_SPACE_COUNT;
    }
    /** How many entries were found. */
    std::size_t size() const noexcept { return size_; }
    /** Whether none was. */
    bool empty() const noexcept { return size_ == 0; }
    /** The entry at index (index < size()). */
    Entry operator[](std::size_t index) const noexcept { return Entry(found_[index]); }
    /** The first entry found. */
    Entries::iterator begin() const noexcept { return Entries(found_, size_).begin(); }
    /** Past the last entry found. */
    Entries::iterator end() const noexcept { return Entries(found_, size_).end(); }

private:
    const chat_errors_entry *found_[CHAT_ERRORS_SPACE_COUNT] = {};
    std::size_t size_;
};

/** The entries named name in every space, web first. */
inline NameMatches lookup_any(std::string_view name) noexcept { return NameMatches(name); }

namespace internal {
/** Entry index of a space (for Entries). */
inline Entry space_entry(Space space, std::size_t index) noexcept {
    return Entry(chat_errors_at(static_cast<std::uint32_t>(space), index));
}
}  // namespace internal

/** Every entry of one space, in code order: for (Entry e : entries(Space::Web)). */
class Entries {
public:
    /** Iterates the entries of a space by index. */
    using iterator = internal::Range<Space, Entry, &internal::space_entry>::iterator;

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
