"""Compares the C API's dump (dump.c) with the JSON export of the catalog,
entry by entry and field by field (every member of schema 2, every meaning
included), and the dump's SDK-context answers with the answers the export's
scopes give. Usage: compare.py <dump.json> <export.json>. Prints one line per
difference and exits 1 if there is any."""

import json
import sys

# The SDK contexts, codes and names dump.c asks about (None: no SDK).
CONTEXTS = [None, "easemob-android", "easemob-ios@3.9", "easemob-ios@4.15.0", "agora-ios@1.2.0", "agora-ios",
            "easemob-cpp"]
CONTEXT_CODES = [605, 606, 900, 901, 902, 706, 1403, 209, 221]
CONTEXT_NAMES = ["EMErrorGroupNotExist", "AgoraChatErrorGroupNotExist", "EMErrorTokeWillExpire", "GROUP_NOT_EXIST",
                 "group_shared_file_invalidid"]
# Which "names" key each family of CONTEXTS prints (core's Family::platform).
PLATFORM = {"easemob-android": "android_easemob", "easemob-ios": "ios_easemob", "agora-ios": "ios_agora",
            "easemob-cpp": "cpp"}
STATUS_ORDER = ["current", "deprecated", "removed"]
TOP = 65535


def bounds(version, missing):
    """A version "3.9" as three parts, missing parts read as `missing`."""
    parts = [int(part) for part in version.split(".")]
    return parts + [missing] * (3 - len(parts))


def emits(meaning, sdk):
    """Whether the meaning's scope (from the export) covers the SDK "family[@version]"."""
    family, _, version = sdk.partition("@")
    point = bounds(version, TOP) if version else [TOP] * 3
    return any(scope["family"] == family
               and (scope["from"] is None or bounds(scope["from"], 0) <= point)
               and (scope["until"] is None or point <= bounds(scope["until"], TOP))
               for scope in meaning["scope"])


def name_for(meaning, sdk):
    """The name the SDK prints for the meaning (canonical without an SDK)."""
    if sdk is None:
        return meaning["names"]["canonical"]
    return meaning["names"].get(PLATFORM[sdk.partition("@")[0]], meaning["names"]["canonical"])


def answer(entry, index, sdk):
    meaning = entry["meanings"][index]
    return {"space": entry["space"], "found": entry["code"], "meaning": index, "name_for": name_for(meaning, sdk),
            "emitted": sdk is not None and emits(meaning, sdk)}


def by_code(entry, sdk):
    """The lookup in context: the first meaning whose scope covers the SDK, else the default."""
    if sdk is not None:
        for index, meaning in enumerate(entry["meanings"]):
            if emits(meaning, sdk):
                return answer(entry, index, sdk)
    return answer(entry, 0, sdk)


def all_names(meaning):
    names = meaning["names"]
    return [value for key, value in names.items() if key != "aliases"] + names["aliases"]


def by_name(entries, name, sdk):
    """The name lookup in context: emitted first, then default before variant,
    then current before deprecated before removed, then the lower code."""
    candidates = []
    for entry in entries:
        for index, meaning in enumerate(entry["meanings"]):
            if any(known.lower() == name.lower() for known in all_names(meaning)):
                emitted = sdk is not None and emits(meaning, sdk)
                rank = (not emitted, index != 0, STATUS_ORDER.index(meaning["status"]), entry["code"])
                candidates.append((rank, entry, index))
    if not candidates:
        return None
    _, entry, index = min(candidates, key=lambda candidate: candidate[0])
    return answer(entry, index, sdk)


def expected_contexts(export):
    native = [entry for entry in export["entries"] if entry["space"] == "native"]
    codes = {entry["code"]: entry for entry in native}
    expected = []
    for sdk in CONTEXTS:
        expected += [{"code": code, "sdk": sdk, **by_code(codes[code], sdk)} for code in CONTEXT_CODES]
        expected += [{"name": name, "sdk": sdk, **by_name(native, name, sdk)} for name in CONTEXT_NAMES]
    return expected


def expected_any(export):
    found = []
    for name in CONTEXT_NAMES:
        spaces = []
        for space in ["web", "native"]:
            match = by_name([entry for entry in export["entries"] if entry["space"] == space], name, None)
            if match is not None:
                spaces.append([space, match["found"]])
        found.append({"name": name, "found": spaces})
    return found


def main(dump_path, export_path):
    with open(dump_path, encoding="utf-8") as dump_file:
        dump = json.load(dump_file)
    with open(export_path, encoding="utf-8") as export_file:
        export = json.load(export_file)
    problems = []
    if dump["version"] != export["catalog_version"]:
        problems.append(f"version: C {dump['version']!r}, export {export['catalog_version']!r}")
    by_key = {(entry["space"], entry["code"]): entry for entry in dump["entries"]}
    if len(by_key) != len(dump["entries"]):
        problems.append("the C API lists some (space, code) twice")
    expected_keys = [(entry["space"], entry["code"]) for entry in export["entries"]]
    for key in sorted(set(by_key) - set(expected_keys)):
        problems.append(f"{key}: in the C API, not in the export")
    fields = 0
    for expected in export["entries"]:
        key = (expected["space"], expected["code"])
        actual = by_key.get(key)
        if actual is None:
            problems.append(f"{key}: in the export, missing from the C API")
            continue
        for field, value in expected.items():
            fields += 1
            if actual.get(field) != value:
                problems.append(f"{key} {field}: C {actual.get(field)!r}, export {value!r}")
        for field in set(actual) - set(expected):
            problems.append(f"{key}: the C dump has an unexpected field {field}")
    contexts = expected_contexts(export)
    if dump["contexts"] != contexts:
        for got, want in zip(dump["contexts"], contexts):
            if got != want:
                problems.append(f"in context: C {got}, export's scopes {want}")
        if len(dump["contexts"]) != len(contexts):
            problems.append(f"contexts: C {len(dump['contexts'])}, expected {len(contexts)}")
    for must in ["EMErrorGroupNotExist", "AgoraChatErrorGroupNotExist", "EMErrorTokeWillExpire"]:
        if not any(item.get("name") == must for item in contexts):
            problems.append(f"{must} is not asked about")
    if dump["any"] != expected_any(export):
        problems.append(f"lookup in both spaces: C {dump['any']}, export {expected_any(export)}")
    meanings = sum(len(entry["meanings"]) for entry in export["entries"])
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"compared {len(export['entries'])} entries ({meanings} meanings), {fields} fields, "
          f"{len(contexts)} answers in SDK context: {len(problems)} differences")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
