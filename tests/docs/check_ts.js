// Runs the compiled TypeScript modules against the JSON export: every entry,
// field by field, by code and by name, and in an SDK's context; unknown codes
// and names give undefined.
//
// Usage: node check_ts.js <compiled folder> <catalog.json>
"use strict";
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const { hasConstant } = require("./naming_rule.js");

const [folder, catalogPath] = process.argv.slice(2);
const catalog = JSON.parse(fs.readFileSync(catalogPath, "utf8"));
const modules = [
  ["web", "Web", require(path.resolve(folder, "chat_errors.js"))],
  ["native", "Native", require(path.resolve(folder, "chat_errors_native.js"))],
];
let checked = 0;
for (const [space, prefix, module] of modules) {
  const expected = catalog.entries.filter((entry) => entry.space === space);
  // A code without a constant: its name finds the code that carries the meaning today.
  const emitted = (entry) => hasConstant(catalog.entries, entry);
  const constants = module[prefix + "ErrorCode"];
  const lookup = module["lookup" + prefix + "Error"];
  const byName = module[prefix.toLowerCase() + "ErrorByName"];
  assert.equal(module.CATALOG_VERSION, catalog.catalog_version);
  assert.deepEqual(Object.keys(constants), expected.filter(emitted).map((entry) => entry.name), `${space}: names in code order`);
  assert.equal(module[prefix.toUpperCase() + "_ERRORS"].length, expected.length);
  for (const entry of expected) {
    // The module holds every member of the export but the provenance and
    // cross-references; a lookup adds the meaning that applies, its fit and name.
    const { seeds: _seeds, equivalents: _equivalents, ...fields } = entry;
    const { meaning, fit, sdkName, ...found } = lookup(entry.code);
    assert.deepEqual(found, fields, `${space} ${entry.code}`);
    assert.deepEqual([meaning, fit, sdkName], [entry.meanings[0], "default", entry.name]);
    if (!emitted(entry)) {
      checked += 1;
      continue;
    }
    assert.equal(constants[entry.name], entry.code);
    for (const name of [entry.name, entry.name.toLowerCase(), ...entry.aliases]) {
      assert.equal(byName(name), lookup(entry.code), `${space} ${name}`);
    }
    // In an SDK's context: the meaning whose scope covers it (the package's
    // tests check every scope; here, that the module answers the same way).
    for (const scope of entry.meanings.flatMap((candidate) => candidate.scope)) {
      const answer = lookup(entry.code, scope.family);
      assert.ok(answer.meaning.scope.some((covering) => covering.family === scope.family), `${space} ${entry.code} ${scope.family}`);
    }
    checked += 1;
  }
  for (const code of [12345, -99, 1.5, NaN]) assert.equal(lookup(code), undefined, `${space} ${code}`);
  assert.equal(byName("NOT_AN_ERROR"), undefined);
}
const usage = require(path.resolve(folder, "usage.js"));
const web508 = catalog.entries.find((entry) => entry.space === "web" && entry.code === 508);
assert.equal(usage.userMessage(508, "zh"), web508.summary.zh);
assert.equal(usage.userMessage(12345, "en"), "Unknown error (web 12345)");
assert.equal(usage.shouldRetry({ type: 508 }), web508.transient);
const native605 = catalog.entries.find((entry) => entry.space === "native" && entry.code === 605);
assert.equal(usage.iosName(605, "easemob-ios@3.9"), native605.meanings.find((meaning) => meaning.names.ios_easemob === "EMErrorGroupNotExist").names.ios_easemob);
assert.equal(usage.iosName(605, "not-an-sdk"), "unknown SDK family");
console.log(`typescript: ${checked} entries match the JSON export`);
