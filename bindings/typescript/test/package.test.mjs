// The built package (dist/) against the JSON export of the catalog, with
// Node's test runner: every entry of both spaces by code and by every name of
// every meaning, every meaning in the context of the SDKs of its scope, the
// disagreements between SDKs in each context, bad SDKs and names, the
// unknown-code messages, the language-tag rule, the version. The expected
// answers are derived here from the export's scopes, not from the package.
//
// Usage: CHAT_ERRORS_CATALOG_JSON=catalog.json node --test bindings/typescript/test/
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import * as chatErrors from "../dist/index.js";
import {
  CATALOG_VERSION,
  FAMILIES,
  SdkError,
  entries,
  languageFromTag,
  lookup,
  lookupName,
  message,
  parseSdk,
} from "../dist/index.js";

const catalogPath = process.env.CHAT_ERRORS_CATALOG_JSON;
assert.ok(catalogPath, "set CHAT_ERRORS_CATALOG_JSON to the output of `chat-errors export --format json`");
const catalog = JSON.parse(readFileSync(catalogPath, "utf8"));
const packageJson = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));

/** The package's shape of a JSON entry: every member but the provenance and cross-references. */
function expected(entry) {
  const { seeds: _seeds, equivalents: _equivalents, ...fields } = entry;
  return fields;
}

/** An answer's entry members (without the answer's own). */
function members(found) {
  const { meaning: _meaning, fit: _fit, sdkName: _sdkName, ...fields } = found;
  return fields;
}

