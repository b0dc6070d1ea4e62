// Browser test of the HTML reference: the committed docs/reference.html (its
// assets loaded from docs/assets/) or the self-contained page of
// `chat-errors export --format html`. Chromium, driven by playwright-core,
// opens it from file:// and checks every entry against the JSON export.
//
// Usage: node browser.js <reference.html> <catalog.json> <search-token.json> <screenshot.png> <repo root>
"use strict";
const { chromium } = require("playwright-core");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const rule = require("./naming_rule.js");

const [htmlPath, catalogPath, tokenSearchPath, shotPath, root] = process.argv.slice(2);
const catalog = JSON.parse(fs.readFileSync(catalogPath, "utf8"));
const entries = catalog.entries;
const url = "file://" + path.resolve(htmlPath);
let checks = 0;

function check(name, fn) {
  return Promise.resolve(fn()).then(() => {
    checks += 1;
    console.log("ok: " + name);
  });
}

const anchor = (entry) => entry.space + "-" + entry.code;

const hasConstant = (entry) => rule.hasConstant(entries, entry);
const asciiLower = (text) => text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());

const { namesOf } = rule;

// The expected search result: entries one of whose meanings has a name, or a
// zh/en summary, detail or end-user message, containing the query (ASCII
// case-insensitively), or whose code it is.
function expectedSearch(query) {
  const needle = asciiLower(query.trim());
  return entries
    .filter((entry) =>
      String(entry.code) === query.trim() ||
      entry.meanings.some((meaning) =>
        [...namesOf(meaning), ...["summary", "detail", "user"].flatMap((key) => [meaning[key].en, meaning[key].zh])]
          .some((text) => asciiLower(text).includes(needle))))
    .map(anchor);
}

// What every card shows beyond its heading, read from the page.
const cardContents = (tab) =>
  tab.$$eval("article.entry", (nodes) => nodes.map((node) => {
    const facts = (root) => Object.fromEntries([...root.querySelectorAll(":scope > dl.facts > dd[data-key]")]
      .map((value) => [value.dataset.key, value.textContent]));
    return {
      facts: facts(node),
      variants: [...node.querySelectorAll(".variant")].map((variant) => ({
        name: variant.querySelector(".variant-name").textContent,
        scope: variant.querySelector(".variant-scope").textContent,
        summary: variant.querySelector(".variant-summary").textContent,
        facts: facts(variant),
      })),
      conflicts: [...node.querySelectorAll(".conflict")].map((conflict) => ({
        source: conflict.querySelector(".conflict-source").textContent,
        says: conflict.querySelector(".conflict-says").textContent,
        reason: conflict.querySelector(".conflict-reason").textContent,
      })),
      headings: [...node.querySelectorAll("h3")].map((heading) => heading.textContent),
    };
  }));

