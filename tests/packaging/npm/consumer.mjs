// A plain JavaScript (Node ESM) use of the installed npm package.
import assert from "node:assert/strict";
import { CATALOG_VERSION, SdkError, WebErrorCode, lookup, lookupName, message } from "chat-errors";

assert.equal(lookup("web", 508).name, "MESSAGE_MODERATION_BLOCKED");
assert.equal(lookup("native", 508).name, "MESSAGE_EXTERNAL_LOGIC_BLOCKED");
assert.equal(lookup("web", WebErrorCode.SERVER_BUSY).space, "web");
assert.equal(lookupName("native", "server_busy").space, "native");
assert.equal(message("web", 508, "zh"), lookup("web", 508).summary.zh);
assert.equal(message("web", 12345, "en"), "Unknown error (web 12345)");
assert.equal(message("native", 12345, "zh"), "未知错误（native 12345）");
assert.equal(lookup("native", 606, "agora-ios").sdkName, "AgoraChatErrorGroupNotExist");
assert.equal(lookupName("native", "EMErrorTokeWillExpire").name, "TOKEN_WILL_EXPIRE");
assert.throws(() => lookup("native", 606, "mars"), SdkError);
console.log(`npm consumer (JavaScript): checks ok, catalog ${CATALOG_VERSION}`);
