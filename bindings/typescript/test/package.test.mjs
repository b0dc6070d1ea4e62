// The built package (dist/) against the JSON export of the catalog, with
// Node's test runner: every entry of both spaces by code and by every name,
// the unknown-code messages, the name rule, the version.
//
// Usage: CHAT_ERRORS_CATALOG_JSON=catalog.json node --test bindings/typescript/test/
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import * as chatErrors from "../dist/index.js";
import { CATALOG_VERSION, entries, lookup, lookupName, message } from "../dist/index.js";

const catalogPath = process.env.CHAT_ERRORS_CATALOG_JSON;
assert.ok(catalogPath, "set CHAT_ERRORS_CATALOG_JSON to the output of `chat-errors export --format json`");
const catalog = JSON.parse(readFileSync(catalogPath, "utf8"));
const packageJson = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));

/** The package's shape of a JSON entry: every member but the provenance and cross-references. */
function expected(entry) {
  const { seeds: _seeds, equivalents: _equivalents, ...fields } = entry;
  return fields;
}

test("the catalog version is the package version", () => {
  assert.equal(CATALOG_VERSION, catalog.catalog_version);
  assert.equal(packageJson.version, catalog.catalog_version);
});

for (const space of ["web", "native"]) {
  const documented = catalog.entries.filter((entry) => entry.space === space);

  test(`${space}: every entry, in code order, field by field`, () => {
    assert.ok(documented.length > 0);
    assert.deepEqual(entries(space).map((entry) => ({ ...entry })), documented.map(expected));
    for (const entry of documented) {
      assert.deepEqual({ ...lookup(space, entry.code) }, expected(entry), `${space} ${entry.code}`);
      assert.equal(message(space, entry.code, "en"), entry.summary.en);
      assert.equal(message(space, entry.code, "zh"), entry.summary.zh);
    }
  });

  test(`${space}: every name and alias, ASCII case-insensitive`, () => {
    for (const entry of documented) {
      for (const name of [entry.name, ...entry.aliases]) {
        for (const spelling of [name, name.toLowerCase(), name.toUpperCase()]) {
          assert.equal(lookupName(space, spelling), lookup(space, entry.code), `${space} ${spelling}`);
          assert.ok(lookupName(spelling).includes(lookup(space, entry.code)), `any space: ${spelling}`);
        }
      }
    }
  });

  test(`${space}: the code constants`, () => {
    const constants = space === "web" ? chatErrors.WebErrorCode : chatErrors.NativeErrorCode;
    assert.deepEqual(
      Object.entries(constants),
      documented.map((entry) => [entry.name, entry.code]),
    );
  });

  test(`${space}: unknown codes and names`, () => {
    for (const code of [12345, -99, 2147483647, -2147483648, 1.5, Number.NaN, Infinity]) {
      assert.ok(!documented.some((entry) => entry.code === code), `${code} is documented: pick another`);
      assert.equal(lookup(space, code), undefined, `${space} ${code}`);
    }
    assert.equal(message(space, 12345, "en"), `Unknown error (${space} 12345)`);
    assert.equal(message(space, 12345, "zh"), `未知错误（${space} 12345）`);
    assert.equal(message(space, -7, "en"), `Unknown error (${space} -7)`);
    for (const name of ["", "NOT_AN_ERROR", " ", "x".repeat(1 << 20)]) {
      assert.equal(lookupName(space, name), undefined);
    }
  });
}

test("names across spaces: web first, then native", () => {
  const names = new Set(catalog.entries.map((entry) => entry.name));
  for (const name of names) {
    const found = lookupName(name.toLowerCase());
    const want = catalog.entries.filter(
      (entry) => entry.name === name || entry.aliases.includes(name),
    );
    assert.deepEqual(found.map((entry) => [entry.space, entry.code]), want.map((entry) => [entry.space, entry.code]));
  }
  assert.deepEqual(lookupName("NOT_AN_ERROR"), []);
});

test("only ASCII letters fold: look-alikes are other names", () => {
  const entry = catalog.entries.find((candidate) => /[IKS]/.test(candidate.name));
  // U+0131 dotless i, U+212A Kelvin sign, U+017F long s: toUpperCase() maps them to I, K, S.
  const lookAlike = entry.name.replace(/I/, "ı").replace(/K/, "\u212a").replace(/S/, "ſ");
  assert.notEqual(lookAlike, entry.name);
  assert.equal(lookupName(entry.space, lookAlike), undefined);
});

test("the entries cannot be changed", () => {
  const entry = lookup("web", catalog.entries[0].code);
  assert.ok(Object.isFrozen(entry));
  assert.throws(() => {
    "use strict";
    entry.code = 1;
  }, TypeError);
});

test("an unknown space or language is a TypeError", () => {
  assert.throws(() => lookup("mars", 1), TypeError);
  assert.throws(() => lookupName("mars", "X"), TypeError);
  assert.throws(() => entries("mars"), TypeError);
  assert.throws(() => message("web", 1, "fr"), TypeError);
});