// The SDK rule, from the documentation: `family@MAJOR[.MINOR[.PATCH]]`, a
// partial version the newest release of its line, no version the newest.
const NEWEST = 65535;
const release = (text, missing) => {
  const parts = text === null ? [] : text.split(".").map(Number);
  return [0, 1, 2].map((index) => parts[index] ?? missing);
};
const before = (a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
function covers(scope, family, version) {
  const point = release(version, NEWEST);
  return scope.family === family &&
    (scope.from === null || before(release(scope.from, 0), point) <= 0) &&
    (scope.until === null || before(point, release(scope.until, NEWEST)) <= 0);
}
const emits = (meaning, family, version) => meaning.scope.some((scope) => covers(scope, family, version));
/** The index of the meaning `family@version` emits, or -1. */
const meaningFor = (entry, family, version) => entry.meanings.findIndex((meaning) => emits(meaning, family, version));
const splitSdk = (sdk) => (sdk.includes("@") ? sdk.split("@") : [sdk, null]);
const PLATFORM = {
  "easemob-android": "android_easemob", "easemob-ios": "ios_easemob", "agora-ios": "ios_agora",
  "easemob-windows": "cpp", "agora-windows": "cpp", "easemob-cpp": "cpp", "easemob-unity": "unity",
  "agora-unity": "unity", "easemob-harmonyos": "harmonyos",
};
/** The name `family` prints for a meaning. */
const printed = (meaning, family) => meaning.names[PLATFORM[family]] ?? meaning.names.canonical;
/** Every name of a meaning. */
const namesOf = (meaning) => {
  const { canonical, aliases, ...platforms } = meaning.names;
  return [canonical, ...Object.values(platforms), ...aliases];
};

/** The expected answer of a lookup by code: [meaning index, fit, name]. */
function expectedByCode(entry, sdk) {
  if (sdk === undefined) return [0, "default", entry.meanings[0].names.canonical];
  const [family, version] = splitSdk(sdk);
  const index = meaningFor(entry, family, version);
  const meaning = entry.meanings[Math.max(index, 0)];
  return [Math.max(index, 0), index >= 0 ? "emitted" : "unscoped", printed(meaning, family)];
}

/** The expected answer of a lookup by name in a space: [code, meaning index, fit] or undefined (the documented rank). */
function expectedByName(space, name, sdk) {
  const [family, version] = sdk === undefined ? [null, null] : splitSdk(sdk);
  const upper = (text) => text.replace(/[a-z]/g, (letter) => letter.toUpperCase());
  const STATUS = { current: 0, deprecated: 1, removed: 2 };
  let best;
  for (const entry of catalog.entries.filter((candidate) => candidate.space === space)) {
    entry.meanings.forEach((meaning, index) => {
      if (!namesOf(meaning).some((known) => upper(known) === upper(name))) return;
      const emitted = family !== null && emits(meaning, family, version);
      const rank = [emitted ? 0 : 1, index === 0 ? 0 : 1, STATUS[meaning.status], entry.code];
      if (best === undefined || before([rank[0] * 4 + rank[1], rank[2], rank[3]], best.key) < 0) {
        best = { key: [rank[0] * 4 + rank[1], rank[2], rank[3]], answer: [entry.code, index, sdk === undefined ? "default" : emitted ? "emitted" : "unscoped"] };
      }
    });
  }
  return best?.answer;
}

const answerOf = (found) => [found.meanings.indexOf(found.meaning), found.fit, found.sdkName];

test("the catalog version is the package version", () => {
  assert.equal(CATALOG_VERSION, catalog.catalog_version);
  assert.equal(packageJson.version, catalog.catalog_version);
  assert.equal(catalog.schema_version, 2);
});

for (const space of ["web", "native"]) {
  const documented = catalog.entries.filter((entry) => entry.space === space);

  test(`${space}: every entry, in code order, field by field (schema 2)`, () => {
    assert.ok(documented.length > 0);
    assert.deepEqual(entries(space).map((entry) => ({ ...entry })), documented.map(expected));
    for (const entry of documented) {
      const found = lookup(space, entry.code);
      assert.deepEqual(members(found), expected(entry), `${space} ${entry.code}`);
      assert.deepEqual(answerOf(found), expectedByCode(entry, undefined));
      assert.equal(found, lookup(space, entry.code), "the same object each time");
      assert.equal(message(space, entry.code, "en"), entry.summary.en);
      assert.equal(message(space, entry.code, "zh"), entry.summary.zh);
    }
  });

  test(`${space}: every meaning, in the context of each SDK of its scope and at its bounds`, () => {
    let checked = 0;
    for (const entry of documented) {
      for (const meaning of entry.meanings) {
        for (const scope of meaning.scope) {
          const sdks = [scope.family, scope.from && `${scope.family}@${scope.from}`, scope.until && `${scope.family}@${scope.until}`];
          for (const sdk of sdks.filter(Boolean)) {
            const want = expectedByCode(entry, sdk);
            const found = lookup(space, entry.code, sdk);
            assert.deepEqual(answerOf(found), want, `${space} ${entry.code} ${sdk}`);
            assert.deepEqual(found.meaning, entry.meanings[want[0]]);
            assert.equal(message(space, entry.code, "zh", sdk), entry.meanings[want[0]].summary.zh);
            assert.deepEqual(answerOf(lookup(space, entry.code, parseSdk(sdk))), want, `${sdk} parsed`);
            checked += 1;
          }
        }
      }
    }
    assert.ok(checked > documented.length, `${checked} answers`);
  });

  test(`${space}: every name of every meaning, ASCII case-insensitive, with and without an SDK`, () => {
    for (const entry of documented) {
      entry.meanings.forEach((meaning) => {
        for (const name of namesOf(meaning)) {
          for (const sdk of [undefined, ...meaning.scope.map((scope) => scope.family)]) {
            const want = expectedByName(space, name, sdk);
            for (const spelling of [name, name.toLowerCase(), name.toUpperCase()]) {
              const found = lookupName(space, spelling, sdk);
              assert.deepEqual([found.code, found.meanings.indexOf(found.meaning), found.fit], want, `${space} ${spelling} ${sdk}`);
              assert.ok(lookupName(spelling, sdk).some((any) => any.space === space && any.code === want[0]), `any space: ${spelling}`);
            }
          }
        }
      });
    }
  });

  test(`${space}: the code constants, deprecated ones marked`, () => {
    const constants = space === "web" ? chatErrors.WebErrorCode : chatErrors.NativeErrorCode;
    // A constant for each code an SDK emits whose name finds it (a removed code
    // whose name moved to a code still emitted has none).
    const emitted = documented.filter(
      (entry) => entry.meanings[0].scope.length > 0 && expectedByName(space, entry.name, undefined)?.[0] === entry.code,
    );
    assert.deepEqual(Object.entries(constants), emitted.map((entry) => [entry.name, entry.code]));
    const source = readFileSync(new URL(`../src/${space}.ts`, import.meta.url), "utf8");
    for (const entry of emitted) {
      const marked = new RegExp(`/\\*\\* @deprecated [^\\n]*\\*/\\n  ${entry.name}: `).test(source);
      assert.equal(marked, entry.status !== "current", `${space} ${entry.name}`);
    }
  });

  test(`${space}: unknown codes and names`, () => {
    for (const code of [12345, -99, 2147483647, -2147483648, 1.5, Number.NaN, Infinity]) {
      assert.ok(!documented.some((entry) => entry.code === code), `${code} is documented: pick another`);
      assert.equal(lookup(space, code), undefined, `${space} ${code}`);
      assert.equal(lookup(space, code, "easemob-ios@3.9"), undefined, `${space} ${code} in an SDK`);
    }
    assert.equal(message(space, 12345, "en"), `Unknown error (${space} 12345)`);
    assert.equal(message(space, 12345, "zh"), `未知错误（${space} 12345）`);
    assert.equal(message(space, -7, "en", "agora-ios"), `Unknown error (${space} -7)`);
    for (const name of ["", "NOT_AN_ERROR", " ", "x".repeat(1 << 20), "EMError".repeat(100000)]) {
      assert.equal(lookupName(space, name), undefined);
      assert.equal(lookupName(space, name, "easemob-ios"), undefined);
    }
  });
}

// The codes the SDKs disagree about, in each SDK context.
const DISAGREEMENTS = [605, 606, 900, 901, 902, 706, 1403, 209, 221];
const CONTEXTS = ["easemob-android", "easemob-ios@3.9", "easemob-ios@4.15.0", "agora-ios@1.2.0", "agora-ios", undefined];

test("native disagreements: each SDK context's meaning, and the default with its variants", () => {
  const rows = [];
  for (const code of DISAGREEMENTS) {
    const entry = catalog.entries.find((candidate) => candidate.space === "native" && candidate.code === code);
    assert.ok(entry, `native ${code} is in the catalog`);
    for (const sdk of CONTEXTS) {
      const found = lookup("native", code, sdk);
      const want = expectedByCode(entry, sdk);
      assert.deepEqual(answerOf(found), want, `native ${code} ${sdk ?? "(no SDK)"}`);
      rows.push(`${code} ${sdk ?? "(none)"}: ${want[2]} (${want[1]})`);
    }
    const plain = lookup("native", code);
    assert.deepEqual(plain.meaning, entry.meanings[0]);
    assert.deepEqual(plain.meanings.slice(1), entry.meanings.slice(1), "the variants");
    assert.deepEqual(plain.conflicts, entry.conflicts);
  }
  // The two numberings of 605/606 are the point of the exercise.
  assert.equal(lookup("native", 605, "easemob-ios@3.9").sdkName, "EMErrorGroupNotExist");
  assert.equal(lookup("native", 606, "easemob-ios@4.15.0").sdkName, "EMErrorGroupNotExist");
  assert.equal(lookup("native", 605, "agora-ios@1.2.0").sdkName, "AgoraChatErrorGroupNotExist");
  assert.equal(lookup("native", 606).sdkName, "GROUP_NOT_EXIST");
  console.log(rows.join("\n"));
});

test("iOS names resolve", () => {
  assert.equal(lookupName("native", "EMErrorGroupNotExist").code, 606);
  assert.equal(lookupName("native", "AgoraChatErrorGroupNotExist").code, 606);
  assert.equal(lookupName("native", "EMErrorGroupNotExist", "easemob-ios@3.9").code, 605);
  assert.equal(lookupName("native", "AgoraChatErrorGroupNotExist", "agora-ios@1.2.0").code, 605);
  const token = lookupName("native", "EMErrorTokeWillExpire");
  assert.equal(token.name, "TOKEN_WILL_EXPIRE");
  assert.equal(lookupName("native", "emerrortokewillexpire", "easemob-ios").sdkName, "EMErrorTokeWillExpire");
  for (const name of ["EMErrorGroupNotExist", "AgoraChatErrorGroupNotExist", "EMErrorTokeWillExpire"]) {
    assert.deepEqual(lookupName(name).map((found) => found.space), ["native"], name);
  }
});

test("names across spaces: web first, then native", () => {
  const names = new Set(catalog.entries.flatMap((entry) => entry.meanings.flatMap(namesOf)));
  for (const name of names) {
    const want = ["web", "native"].map((space) => expectedByName(space, name, undefined)).filter(Boolean);
    assert.deepEqual(lookupName(name.toLowerCase()).map((found) => found.code), want.map(([code]) => code), name);
  }
  assert.deepEqual(lookupName("NOT_AN_ERROR"), []);
  assert.deepEqual(lookupName("NOT_AN_ERROR", "agora-web"), []);
});

test("bad SDKs: a typed SdkError, the same for lookups and parseSdk", () => {
  const bad = [
    ["", "unknown_family"], ["ios", "unknown_family"], ["Easemob-iOS", "unknown_family"], ["easemob-ios ", "unknown_family"],
    ["@3.9", "unknown_family"], ["x".repeat(1 << 20), "unknown_family"], ["easemob-ios\0@1", "unknown_family"],
    ["easemob-ios@", "malformed_version"], ["easemob-ios@3.9.1.2", "malformed_version"], ["easemob-ios@65536", "malformed_version"],
    ["easemob-ios@999999", "malformed_version"], ["easemob-ios@1..2", "malformed_version"], ["easemob-ios@.1", "malformed_version"],
    ["easemob-ios@3.9.", "malformed_version"], ["easemob-ios@-1", "malformed_version"], ["easemob-ios@v4", "malformed_version"],
    ["easemob-ios@١", "malformed_version"], ["easemob-ios@1e3", "malformed_version"], ["easemob-ios@3@4", "malformed_version"], ["easemob-ios@0065535", "malformed_version"],
    [`easemob-ios@${"9".repeat(1 << 20)}`, "malformed_version"], ["easemob-ios@ 4", "malformed_version"],
  ];
  for (const [sdk, reason] of bad) {
    const label = sdk.length > 40 ? `${sdk.slice(0, 20)}… (${sdk.length})` : JSON.stringify(sdk);
    for (const call of [() => parseSdk(sdk), () => lookup("native", 606, sdk), () => lookup("web", 12345, sdk),
      () => lookupName("native", "GROUP_NOT_EXIST", sdk), () => lookupName("GROUP_NOT_EXIST", sdk), () => message("web", 1, "en", sdk)]) {
      assert.throws(call, (error) => error instanceof SdkError && error instanceof TypeError && error.reason === reason, label);
    }
  }
  for (const sdk of [{ family: "mars", version: null }, { family: "easemob-ios", version: [70000] }, { family: "easemob-ios", version: "3.9" }, null, 42]) {
    assert.throws(() => lookup("native", 606, sdk), SdkError, JSON.stringify(sdk));
  }
  assert.equal(new SdkError("unknown_family").message, "unknown SDK family");
  assert.equal(new SdkError("malformed_version").message, "malformed version (expected MAJOR[.MINOR[.PATCH]])");
  assert.deepEqual(parseSdk("easemob-ios@3.9"), { family: "easemob-ios", version: [3, 9] });
  assert.deepEqual(parseSdk("agora-ios"), { family: "agora-ios", version: null });
  assert.deepEqual(parseSdk("easemob-ios@00001.65535.0"), { family: "easemob-ios", version: [1, 65535, 0] });
  for (const family of FAMILIES) assert.equal(parseSdk(family).family, family);
  // A release no scope names still gets an answer: the default meaning, unscoped.
  assert.equal(lookup("native", 606, "easemob-web").fit, "unscoped");
  assert.deepEqual(answerOf(lookup("native", 606, "easemob-web")), [0, "unscoped", "GROUP_NOT_EXIST"]);
});

test("language tags: zh… (Traditional included) is zh, en… is en, anything else undefined", () => {
  const tags = {
    zh: "zh", "zh-CN": "zh", zh_Hans: "zh", ZH_hans: "zh", "zh-Hans-CN": "zh", "zh-TW": "zh", "zh-Hant": "zh",
    "zh-HK": "zh", "zh-Hant-TW": "zh", "en-US": "en", "EN-us": "en", "en-GB": "en", en: "en",
    fr: undefined, "fr-FR": undefined, de: undefined, "de-DE": undefined, "": undefined, x: undefined,
    zz_ZZ: undefined, "-": undefined, zho: undefined, eng: undefined, ["x".repeat(1 << 20)]: undefined,
  };
  for (const [tag, language] of Object.entries(tags)) assert.equal(languageFromTag(tag), language, tag);
  assert.equal(languageFromTag(undefined), undefined);
  assert.equal(message("web", 12345, languageFromTag("fr") ?? "en"), "Unknown error (web 12345)");
  assert.equal(message("web", 12345, languageFromTag("zh-TW") ?? "en"), "未知错误（web 12345）");
});

test("the entries and answers cannot be changed", () => {
  const found = lookup("native", 605, "easemob-ios@3.9");
  for (const object of [entries("web")[0], lookup("web", catalog.entries[0].code), found, found.meaning, found.meaning.scope[0], found.names, found.conflicts]) {
    assert.ok(Object.isFrozen(object));
  }
  assert.throws(() => {
    "use strict";
    found.meaning.summary.en = "x";
  }, TypeError);
});

test("an unknown space or language is a TypeError", () => {
  assert.throws(() => lookup("mars", 1), TypeError);
  assert.throws(() => lookupName("mars", "X"), TypeError);
  assert.throws(() => entries("mars"), TypeError);
  assert.throws(() => message("web", 1, "fr"), TypeError);
  assert.throws(() => message("web", 1, "zh-TW"), TypeError);
});
