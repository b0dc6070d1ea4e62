// The space-independent rules of the chat-errors npm package, hand-written: the
// schema-2 types, the SDK rule (the same as core/src/sdk.rs), the language-tag
// rule and the lookups of a space's table. `chat-errors export --format ts`
// inlines this file after its imports (render/src/typescript/mod.rs).
import type { Action, Category, Family, Language, Status } from "./catalog.js";
import { FAMILIES, PLATFORMS, STATUS_RANK } from "./catalog.js";

/** A text in both languages. */
export interface LocalizedText {
  readonly en: string;
  readonly zh: string;
}

/** A source (an official page revision or an SDK header) that lists a meaning, with the name it prints. */
export interface Source {
  readonly source: string;
  readonly name: string;
}

/** A meaning's names: the canonical one, each platform's where it prints another, and aliases. Every one looks the meaning up. */
export interface PlatformNames {
  /** The Android constant (native) or the JS name (web); the generated constants are spelled from it. */
  readonly canonical: string;
  readonly android_easemob?: string;
  /** HyphenateChat for iOS: `EMError…`. */
  readonly ios_easemob?: string;
  /** AgoraChat for iOS: `AgoraChatError…`. */
  readonly ios_agora?: string;
  readonly cpp?: string;
  readonly unity?: string;
  readonly harmonyos?: string;
  readonly aliases: readonly string[];
}

/** The releases of one SDK family that emit a meaning: `from` and `until` inclusive, a partial version standing for its whole line (`until: "3.9"` covers every 3.9.x), `null` open. */
export interface Scope {
  readonly family: Family;
  readonly from: string | null;
  readonly until: string | null;
}

/** One meaning of a code: what the SDKs of its scope mean by it. */
export interface Meaning {
  readonly names: PlatformNames;
  readonly category: Category;
  /** Whether trying again later may succeed. */
  readonly transient: boolean;
  readonly action: Action;
  readonly status: Status;
  /** The SDKs that emit it (empty: no SDK does). */
  readonly scope: readonly Scope[];
  readonly summary: LocalizedText;
  readonly detail: LocalizedText;
  /** A message an app can show its end user. */
  readonly user: LocalizedText;
  readonly sources: readonly Source[];
}

/** A source that prints something else for a code, with no SDK artifact behind it, and why the catalog does not follow it. */
export interface Conflict {
  readonly source: string;
  readonly says: string;
  readonly reason: LocalizedText;
}

/** An SDK a code was received from: a family and optionally its release (`null`: the newest release; `[3, 9]`: the newest 3.9.x). */
export interface Sdk {
  readonly family: Family;
  readonly version: readonly number[] | null;
}

/** Why a text is not an SDK: `unknown_family` (not one of `FAMILIES`) or `malformed_version` (not `MAJOR[.MINOR[.PATCH]]`, digits, each part at most 65535). */
export type SdkErrorReason = "unknown_family" | "malformed_version";

/** Thrown for an SDK that is not `family` or `family@VERSION`. */
export class SdkError extends TypeError {
  readonly reason: SdkErrorReason;

  constructor(reason: SdkErrorReason) {
    super(reason === "unknown_family" ? "unknown SDK family" : "malformed version (expected MAJOR[.MINOR[.PATCH]])");
    this.name = "SdkError";
    this.reason = reason;
  }
}

/** How a lookup's meaning was chosen: no SDK given (the default meaning), the SDK's scope covers it (`emitted`), or no meaning's scope covers the SDK (`unscoped`: the default meaning, as the best guess). */
export type Fit = "default" | "emitted" | "unscoped";

/**
 * Parses `family` or `family@VERSION` (`VERSION` = `MAJOR[.MINOR[.PATCH]]`, a
 * partial version meaning the newest release of that line); family names are
 * exact, as in `FAMILIES`. Throws `SdkError` for anything else. An `Sdk` object
 * is checked the same way.
 */
