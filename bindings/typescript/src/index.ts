// The chat-errors npm package: the error codes of the Agora Chat SDKs, both
// numbering spaces, with zh and en text. The data modules (web.ts, native.ts)
// are generated from the catalog; this file only joins them.
import { WEB_ERRORS, lookupWebError, webErrorByName, type Language, type WebErrorInfo } from "./web.js";
import { NATIVE_ERRORS, lookupNativeError, nativeErrorByName, type NativeErrorInfo } from "./native.js";

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

/** A space's errors, answered by the generated module's lookups (which hold the name rule). */
interface Table<E extends ChatError> {
  readonly entries: readonly E[];
  byCode(code: number): E | undefined;
  byName(name: string): E | undefined;
}

/** The table of one space: each of the module's entries with its `space`, frozen. */
function table<I extends object, S extends Space>(
  space: S,
  infos: readonly I[],
  byCode: (code: number) => I | undefined,
  byName: (name: string) => I | undefined,
): Table<I & { readonly space: S } & ChatError> {
  type E = I & { readonly space: S } & ChatError;
  const copies = new Map(infos.map((info): [I, E] => [info, Object.freeze({ space, ...info }) as E]));
  const copy = (info: I | undefined): E | undefined => (info === undefined ? undefined : copies.get(info));
  return {
    entries: [...copies.values()],
    byCode: (code) => copy(byCode(code)),
    byName: (name) => copy(byName(name)),
  };
}

const TABLES = {
  web: table("web", WEB_ERRORS, lookupWebError, webErrorByName),
  native: table("native", NATIVE_ERRORS, lookupNativeError, nativeErrorByName),
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
  return tableOf(space).byCode(code);
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
    return [TABLES.web.byName(first), TABLES.native.byName(first)].filter((entry) => entry !== undefined);
  }
  return tableOf(first as Space).byName(name);
}

/** The text to show for any code: the summary in `language`, or "Unknown error (web 12345)" / "未知错误（web 12345）". */
export function message(space: Space, code: number, language: Language): string {
  const entry = lookup(space, code);
  if (language !== "en" && language !== "zh") throw new TypeError(`unknown language ${String(language)} (en or zh)`);
  if (entry !== undefined) return entry.summary[language];
  return language === "zh" ? `未知错误（${space} ${code}）` : `Unknown error (${space} ${code})`;
}