// The constants each binding defines, read from the generated binding sources.
function bindingConstants() {
  const header = fs.readFileSync(path.join(root, "include/chat_errors.h"), "utf8");
  const kotlin = fs.readFileSync(path.join(root, "bindings/kotlin/src/main/kotlin/io/chaterrors/ErrorCodes.kt"), "utf8");
  const swift = fs.readFileSync(path.join(root, "bindings/swift/ErrorCodes.swift"), "utf8");
  const section = (text, start, end) => text.slice(text.indexOf(start), end ? text.indexOf(end) : undefined);
  const c = new Map();
  for (const match of header.matchAll(/^#define (CHAT_ERRORS_(?:WEB|NATIVE)_\w+) (-?\d+)$/gm)) c.set(match[1], Number(match[2]));
  const constants = { c, kotlin: new Map(), swift: new Map() };
  for (const [space, enumName, next] of [["web", "WebErrorCode", "NativeErrorCode"], ["native", "NativeErrorCode", null]]) {
    const kt = section(kotlin, "enum class " + enumName, next && "enum class " + next);
    for (const match of kt.matchAll(/^ {4}(\w+)\((-?\d+)\)[,;]$/gm)) constants.kotlin.set(enumName + "." + match[1], Number(match[2]));
    const sw = section(swift, "public enum " + enumName, next && "public enum " + next);
    for (const match of sw.matchAll(/^ {4}case `?(\w+)`? = (-?\d+)$/gm)) constants.swift.set(enumName + "." + match[1], Number(match[2]));
  }
  return constants;
}

// The anchors of the entries shown now, in page order.
const visibleAnchors = (tab) =>
  tab.$$eval("article.entry", (nodes) => nodes.filter((node) => !node.hidden && node.offsetParent !== null).map((node) => node.id));

// Whether the element with this id has its top inside the viewport (below the sticky header).
const inView = (tab, id) =>
  tab.evaluate((id) => {
    const box = document.getElementById(id).getBoundingClientRect();
    const header = document.querySelector("header").getBoundingClientRect();
    return box.top >= header.bottom - 1 && box.top < window.innerHeight && window.scrollY > 0;
  }, id);

(async () => {
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const requests = [];
  const errors = [];
  try {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, locale: "en-US" });
    context.on("request", (request) => requests.push(request.url()));
    const tab = await context.newPage();
    tab.on("pageerror", (error) => errors.push(String(error)));
    tab.on("console", (message) => { if (message.type() === "error") errors.push(message.text()); });
    await tab.goto(url);
    await tab.waitForSelector("article.entry");

    await check("every entry is shown, in catalog order, with its anchor", async () => {
      assert.deepEqual(await visibleAnchors(tab), entries.map(anchor));
      assert.equal(await tab.textContent("#count"), entries.length + " of " + entries.length + " entries");
    });

    await check("the page's data is the JSON export, entry by entry", async () => {
      const embedded = await tab.evaluate(() => window.CHAT_ERRORS_DATA);
      assert.equal(embedded.catalog_version, catalog.catalog_version);
      assert.equal(embedded.entries.length, entries.length);
      embedded.entries.forEach((item, index) => {
        const { anchor: id, constants, search, facts, variants, ...entry } = item;
        assert.deepEqual(entry, entries[index]);
        assert.equal(id, anchor(entries[index]));
      });
    });

    await check("every card shows its name, category and the C, Kotlin and Swift constants of the bindings", async () => {
      const bindings = bindingConstants();
      const cards = await tab.$$eval("article.entry", (nodes) => nodes.map((node) => ({
        id: node.id,
        code: node.querySelector("h2 a").textContent,
        href: node.querySelector("h2 a").getAttribute("href"),
        name: node.querySelector(".name").textContent,
        category: node.querySelector(".category").textContent,
        c: node.querySelector(".constant.c")?.textContent ?? null,
        kotlin: node.querySelector(".constant.kotlin")?.textContent ?? null,
        swift: node.querySelector(".constant.swift")?.textContent ?? null,
      })));
      assert.equal(cards.length, entries.length);
      cards.forEach((card, index) => {
        const entry = entries[index];
        assert.equal(card.code, String(entry.code));
        assert.equal(card.href, "#" + anchor(entry));
        assert.equal(card.name, entry.name);
        assert.equal(card.category, entry.category);
        const emitted = hasConstant(entry);
        for (const binding of ["c", "kotlin", "swift"]) {
          if (emitted) {
            assert.equal(bindings[binding].get(card[binding]), entry.code, `${card.id}: ${binding} constant ${card[binding]}`);
          } else {
            assert.equal(card[binding], null, `${card.id}: no ${binding} constant`);
          }
        }
      });
      const withConstant = entries.filter(hasConstant).length;
      for (const binding of ["c", "kotlin", "swift"]) assert.equal(bindings[binding].size, withConstant, binding);
    });

    for (const language of ["zh", "en"]) {
      await check(`the ${language} switch shows every summary and detail in ${language}`, async () => {
        const before = await tab.textContent("#web-508 .summary");
        await tab.click("#lang-" + language);
        const texts = await tab.$$eval("article.entry", (nodes) =>
          nodes.map((node) => [node.querySelector(".summary").textContent, node.querySelector(".detail").textContent]));
        texts.forEach(([summary, detail], index) => {
          assert.equal(summary, entries[index].summary[language]);
          assert.equal(detail, entries[index].detail[language]);
        });
        const web508 = entries.find((entry) => anchor(entry) === "web-508");
        assert.notEqual(before, web508.summary[language], "the switch changed the text");
        assert.equal(await tab.getAttribute("html", "lang"), language === "zh" ? "zh-CN" : "en");
        assert.equal(await tab.getAttribute("#lang-" + language, "aria-pressed"), "true");
      });
    }

    for (const language of ["zh", "en"]) {
      await check(`in ${language}, every card shows its user message, action and status in words, platform names, variants with their SDKs, and conflicts`, async () => {
        await tab.click("#lang-" + language);
        const cards = await cardContents(tab);
        // Each action and status has one word per language, not its identifier, and no two share one.
        const words = { action: new Map(), status: new Map() };
        const sawWord = (kind, identifier, word, where) => {
          assert.ok(word && word !== identifier && !/^[a-z_]+$/.test(word), `${where}: ${kind} ${identifier} shown as ${word}`);
          if (language === "zh") assert.ok(/[\u4e00-\u9fff]/.test(word), `${where}: ${word} is Chinese`);
          assert.equal(words[kind].get(identifier) ?? word, word, `${where}: one word for ${identifier}`);
          words[kind].set(identifier, word);
        };
        const checkMeaning = (shown, meaning, where) => {
          assert.equal(shown.facts.user, meaning.user[language], `${where}: user message`);
          sawWord("action", meaning.action, shown.facts.action, where);
          sawWord("status", meaning.status, shown.facts.status, where);
          const { canonical: _canonical, aliases, ...platforms } = meaning.names;
          const listed = Object.entries(platforms).map(([platform, name]) => `${platform}: ${name}`).join(", ");
          assert.equal(shown.facts.names, listed || undefined, `${where}: platform names`);
          assert.equal(shown.facts.aliases, aliases.length > 0 ? aliases.join(", ") : undefined, `${where}: aliases`);
        };
        cards.forEach((card, index) => {
          const entry = entries[index];
          const where = anchor(entry);
          checkMeaning(card, entry.meanings[0], where);
          assert.equal(card.variants.length, entry.meanings.length - 1, `${where}: variants`);
          card.variants.forEach((variant, at) => {
            const meaning = entry.meanings[at + 1];
            assert.equal(variant.name, meaning.names.canonical, `${where}: variant name`);
            assert.equal(variant.summary, meaning.summary[language], `${where}: variant summary`);
            for (const scope of meaning.scope) {
              for (const part of [scope.family, scope.from, scope.until].filter(Boolean)) {
                assert.ok(variant.scope.includes(part), `${where}: variant scope ${variant.scope} names ${part}`);
              }
            }
            checkMeaning(variant, meaning, `${where} variant ${at + 1}`);
          });
          assert.deepEqual(card.conflicts, entry.conflicts.map((conflict) =>
            ({ source: conflict.source, says: conflict.says, reason: conflict.reason[language] })), `${where}: conflicts`);
          assert.equal(card.headings.length, (card.variants.length > 0) + (card.conflicts.length > 0), `${where}: section headings`);
          assert.ok(card.headings.every((heading) => heading.length > 0), `${where}: headings have words`);
        });
        for (const kind of ["action", "status"]) {
          const shown = [...words[kind].values()];
          assert.equal(new Set(shown).size, shown.length, `${kind}: different words for different ${kind}s`);
        }
        assert.ok(cards.some((card) => card.variants.length > 0) && cards.some((card) => card.conflicts.length > 0));
      });
    }

    await check("searches over the new fields: iOS names, variants' names, user messages", async () => {
      const web508 = entries.find((entry) => anchor(entry) === "web-508");
      const withVariant = entries.find((entry) => entry.meanings.length > 1);
      for (const query of ["EMErrorGroupNotExist", "agorachaterror", withVariant.meanings[1].names.canonical,
        web508.user.zh, web508.user.en.toUpperCase(), "EMErrorTokeWillExpire"]) {
        await tab.fill("#search", query);
        const expected = expectedSearch(query);
        assert.ok(expected.length > 0, query);
        assert.deepEqual(await visibleAnchors(tab), expected, query);
      }
      await tab.fill("#search", "EMErrorGroupNotExist");
      assert.ok((await visibleAnchors(tab)).includes("native-605") && (await visibleAnchors(tab)).includes("native-606"));
      await tab.fill("#search", "");
    });

    await check("a search for token shows exactly the entries whose text mentions token", async () => {
      const expected = expectedSearch("token");
      const cli = JSON.parse(fs.readFileSync(tokenSearchPath, "utf8")).map(anchor);
      assert.deepEqual(expected, cli, "the rule is chat-errors search's");
      assert.ok(expected.length > 0 && expected.length < entries.length);
      for (const query of ["token", "TOKEN", "  Token "]) {
        await tab.fill("#search", query);
        assert.deepEqual(await visibleAnchors(tab), expected, query);
      }
      assert.equal(await tab.textContent("#count"), expected.length + " of " + entries.length + " entries");
    });

    await check("searches for a code, a name and Chinese text follow the same rule", async () => {
      for (const query of ["508", "-1", "connction", "群组", "登录失败"]) {
        await tab.fill("#search", query);
        const expected = expectedSearch(query);
        assert.ok(expected.length > 0, query);
        assert.deepEqual(await visibleAnchors(tab), expected, query);
      }
      await tab.fill("#search", "no entry has this text");
      assert.deepEqual(await visibleAnchors(tab), []);
      await tab.fill("#search", "");
    });

    await check("the space and category filters show exactly their entries", async () => {
      for (const space of ["web", "native"]) {
        await tab.selectOption("#space", space);
        assert.deepEqual(await visibleAnchors(tab), entries.filter((entry) => entry.space === space).map(anchor));
      }
      await tab.selectOption("#space", "");
      const categories = [...new Set(entries.map((entry) => entry.category))];
      const offered = await tab.$$eval("#category option", (nodes) => nodes.map((node) => node.value).filter(Boolean));
      assert.deepEqual([...offered].sort(), [...categories].sort());
      for (const category of categories) {
        await tab.selectOption("#category", category);
        assert.deepEqual(await visibleAnchors(tab), entries.filter((entry) => entry.category === category).map(anchor));
      }
      await tab.selectOption("#space", "native");
      await tab.selectOption("#category", "message");
      await tab.fill("#search", "token");
      const both = expectedSearch("token").filter((id) => {
        const entry = entries.find((item) => anchor(item) === id);
        return entry.space === "native" && entry.category === "message";
      });
      assert.deepEqual(await visibleAnchors(tab), both);
      await tab.fill("#search", "");
      await tab.selectOption("#space", "");
      await tab.selectOption("#category", "");
    });

    await check("#web-508 opens scrolled to that entry", async () => {
      const opened = await context.newPage();
      await opened.goto(url + "#web-508");
      await opened.waitForSelector("#web-508");
      assert.ok(await inView(opened, "web-508"));
      assert.equal(await opened.evaluate(() => document.querySelector(":target")?.id), "web-508");
      await opened.close();
    });

    await check("#native-204 and a same-meaning link scroll, clearing filters that hide the entry", async () => {
      await tab.selectOption("#space", "web");
      await tab.evaluate(() => { location.hash = "#native-204"; });
      await tab.waitForFunction(() => !document.getElementById("native-204").hidden);
      assert.ok(await inView(tab, "native-204"));
      assert.equal(await tab.inputValue("#space"), "");
      await tab.click("#web-204 .facts a[href='#native-204']");
      assert.ok(await inView(tab, "native-204"));
    });

    await check("no network: every request is the file itself, no errors on the page", async () => {
      assert.ok(requests.length > 0);
      for (const request of requests) assert.ok(request.startsWith("file://"), request);
      assert.deepEqual(errors, []);
      const html = fs.readFileSync(htmlPath, "utf8");
      assert.ok(!/\b(?:src|href)=["']?(?:https?:)?\/\//i.test(html), "no external asset");
    });

    await check("a screenshot is written", async () => {
      // English: the test machine's fonts need not cover Chinese.
      await tab.click("#lang-en");
      await tab.fill("#search", "EMErrorGroupNotExist");
      await tab.evaluate(() => window.scrollTo(0, 0));
      await tab.screenshot({ path: shotPath });
      const bytes = fs.readFileSync(shotPath);
      assert.equal(bytes.subarray(0, 8).toString("hex"), "89504e470d0a1a0a");
    });
  } finally {
    await browser.close();
  }
  console.log(`browser: ${checks} checks passed`);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
