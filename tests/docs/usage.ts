// A tiny Web app's use of the generated modules; type-checked with tsc --strict.
import {
  WebErrorCode,
  lookupWebError,
  webErrorByName,
  type Language,
  type WebErrorCodeName,
  type WebErrorCodeValue,
  type WebErrorInfo,
} from "./chat_errors";
import {
  NativeErrorCode,
  SdkError,
  lookupNativeError,
  type NativeErrorCodeName,
  type NativeErrorFound,
} from "./chat_errors_native";

// Names map to literal codes, spelled as the SDK spells them.
export const openError: 1 = WebErrorCode.WEBIM_CONNCTION_OPEN_ERROR;
export const disconnected: WebErrorCodeName = "WEBIM_CONNCTION_DISCONNECTED";
export const nativeNetwork: 2 = NativeErrorCode.NETWORK_ERROR;
export const nativeName: NativeErrorCodeName = "USER_NOT_FOUND";

// @ts-expect-error: not a Web constant name
export const wrongName: WebErrorCodeName = "NOT_AN_ERROR";
// @ts-expect-error: 99999 is not a Web code
export const wrongCode: WebErrorCodeValue = 99999;
// @ts-expect-error: a native name is not a Web name
export const otherSpace: WebErrorCodeName = "EM_NO_ERROR";

export function mutate(): void {
  // @ts-expect-error: the map is read-only
  WebErrorCode.REQUEST_SUCCESS = 5;
}

/** The message to show for an SDK error, in the user's language. */
export function userMessage(code: number, language: Language): string {
  const info: WebErrorInfo | undefined = lookupWebError(code);
  return info === undefined ? `Unknown error (web ${code})` : info.summary[language];
}

/** Whether the app may retry the failed call later. */
export function shouldRetry(error: { type: number }): boolean {
  return lookupWebError(error.type)?.transient ?? false;
}

export function describe(name: string): string | undefined {
  const info = webErrorByName(name);
  if (info === undefined) return undefined;
  const code: WebErrorCodeValue = info.code;
  return `${code} ${info.name}: ${info.detail.en} / ${info.detail.zh} (${info.category}, ${info.action})`;
}

export const nativeSummary: string | undefined = lookupNativeError(NativeErrorCode.GENERAL_ERROR)?.summary.zh;

/** The name an iOS SDK prints for a native code, or why the SDK is refused. */
export function iosName(code: number, sdk: string): string | undefined {
  try {
    const found: NativeErrorFound | undefined = lookupNativeError(code, sdk);
    return found?.sdkName;
  } catch (error) {
    if (error instanceof SdkError) return error.message;
    throw error;
  }
}

export function wrongSdk(): void {
  // @ts-expect-error: an SDK is a string or a parsed Sdk
  lookupNativeError(605, 3.9);
}
