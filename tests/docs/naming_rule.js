// The catalog's name rule, computed from the JSON export for the docs tests
// (browser.js, check_ts.js): which code a name finds, and which entries the
// bindings give a constant.
"use strict";

const STATUSES = ["current", "deprecated", "removed"];
const upper = (text) => text.replace(/[a-z]/g, (letter) => letter.toUpperCase());

/** Every name of a meaning: canonical, each platform's, aliases. */
function namesOf(meaning) {
  const { canonical, aliases, ...platforms } = meaning.names;
  return [canonical, ...Object.values(platforms), ...aliases];
}

/**
 * The code `name` finds in `space` with no SDK given (the documented rule: a
 * default meaning before a variant, current before deprecated before removed,
 * then the lower code), or null.
 */
function codeNamed(entries, space, name) {
  let best = null;
  for (const entry of entries.filter((candidate) => candidate.space === space)) {
    entry.meanings.forEach((meaning, index) => {
      if (!namesOf(meaning).some((other) => upper(other) === upper(name))) return;
      const rank = (index === 0 ? 0 : 4) + STATUSES.indexOf(meaning.status);
      if (best === null || rank < best.rank || (rank === best.rank && entry.code < best.code)) {
        best = { rank, code: entry.code };
      }
    });
  }
  return best && best.code;
}

/**
 * Whether the bindings have a constant for `entry`: an SDK emits its default
 * meaning and its name finds it (a removed code whose name moved to a code
 * still emitted has none).
 */
const hasConstant = (entries, entry) =>
  entry.meanings[0].scope.length > 0 && codeNamed(entries, entry.space, entry.name) === entry.code;

module.exports = { namesOf, codeNamed, hasConstant };
