// A Web app's use of the installed npm package, compiled with tsc --strict:
// the types must narrow as promised, and the wrong uses below must not compile.
import {
  CATALOG_VERSION,
  NativeErrorCode,
  WebErrorCode,
  lookup,
  lookupName,
  languageFromTag,
  message,
  SdkError,
  type ChatError,
  type ChatErrorFound,
  type Fit,
  type NativeErrorCodeName,
  type Space,
  type WebError,
  type WebErrorCodeName,
  type WebErrorName,
} from "chat-errors";

function expect(condition: boolean, what: string): void {
  if (!condition) throw new Error(`npm consumer (TypeScript): ${what}`);
}

const moderated: WebError | undefined = lookup("web", WebErrorCode.MESSAGE_MODERATION_BLOCKED);
expect(moderated !== undefined, "web 508 is documented");
const webName: WebErrorName | undefined = moderated?.name;
expect(webName === "MESSAGE_MODERATION_BLOCKED", "web 508's name");

// An SDK callback gives a space and a code: the result narrows on `space`.
function describe(space: Space, code: number): string {
  const entry: ChatError | undefined = lookup(space, code);
  if (entry?.space === "native") {
    const name: NativeErrorCodeName = entry.name;
    return `native ${name}`;
  }
  return entry === undefined ? message(space, code, "en") : `web ${entry.name}`;
}
expect(describe("native", NativeErrorCode.MESSAGE_EXTERNAL_LOGIC_BLOCKED) === "native MESSAGE_EXTERNAL_LOGIC_BLOCKED", "native 508");
expect(describe("web", 12345) === "Unknown error (web 12345)", "unknown code, en");
expect(message("native", 12345, "zh") === "未知错误（native 12345）", "unknown code, zh");

const busy: readonly ChatError[] = lookupName("server_busy");
expect(busy.map((entry) => entry.space).join(",") === "web,native", "SERVER_BUSY in both spaces, web first");
expect(lookupName("web", "Server_Busy")?.code === WebErrorCode.SERVER_BUSY, "name lookup with a space");
expect(/^\d+\.\d+\.\d+/.test(CATALOG_VERSION), "catalog version");

// In an SDK's context: the meaning that SDK emits, and the name it prints.
const old: ChatErrorFound | undefined = lookup("native", 605, "easemob-ios@3.9");
const fit: Fit | undefined = old?.fit;
expect(old?.sdkName === "EMErrorGroupNotExist" && fit === "emitted", "605 in easemob-ios 3.9");
expect(old?.meaning.user.en !== undefined && old.meaning.scope.length > 0, "its meaning");
expect(lookupName("native", "AgoraChatErrorGroupNotExist")?.code === NativeErrorCode.GROUP_NOT_EXIST, "iOS name");
try {
  lookup("native", 605, "easemob-ios@three");
  expect(false, "a malformed version throws");
} catch (error) {
  expect(error instanceof SdkError && error.reason === "malformed_version", "SdkError");
}
expect(message("web", 12345, languageFromTag("zh-TW") ?? "en") === "未知错误（web 12345）", "zh-TW gets zh");

export function wrongUses(entry: WebError): void {
  // @ts-expect-error: not a space
  lookup("mars", 1);
  // @ts-expect-error: not a language
  message("web", 1, "fr");
  // @ts-expect-error: an SDK is a string or a parsed Sdk
  lookup("native", 605, 3.9);
  // @ts-expect-error: entries are read-only
  entry.code = 1;
  // @ts-expect-error: a native name is not a web name
  const name: WebErrorCodeName = "EM_NO_ERROR";
  void name;
}

console.log(`npm consumer (TypeScript): checks ok, catalog ${CATALOG_VERSION}`);
