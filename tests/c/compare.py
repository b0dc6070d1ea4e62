"""Compares the C API's dump (dump.c) with the JSON export of the catalog,
entry by entry and field by field. Usage: compare.py <dump.json> <export.json>.
Prints one line per difference and exits 1 if there is any."""

import json
import sys

# The fields the C API serves: schema 1's. The schema-2 fields (meanings,
# user message, status, platform names, sources, conflicts) are not in the
# C API yet.
C_FIELDS = ["space", "code", "name", "aliases", "category", "transient", "action", "summary", "detail", "seeds",
            "equivalents"]


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
        expected = {field: expected[field] for field in C_FIELDS}
        for field, value in expected.items():
            fields += 1
            if actual.get(field) != value:
                problems.append(f"{key} {field}: C {actual.get(field)!r}, export {value!r}")
        for field in set(actual) - set(expected):
            problems.append(f"{key}: the C dump has an unexpected field {field}")
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"compared {len(export['entries'])} entries, {fields} fields: {len(problems)} differences")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