export function parseSdk(sdk: string | Sdk): Sdk {
  const text = typeof sdk === "string" ? sdk : sdkText(sdk);
  const at = text.indexOf("@");
  const family = at < 0 ? text : text.slice(0, at);
  if (!(FAMILIES as readonly string[]).includes(family)) throw new SdkError("unknown_family");
  if (at < 0) return Object.freeze({ family: family as Family, version: null });
  const parts = text.slice(at + 1).split(".");
  if (parts.length > 3 || parts.some((part) => !/^[0-9]{1,5}$/.test(part) || Number(part) > 65535)) {
    throw new SdkError("malformed_version");
  }
  return Object.freeze({ family: family as Family, version: Object.freeze(parts.map(Number)) });
}

/** An `Sdk` spelled `family@VERSION` (anything else, to be refused by `parseSdk`). */
function sdkText(sdk: Sdk): string {
  if (typeof sdk !== "object" || sdk === null) return String(sdk);
  const version = sdk.version;
  if (version === null || version === undefined) return String(sdk.family);
  return Array.isArray(version) ? `${String(sdk.family)}@${version.map(String).join(".")}` : "@";
}

/** `parts` with the missing ones (up to three) read as `missing`. */
function filled(parts: readonly number[], missing: number): number[] {
  return [0, 1, 2].map((index) => parts[index] ?? missing);
}

function compareReleases(a: readonly number[], b: readonly number[]): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** Whether `scope` covers `sdk` (no version: the family's newest release). */
function covers(scope: Scope, sdk: Sdk): boolean {
  const point = filled(sdk.version ?? [], 65535);
  const release = (version: string, missing: number) => filled(version.split(".").map(Number), missing);
  return (
    scope.family === sdk.family &&
    (scope.from === null || compareReleases(release(scope.from, 0), point) <= 0) &&
    (scope.until === null || compareReleases(point, release(scope.until, 65535)) <= 0)
  );
}

/**
 * The catalog's language for a language tag (BCP 47 or POSIX, case-insensitive,
 * by primary subtag): `zh…` (`zh-TW`, `zh-Hant` and `zh-HK` included: the
 * catalog has Simplified Chinese text only) gives "zh", `en…` gives "en",
 * anything else undefined (use your fallback). The rule of every chat-errors
 * language: docs/languages.md.
 */
export function languageFromTag(tag: string): Language | undefined {
  if (typeof tag !== "string") return undefined;
  const primary = tag.split(/[-_]/)[0].replace(/[A-Z]/g, (letter) => letter.toLowerCase());
  return primary === "en" || primary === "zh" ? primary : undefined;
}

/** A lookup's answer: the error's members (those of its default meaning), with the meaning that applies, how it was chosen, and the name the SDK asked about prints (the canonical name without one). */
export type Found<Info> = Info & {
  /** The meaning that applies: the one the SDK emits, else (and without an SDK) the default meaning. */
  readonly meaning: Meaning;
  readonly fit: Fit;
  /** The name of `meaning` that the SDK prints (the canonical name without an SDK). */
  readonly sdkName: string;
};

/** What a space's lookups need of its errors. */
interface Coded {
  readonly code: number;
  readonly meanings: readonly Meaning[];
}

/** A space's lookups, by code and by name (see `spaceLookups`). */
export interface Lookups<Info> {
  byCode(code: number, sdk?: string | Sdk): Found<Info> | undefined;
  byName(name: string, sdk?: string | Sdk): Found<Info> | undefined;
}

/** `value` and everything in it made read-only. */
function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const member of Object.values(value)) deepFreeze(member);
  }
  return value;
}

/** Whether an SDK of `meaning`'s scope is `sdk`. */
function emits(meaning: Meaning, sdk: Sdk | null): boolean {
  return sdk !== null && meaning.scope.some((scope) => covers(scope, sdk));
}

