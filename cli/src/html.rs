//! The browsable reference: one self-contained HTML file (no server, no
//! network, no external assets; works from `file://`).
//!
//! The entries are embedded as JSON (`<script type="application/json"
//! id="catalog-data">`) and rendered by the page's script: a search box
//! (a code, or ASCII case-insensitive text in the name, aliases and zh/en
//! summary and detail, the rule of `chat_errors::search`), space and
//! category filters, a zh/en switch and one anchor per entry
//! (`id="web-508"`, `#native-204`) showing the constants to paste in C,
//! Kotlin and Swift.

use crate::json::EntryJson;
use crate::naming::{c_constant, kotlin_constant, swift_constant};
use chat_errors::{Category, Entry, Space, CATALOG_VERSION, SCHEMA_VERSION};
use serde::Serialize;

/// The data the page embeds.
#[derive(Serialize)]
struct PageData {
    schema_version: u32,
    catalog_version: &'static str,
    categories: Vec<&'static str>,
    entries: Vec<PageEntry>,
}

/// An entry of the export, with its anchor and constants.
#[derive(Serialize)]
struct PageEntry {
    #[serde(flatten)]
    entry: EntryJson,
    anchor: String,
    constants: Constants,
}

/// The constant naming an entry in each language binding.
#[derive(Serialize)]
struct Constants {
    c: String,
    kotlin: String,
    swift: String,
}

/// The HTML anchor of an entry: `web-508`, `native--1`.
pub fn anchor(space: Space, code: i32) -> String {
    format!("{space}-{code}")
}

/// JSON for an inline `<script>`: `<`, `>`, `&` and the line separators
/// escaped, so no text can end the script element.
fn script_json(json: &str) -> String {
    json.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
}

