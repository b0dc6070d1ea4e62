// The chat-errors npm package: the error codes of the Agora Chat SDKs, both
// numbering spaces, with zh and en text. The data modules (web.ts, native.ts)
// and the kinds they share (catalog.ts) are generated from the catalog;
// rules.ts holds the SDK and language-tag rules and the lookups; this file
// only joins the two spaces.
import type { Language } from "./catalog.js";
import { parseSdk, type Sdk } from "./rules.js";
import { lookupWebError, WEB_ERRORS, webErrorByName, type WebErrorFound, type WebErrorInfo } from "./web.js";
import {
  lookupNativeError,
  NATIVE_ERRORS,
  nativeErrorByName,
  type NativeErrorFound,
  type NativeErrorInfo,
} from "./native.js";

export { CATALOG_VERSION, FAMILIES } from "./catalog.js";
export type { Action, Category, Family, Language, Status } from "./catalog.js";
export { languageFromTag, parseSdk, SdkError } from "./rules.js";
export type { Conflict, Fit, LocalizedText, Meaning, PlatformNames, Scope, Sdk, SdkErrorReason, Source } from "./rules.js";
export { WebErrorCode } from "./web.js";
export type { WebErrorCodeName, WebErrorName, WebErrorCodeValue, WebErrorFound, WebErrorInfo } from "./web.js";
export { NativeErrorCode } from "./native.js";
export type { NativeErrorCodeName, NativeErrorName, NativeErrorCodeValue, NativeErrorFound, NativeErrorInfo } from "./native.js";

/** The numbering spaces: the Web SDK's codes, and the native (Android, iOS, React Native) SDKs' codes. */
export type Space = "web" | "native";

/** An error of the web space. */
export type WebError = WebErrorInfo;
/** An error of the native space. */
export type NativeError = NativeErrorInfo;
/** An error of either space; `space` tells which. */
export type ChatError = WebError | NativeError;
/** A lookup's answer in either space: the error's members, with the `meaning` that applies, its `fit` and the name the SDK prints (`sdkName`). */
export type ChatErrorFound = WebErrorFound | NativeErrorFound;

/** An SDK given as `family`, `family@VERSION` or a parsed `Sdk`. */
export type SdkLike = string | Sdk;

const TABLES = {
  web: { entries: WEB_ERRORS, byCode: lookupWebError, byName: webErrorByName },
  native: { entries: NATIVE_ERRORS, byCode: lookupNativeError, byName: nativeErrorByName },
} as const;

function tableOf(space: Space) {
  if (space !== "web" && space !== "native") throw new TypeError(`unknown space ${String(space)} (web or native)`);
  return TABLES[space];
}

/** The SDK checked once here (so that every bad SDK throws this module's `SdkError`), or undefined. */
function context(sdk: SdkLike | undefined): Sdk | undefined {
  return sdk === undefined ? undefined : parseSdk(sdk);
}

/** Every error of a space, in code order. */
export function entries(space: "web"): readonly WebError[];
export function entries(space: "native"): readonly NativeError[];
export function entries(space: Space): readonly ChatError[];
export function entries(space: Space): readonly ChatError[] {
  return tableOf(space).entries;
}

/**
 * The error with this code, or undefined when the space has no such code; with an SDK
 * (`"easemob-ios@3.9"`: a partial version means the newest release of that line; no version,
 * the newest release), the meaning that SDK emits, else the default meaning (`fit: "unscoped"`;
 * without an SDK, `fit: "default"`). Throws `SdkError` for an SDK that does not parse.
 */
export function lookup(space: "web", code: number, sdk?: SdkLike): WebErrorFound | undefined;
export function lookup(space: "native", code: number, sdk?: SdkLike): NativeErrorFound | undefined;
export function lookup(space: Space, code: number, sdk?: SdkLike): ChatErrorFound | undefined;
export function lookup(space: Space, code: number, sdk?: SdkLike): ChatErrorFound | undefined {
  const table = tableOf(space);
  return table.byCode(code, context(sdk));
}

/**
 * By any meaning's name on any platform (`EMErrorGroupNotExist`, `AgoraChatErrorGroupNotExist`,
 * `GROUP_NOT_EXIST`) or alias, ASCII case-insensitive, optionally in an SDK's context (see
 * `lookup`). With a space ("web" or "native" first): that space's answer, or undefined. Without:
 * the answers of both spaces, web first. Throws `SdkError` for an SDK that does not parse.
 */
export function lookupName(space: "web", name: string, sdk?: SdkLike): WebErrorFound | undefined;
export function lookupName(space: "native", name: string, sdk?: SdkLike): NativeErrorFound | undefined;
export function lookupName(space: Space, name: string, sdk?: SdkLike): ChatErrorFound | undefined;
export function lookupName(name: string, sdk?: SdkLike): readonly ChatErrorFound[];
export function lookupName(
  first: string,
  second?: string | SdkLike,
  third?: SdkLike,
): ChatErrorFound | undefined | readonly ChatErrorFound[] {
  // No error is named "web" or "native": a first argument spelled so is a space.
  if ((first === "web" || first === "native") && typeof second === "string") {
    return tableOf(first).byName(second, context(third));
  }
  const sdk = context(second);
  return [TABLES.web.byName(first, sdk), TABLES.native.byName(first, sdk)].filter((found) => found !== undefined);
}

/**
 * The text to show for any code: the summary (of the SDK's meaning, with an SDK) in `language`,
 * or "Unknown error (web 12345)" / "未知错误（web 12345）", as in every chat-errors language.
 * For a language tag (`zh-TW`, `en-GB`, `fr`), use `languageFromTag(tag) ?? "en"`.
 */
export function message(space: Space, code: number, language: Language, sdk?: SdkLike): string {
  const found = lookup(space, code, sdk);
  if (language !== "en" && language !== "zh") throw new TypeError(`unknown language ${String(language)} (en or zh)`);
  if (found !== undefined) return found.meaning.summary[language];
  return language === "zh" ? `未知错误（${space} ${code}）` : `Unknown error (${space} ${code})`;
}