/** The SDK asked about, checked; `null` without one. */
function context(sdk: string | Sdk | undefined): Sdk | null {
  return sdk === undefined ? null : parseSdk(sdk);
}

/** `text` with ASCII letters upper-cased (names compare ASCII case-insensitively). */
function asciiUpper(text: string): string {
  return text.replace(/[a-z]/g, (letter) => letter.toUpperCase());
}

/**
 * The lookups of one space's errors (`all`, in code order; frozen here, everything in them):
 * `byCode` gives the error with this code (undefined when the space has no such code), with the
 * meaning the SDK emits (`family` or `family@VERSION`, or a parsed `Sdk`), or without one the
 * default meaning; `byName` the error one of whose meanings has this name on any platform (ASCII
 * case-insensitive), or undefined. A name may belong to meanings of several codes, never two that
 * one SDK release emits: the meaning the SDK emits wins, then a default meaning before a variant,
 * then current before deprecated before removed, then the lower code. Both throw `SdkError` for an
 * SDK that does not parse.
 */
export function spaceLookups<Info extends Coded>(all: readonly Info[]): Lookups<Info> {
  deepFreeze(all);
  // The answer without an SDK, one per error, so that lookups give the same object.
  const defaults: ReadonlyMap<Info, Found<Info>> = new Map(
    all.map((error): [Info, Found<Info>] => [
      error,
      Object.freeze({ ...error, meaning: error.meanings[0], fit: "default", sdkName: error.meanings[0].names.canonical }),
    ]),
  );
  // The answer giving `error`'s meaning at `index`, for `sdk` (`null`: none given).
  const answer = (error: Info, index: number, sdk: Sdk | null, emitted: boolean): Found<Info> => {
    const meaning = error.meanings[index];
    if (sdk === null) {
      if (index === 0) return defaults.get(error) as Found<Info>;
      return Object.freeze({ ...error, meaning, fit: "default", sdkName: meaning.names.canonical });
    }
    const platform = PLATFORMS[sdk.family];
    const sdkName = (platform === "canonical" ? undefined : meaning.names[platform]) ?? meaning.names.canonical;
    return Object.freeze({ ...error, meaning, fit: emitted ? "emitted" : "unscoped", sdkName });
  };
  const byCode: ReadonlyMap<number, Info> = new Map(all.map((error): [number, Info] => [error.code, error]));
  // Every name of every meaning, ASCII upper-cased, with the errors and meanings (by index) it names.
  const byName = new Map<string, (readonly [Info, number])[]>();
  for (const error of all) {
    error.meanings.forEach((meaning, index) => {
      const { canonical, aliases, ...platforms } = meaning.names;
      const names = new Set([canonical, ...Object.values(platforms), ...aliases].map(asciiUpper));
      for (const name of names) byName.set(name, [...(byName.get(name) ?? []), [error, index]]);
    });
  }
  return {
    byCode(code, sdk) {
      const parsed = context(sdk);
      const error = byCode.get(code);
      if (error === undefined) return undefined;
      const index = error.meanings.findIndex((meaning) => emits(meaning, parsed));
      return answer(error, Math.max(index, 0), parsed, index >= 0);
    },
    byName(name, sdk) {
      const parsed = context(sdk);
      let best: { rank: number; error: Info; index: number; emitted: boolean } | undefined;
      for (const [error, index] of byName.get(asciiUpper(String(name))) ?? []) {
        const meaning = error.meanings[index];
        const emitted = emits(meaning, parsed);
        const rank = (emitted ? 0 : 8) + (index === 0 ? 0 : 4) + STATUS_RANK[meaning.status];
        if (best === undefined || rank < best.rank || (rank === best.rank && error.code < best.error.code)) {
          best = { rank, error, index, emitted };
        }
      }
      if (best === undefined) return undefined;
      return answer(best.error, best.index, parsed, best.emitted);
    },
  };
}