/// The reference page of `entries`.
pub fn reference(entries: &[&'static Entry]) -> String {
    let data = PageData {
        schema_version: SCHEMA_VERSION,
        catalog_version: CATALOG_VERSION,
        categories: Category::ALL.iter().map(|category| category.as_str()).collect(),
        entries: entries
            .iter()
            .map(|&entry| PageEntry {
                entry: EntryJson::new(entry),
                anchor: anchor(entry.space(), entry.code()),
                constants: Constants {
                    c: c_constant(entry),
                    kotlin: kotlin_constant(entry),
                    swift: swift_constant(entry),
                },
            })
            .collect(),
    };
    let json = serde_json::to_string(&data).expect("the page data always serializes");
    TEMPLATE
        .replace("{{CATALOG_VERSION}}", CATALOG_VERSION)
        .replace("{{STYLE}}", STYLE)
        .replace("{{SCRIPT}}", SCRIPT)
        .replace("{{DATA}}", &script_json(&json))
}

const TEMPLATE: &str = r##"<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<meta name="generator" content="chat-errors export --format html (catalog {{CATALOG_VERSION}})">
<title>Agora Chat error codes — chat-errors {{CATALOG_VERSION}}</title>
<style>{{STYLE}}</style>
</head>
<body>
<header>
  <div class="bar">
    <h1 id="title">Agora Chat error codes</h1>
    <div class="lang" role="group" aria-label="Language">
      <button type="button" id="lang-en" data-lang="en">English</button>
      <button type="button" id="lang-zh" data-lang="zh">中文</button>
    </div>
  </div>
  <p class="meta" id="intro"></p>
  <div class="controls">
    <input id="search" type="search" autocomplete="off" spellcheck="false">
    <select id="space"></select>
    <select id="category"></select>
  </div>
  <p class="count" id="count" aria-live="polite"></p>
</header>
<main id="entries"></main>
<noscript><p class="noscript">This reference needs JavaScript to show its entries.</p></noscript>
<script type="application/json" id="catalog-data">{{DATA}}</script>
<script>{{SCRIPT}}</script>
</body>
</html>
"##;

const STYLE: &str = r#"
:root { --fg: #1d2330; --muted: #5b6473; --line: #dde1e8; --bg: #f6f7f9; --card: #fff; --accent: #0b5fff; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", "DejaVu Sans", sans-serif; color: var(--fg); background: var(--bg); }
header { position: sticky; top: 0; z-index: 1; background: var(--card); border-bottom: 1px solid var(--line); padding: 12px 24px 8px; }
.bar { display: flex; align-items: center; justify-content: space-between; gap: 16px; }
h1 { font-size: 20px; margin: 0; }
.meta, .count { color: var(--muted); margin: 4px 0; font-size: 13px; }
.controls { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 6px; }
#search { flex: 1 1 320px; padding: 7px 10px; font-size: 15px; border: 1px solid var(--line); border-radius: 6px; }
select { padding: 6px 8px; font-size: 14px; border: 1px solid var(--line); border-radius: 6px; background: var(--card); }
.lang button { padding: 5px 12px; border: 1px solid var(--line); background: var(--card); cursor: pointer; font-size: 14px; }
.lang button:first-child { border-radius: 6px 0 0 6px; }
.lang button:last-child { border-radius: 0 6px 6px 0; border-left: 0; }
.lang button[aria-pressed="true"] { background: var(--accent); border-color: var(--accent); color: #fff; }
main { max-width: 980px; margin: 0 auto; padding: 16px 24px 48px; }
.entry { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; margin: 0 0 12px; scroll-margin-top: 150px; }
.entry:target { border-color: var(--accent); box-shadow: 0 0 0 2px rgba(11, 95, 255, .25); }
.entry h2 { font-size: 16px; margin: 0 0 4px; display: flex; flex-wrap: wrap; align-items: baseline; gap: 8px; }
.entry h2 a { color: var(--accent); text-decoration: none; font-variant-numeric: tabular-nums; }
.name { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 15px; word-break: break-all; }
.badge { font-size: 12px; font-weight: normal; border-radius: 10px; padding: 1px 8px; background: #eef1f6; color: var(--muted); }
.badge.retry { background: #e5f6ea; color: #17692f; }
.summary { margin: 4px 0; font-weight: 600; }
.detail { margin: 4px 0 8px; }
.facts { display: grid; grid-template-columns: 8em 1fr; gap: 2px 12px; margin: 0; font-size: 13px; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; }
.facts code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; user-select: all; background: #f1f3f7; padding: 0 4px; border-radius: 4px; }
.noscript { text-align: center; }
"#;

const SCRIPT: &str = r##"
"use strict";
const DATA = JSON.parse(document.getElementById("catalog-data").textContent);
const WORDS = {
  en: {
    title: "Agora Chat error codes",
    intro: "Every documented error code of the Agora Chat SDKs: Web, and native (Android / iOS), two separate numbering spaces. Catalog " + DATA.catalog_version + ".",
    search: "Search codes, names, Chinese or English text",
    allSpaces: "All spaces", web: "Web", native: "Native (Android / iOS)",
    allCategories: "All categories",
    count: (shown, total) => shown + " of " + total + " entries",
    retry: "retry later", noRetry: "no retry",
    action: "Action", aliases: "Aliases", same: "Same meaning", c: "C", kotlin: "Kotlin", swift: "Swift",
  },
  zh: {
    title: "声网 / 环信即时通讯错误码",
    intro: "即时通讯 SDK 的全部错误码：Web 与原生（Android / iOS）是两套独立的编号。目录版本 " + DATA.catalog_version + "。",
    search: "搜索错误码、错误名、中文或英文描述",
    allSpaces: "全部平台", web: "Web", native: "原生（Android / iOS）",
    allCategories: "全部类别",
    count: (shown, total) => "显示 " + shown + " / " + total + " 条",
    retry: "可稍后重试", noRetry: "不可重试",
    action: "处理方式", aliases: "别名", same: "含义相同", c: "C", kotlin: "Kotlin", swift: "Swift",
  },
};

const state = { language: "en" };
const search = document.getElementById("search");
const spaceFilter = document.getElementById("space");
const categoryFilter = document.getElementById("category");
const list = document.getElementById("entries");
const cards = [];

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function asciiLower(text) {
  return text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
}

// The rule of chat_errors::search: the code, or ASCII case-insensitive text
// in the name, the aliases and the zh/en summary and detail.
function matches(entry, query) {
  const trimmed = query.trim();
  if (trimmed === "") return true;
  if (/^[+-]?[0-9]+$/.test(trimmed) && Number(trimmed) === entry.code) return true;
  const needle = asciiLower(trimmed);
  const texts = [entry.name, ...entry.aliases, entry.summary.en, entry.summary.zh, entry.detail.en, entry.detail.zh];
  return texts.some((text) => asciiLower(text).includes(needle));
}

function fact(facts, key) {
  const term = element("dt");
  term.dataset.word = key;
  const value = element("dd");
  facts.append(term, value);
  return value;
}

function card(entry) {
  const article = element("article", "entry");
  article.id = entry.anchor;
  article.dataset.space = entry.space;
  article.dataset.category = entry.category;
  const heading = element("h2");
  const link = element("a", "code", String(entry.code));
  link.href = "#" + entry.anchor;
  const space = element("span", "badge space");
  const category = element("span", "badge category", entry.category);
  const retry = element("span", entry.transient ? "badge retry" : "badge");
  heading.append(link, element("span", "name", entry.name), space, category, retry);
  const summary = element("p", "summary");
  const detail = element("p", "detail");
  const facts = element("dl", "facts");
  fact(facts, "action").textContent = entry.action;
  if (entry.aliases.length > 0) fact(facts, "aliases").textContent = entry.aliases.join(", ");
  if (entry.equivalents.length > 0) {
    const same = fact(facts, "same");
    entry.equivalents.forEach((target, index) => {
      if (index > 0) same.append(", ");
      const anchor = target.space + "-" + target.code;
      const other = element("a", "", target.space + " " + target.code);
      other.href = "#" + anchor;
      same.append(other);
    });
  }
  for (const binding of ["c", "kotlin", "swift"]) {
    const value = fact(facts, binding);
    value.append(element("code", "constant " + binding, entry.constants[binding]));
  }
  article.append(heading, summary, detail, facts);
  return { entry, article, space, retry, summary, detail };
}

function option(select, value, key) {
  const choice = element("option");
  choice.value = value;
  if (key) choice.dataset.word = key;
  else choice.textContent = value;
  select.append(choice);
}

function applyLanguage(language) {
  state.language = language;
  const words = WORDS[language];
  document.documentElement.lang = language === "zh" ? "zh-CN" : "en";
  document.getElementById("title").textContent = words.title;
  document.getElementById("intro").textContent = words.intro;
  search.placeholder = words.search;
  search.setAttribute("aria-label", words.search);
  for (const node of document.querySelectorAll("[data-word]")) node.textContent = words[node.dataset.word];
  for (const button of document.querySelectorAll(".lang button")) {
    button.setAttribute("aria-pressed", String(button.dataset.lang === language));
  }
  for (const item of cards) {
    item.space.textContent = words[item.entry.space];
    item.retry.textContent = item.entry.transient ? words.retry : words.noRetry;
    item.summary.textContent = item.entry.summary[language];
    item.detail.textContent = item.entry.detail[language];
  }
  applyFilters();
}

function applyFilters() {
  let shown = 0;
  for (const item of cards) {
    const visible =
      (spaceFilter.value === "" || item.entry.space === spaceFilter.value) &&
      (categoryFilter.value === "" || item.entry.category === categoryFilter.value) &&
      matches(item.entry, search.value);
    item.article.hidden = !visible;
    if (visible) shown += 1;
  }
  document.getElementById("count").textContent = WORDS[state.language].count(shown, cards.length);
}

// Shows the entry named by the URL's fragment (clearing filters that hide it).
function showTarget() {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id && document.getElementById(id);
  if (!target || !target.classList.contains("entry")) return;
  if (target.hidden) {
    search.value = "";
    spaceFilter.value = "";
    categoryFilter.value = "";
    applyFilters();
  }
  target.scrollIntoView({ block: "start" });
}

option(spaceFilter, "", "allSpaces");
option(spaceFilter, "web", "web");
option(spaceFilter, "native", "native");
option(categoryFilter, "", "allCategories");
for (const category of DATA.categories) {
  if (DATA.entries.some((entry) => entry.category === category)) option(categoryFilter, category);
}
for (const entry of DATA.entries) {
  const item = card(entry);
  cards.push(item);
  list.append(item.article);
}
search.addEventListener("input", applyFilters);
spaceFilter.addEventListener("change", applyFilters);
categoryFilter.addEventListener("change", applyFilters);
for (const button of document.querySelectorAll(".lang button")) {
  button.addEventListener("click", () => applyLanguage(button.dataset.lang));
}
window.addEventListener("hashchange", showTarget);
applyLanguage(navigator.language && navigator.language.toLowerCase().startsWith("zh") ? "zh" : "en");
showTarget();
"##;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_json_cannot_end_the_script_element() {
        let text = "</script><!-- & \u{2028}";
        let escaped = script_json(&serde_json::json!({ "text": text }).to_string());
        assert!(!escaped.contains(['<', '>', '&', '\u{2028}']));
        let value: serde_json::Value = serde_json::from_str(&escaped).unwrap();
        assert_eq!(value["text"], text);
    }
}
