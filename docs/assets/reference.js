"use strict";
const DATA = window.CHAT_ERRORS_DATA;
// Each phrase of the page, in English and in Chinese.
const PHRASES = {
  title: ["Agora Chat error codes", "声网 / 环信即时通讯错误码"],
  intro: [
    "Every documented error code of the Agora Chat SDKs: Web, and native (Android / iOS), two separate numbering spaces. Catalog " + DATA.catalog_version + ".",
    "即时通讯 SDK 的全部错误码：Web 与原生（Android / iOS）是两套独立的编号。目录版本 " + DATA.catalog_version + "。",
  ],
  search: ["Search codes, names, Chinese or English text", "搜索错误码、错误名、中文或英文描述"],
  allSpaces: ["All spaces", "全部平台"],
  web: ["Web", "Web"],
  native: ["Native (Android / iOS)", "原生（Android / iOS）"],
  allCategories: ["All categories", "全部类别"],
  count: [(shown, total) => shown + " of " + total + " entries", (shown, total) => "显示 " + shown + " / " + total + " 条"],
  retry: ["retry later", "可稍后重试"],
  noRetry: ["no retry", "不可重试"],
  same: ["Same meaning", "含义相同"],
  variants: ["What other SDKs mean by this code", "其他 SDK 中该错误码的含义"],
  emittedBy: ["Emitted by", "返回该含义的 SDK"],
  conflicts: ["Sources the catalog does not follow", "本目录未采用的来源"],
  says: ["prints", "写作"],
  c: ["C", "C"],
  kotlin: ["Kotlin", "Kotlin"],
  swift: ["Swift", "Swift"],
};
// The phrases of each language: WORDS.en.title, WORDS.zh.title, ...
const WORDS = { en: {}, zh: {} };
for (const [key, [en, zh]] of Object.entries(PHRASES)) {
  WORDS.en[key] = en;
  WORDS.zh[key] = zh;
}

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
// in entry.search (the texts that search looks in: every meaning's names on
// every platform, summary, detail and end-user message, ASCII lower-cased by
// the generator).
function matches(entry, query) {
  const trimmed = query.trim();
  if (trimmed === "") return true;
  if (/^[+-]?[0-9]+$/.test(trimmed) && Number(trimmed) === entry.code) return true;
  const needle = asciiLower(trimmed);
  return entry.search.some((text) => text.includes(needle));
}

function fact(facts, key) {
  const term = element("dt");
  term.dataset.word = key;
  const value = element("dd");
  facts.append(term, value);
  return value;
}

// A fact of entry.facts (or a variant's): its label and value in each
// language, words rather than identifiers (precomputed by the generator).
function localizedFact(facts, item) {
  const term = element("dt");
  const value = element("dd");
  value.dataset.key = item.key;
  facts.append(term, value);
  return { term, value, item };
}

// A text whose content follows the language: { node, text: { en, zh } }.
function localizedText(node, text) {
  return { node, text };
}

// The variants: each with its name, the SDKs that emit it, its summary and facts.
function variantsSection(entry, localized, texts) {
  const section = element("section", "variants");
  const title = element("h3");
  title.dataset.word = "variants";
  section.append(title);
  for (const variant of entry.variants) {
    const block = element("div", "variant");
    const head = element("p", "variant-head");
    const scope = element("span", "variant-scope");
    const by = element("span", "variant-by");
    by.dataset.word = "emittedBy";
    head.append(element("code", "variant-name", variant.name), " ", by, " ", scope);
    const summary = element("p", "variant-summary");
    const facts = element("dl", "facts");
    for (const item of variant.facts) localized.push(localizedFact(facts, item));
    texts.push(localizedText(scope, variant.scope), localizedText(summary, variant.summary));
    block.append(head, summary, facts);
    section.append(block);
  }
  return section;
}

// The conflicts: each source, the name it prints, and why it is not followed.
function conflictsSection(entry, texts) {
  const section = element("section", "conflicts");
  const title = element("h3");
  title.dataset.word = "conflicts";
  const list = element("ul");
  for (const conflict of entry.conflicts) {
    const item = element("li", "conflict");
    const says = element("span");
    says.dataset.word = "says";
    const reason = element("span", "conflict-reason");
    item.append(element("span", "conflict-source", conflict.source), " ", says, " ",
      element("code", "conflict-says", conflict.says), ": ", reason);
    texts.push(localizedText(reason, conflict.reason));
    list.append(item);
  }
  section.append(title, list);
  return section;
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
  const localized = entry.facts.map((item) => localizedFact(facts, item));
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
  // A code no SDK emits has no constant.
  for (const binding of entry.constants ? ["c", "kotlin", "swift"] : []) {
    const value = fact(facts, binding);
    value.append(element("code", "constant " + binding, entry.constants[binding]));
  }
  article.append(heading, summary, detail, facts);
  const texts = [];
  if (entry.variants.length > 0) article.append(variantsSection(entry, localized, texts));
  if (entry.conflicts.length > 0) article.append(conflictsSection(entry, texts));
  return { entry, article, space, retry, summary, detail, localized, texts };
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
  document.title = words.title + " — chat-errors " + DATA.catalog_version;
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
    for (const shown of item.localized) {
      shown.term.textContent = shown.item.label[language];
      shown.value.textContent = shown.item.value[language];
    }
    for (const shown of item.texts) shown.node.textContent = shown.text[language];
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
