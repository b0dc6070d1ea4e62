// The chat-errors npm package: the error codes of the Agora Chat SDKs, both
// numbering spaces, with zh and en text. The data modules (web.ts, native.ts)
// are generated from the catalog; this file only joins them.
import {
  CATALOG_VERSION,
  WEB_ERRORS,
  type Language,
  type WebErrorInfo,
} from "./web.js";
import { NATIVE_ERRORS, type NativeErrorInfo } from "./native.js";

export { CATALOG_VERSION, WebErrorCode } from "./web.js";
export type {
  Action,
  Category,
  Language,
  LocalizedText,
  WebErrorCodeName,
  WebErrorCodeValue,
  WebErrorInfo,
} from "./web.js";
export { NativeErrorCode } from "./native.js";
export type { NativeErrorCodeName, NativeErrorCodeValue, NativeErrorInfo } from "./native.js";

/** The numbering spaces: the Web SDK's codes, and the native (Android, iOS, React Native) SDKs' codes. */
export type Space = "web" | "native";

/** A documented error of the web space. */
export type WebError = WebErrorInfo & { readonly space: "web" };
/** A documented error of the native space. */
export type NativeError = NativeErrorInfo & { readonly space: "native" };
/** A documented error of either space; `space` tells which. */
export type ChatError = WebError | NativeError;

interface Table<E extends ChatError> {
  readonly entries: readonly E[];
  readonly byCode: ReadonlyMap<number, E>;
  readonly byName: ReadonlyMap<string, E>;
}

/** `text` with ASCII letters upper-cased: names compare ASCII case-insensitively, as in the catalog. */
function asciiUpper(text: string): string {
  return text.replace(/[a-z]/g, (letter) => letter.toUpperCase());
}

function table<E extends ChatError>(entries: readonly E[]): Table<E> {
  return {
    entries,
    byCode: new Map(entries.map((entry): [number, E] => [entry.code, entry])),
    byName: new Map(
      entries.flatMap((entry) => [entry.name, ...entry.aliases].map((name): [string, E] => [asciiUpper(name), entry])),
    ),
  };
}

const TABLES = {
  web: table(WEB_ERRORS.map((info): WebError => Object.freeze({ space: "web", ...info }))),
  native: table(NATIVE_ERRORS.map((info): NativeError => Object.freeze({ space: "native", ...info }))),
} as const;

function tableOf(space: Space): Table<ChatError> {
  if (space !== "web" && space !== "native") throw new TypeError(`unknown space ${String(space)} (web or native)`);
  return TABLES[space];
}

/** Every documented error of a space, in code order. */
export function entries(space: "web"): readonly WebError[];
export function entries(space: "native"): readonly NativeError[];
export function entries(space: Space): readonly ChatError[];
export function entries(space: Space): readonly ChatError[] {
  return tableOf(space).entries;
}

/** The error with this code, or undefined when the code is not documented in the space. */
export function lookup(space: "web", code: number): WebError | undefined;
export function lookup(space: "native", code: number): NativeError | undefined;
export function lookup(space: Space, code: number): ChatError | undefined;
export function lookup(space: Space, code: number): ChatError | undefined {
  return tableOf(space).byCode.get(code);
}

/**
 * By constant name or alias, ASCII case-insensitive. With a space: that space's
 * error, or undefined. Without: the errors of both spaces with that name, web first.
 */
export function lookupName(space: "web", name: string): WebError | undefined;
export function lookupName(space: "native", name: string): NativeError | undefined;
export function lookupName(space: Space, name: string): ChatError | undefined;
export function lookupName(name: string): readonly ChatError[];
export function lookupName(first: string, name?: string): ChatError | undefined | readonly ChatError[] {
  if (name === undefined) {
    const key = asciiUpper(first);
    return [TABLES.web.byName.get(key), TABLES.native.byName.get(key)].filter((entry) => entry !== undefined);
  }
  return tableOf(first as Space).byName.get(asciiUpper(name));
}

/** The text to show for any code: the summary in `language`, or "Unknown error (web 12345)" / "未知错误（web 12345）". */
export function message(space: Space, code: number, language: Language): string {
  const entry = lookup(space, code);
  if (language !== "en" && language !== "zh") throw new TypeError(`unknown language ${String(language)} (en or zh)`);
  if (entry !== undefined) return entry.summary[language];
  return language === "zh" ? `未知错误（${space} ${code}）` : `Unknown error (${space} ${code})`;
}
