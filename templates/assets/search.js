// Search page: drives pagefind's JS API. Loaded as an ES module from {base}assets/search.js (no inline script).
// The page markup comes from templates/partials/search-page.sbn; the index from the build (generator/Search: one record per document).
"use strict";

const PAGE_SIZE = 20;
const FACETS = [
  { name: "type", label: "Type" },
  { name: "year", label: "Year" },
  { name: "sdg", label: "SDG" },
  { name: "country", label: "Country" },
  { name: "method", label: "Method" },
  { name: "language", label: "Language" },
];

const root = document.getElementById("search");
if (root) start(root).catch((error) => fail(root, error));

async function start(root) {
  const base = siteBase(root);
  const pagefind = await import(base + "pagefind/pagefind.js");
  await pagefind.options({ baseUrl: base, excerptLength: 30 });
  await pagefind.init();
  await mergeLanguages(pagefind, base);

  const form = root.querySelector("form");
  const input = root.querySelector("input[name=q]");
  const facetsBox = root.querySelector("[data-search-facets]");
  const status = root.querySelector("[data-search-status]");
  const list = root.querySelector("[data-search-results]");
  const more = root.querySelector("[data-search-more]");
  const clear = root.querySelector("[data-search-clear]");
  root.querySelector("[data-search-layout]").hidden = false;

  const allFilters = await pagefind.filters();
  let state = readState();
  // Words typed while the index was loading count as the query.
  const typedEarly = input.value.trim();
  if (!state.q && typedEarly) state = { ...state, q: typedEarly };
  input.value = state.q;
  let generation = 0;
  let pending = [];

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    state = { ...state, q: input.value.trim() };
    update(true);
  });
  input.addEventListener("input", () => {
    state = { ...state, q: input.value.trim() };
    update(false);
  });
  facetsBox.addEventListener("change", (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement)) return;
    const chosen = new Set(state.filters[box.name] || []);
    if (box.checked) chosen.add(box.value); else chosen.delete(box.value);
    state = { ...state, filters: { ...state.filters, [box.name]: [...chosen].sort() } };
    update(true);
  });
  more.addEventListener("click", () => showMore());
  clear.addEventListener("click", () => {
    state = { ...state, filters: {} };
    update(true);
    input.focus();
  });
  window.addEventListener("popstate", () => {
    state = readState();
    input.value = state.q;
    update(false, false);
  });

  update(false, Boolean(typedEarly));
  root.setAttribute("data-search-ready", "");

  async function update(pushHistory, writeUrl = true) {
    if (writeUrl) writeState(state, pushHistory);
    const mine = ++generation;
    const filters = pagefindFilters(state.filters);
    const hasFilters = Object.keys(filters).length > 0;
    clear.hidden = !hasFilters;
    if (!state.q && !hasFilters) {
      renderFacets(facetsBox, allFilters, allFilters, state.filters);
      list.replaceChildren();
      pending = [];
      more.hidden = true;
      status.textContent = "Type a word to search the archive, or choose a filter.";
      return;
    }
    const search = await pagefind.debouncedSearch(state.q || null, { filters }, 200);
    if (search === null || mine !== generation) return; // a newer keystroke superseded this search
    list.removeAttribute("data-query");
    renderFacets(facetsBox, allFilters, search.filters, state.filters);
    const count = search.results.length;
    status.textContent = count === 0
      ? "No documents match." + (hasFilters ? " Try removing a filter." : "")
      : `${count} document${count === 1 ? "" : "s"} found.`;
    list.replaceChildren();
    pending = search.results;
    await showMore(mine);
    // Which search the list shows: lets people's tools (and tests) tell a finished search from one in flight.
    if (mine === generation) list.setAttribute("data-query", state.q);
  }

  async function showMore(mine = generation) {
    const page = pending.slice(0, PAGE_SIZE);
    pending = pending.slice(PAGE_SIZE);
    const data = await Promise.all(page.map((result) => result.data()));
    if (mine !== generation) return;
    for (const item of data) list.append(renderResult(item));
    more.hidden = pending.length === 0;
  }
}

// Documents in other languages than the site's have indexes of their own (stemmed by their own rules), listed in
// pagefind/languages.json by the build: merged here, so one search finds documents in every language.
async function mergeLanguages(pagefind, base) {
  const response = await fetch(base + "pagefind/languages.json");
  if (!response.ok) return;
  const { others = [] } = await response.json();
  for (const { language, path } of others) {
    await pagefind.mergeIndex(base + "pagefind/" + path, { baseUrl: base, language });
  }
}

// The site's base path (e.g. "/archive/"): from the page, else from where this script was served.
function siteBase(root) {
  const declared = root.getAttribute("data-search-base");
  if (declared) return declared.endsWith("/") ? declared : declared + "/";
  return new URL("../", import.meta.url).pathname;
}

function readState() {
  const params = new URLSearchParams(window.location.search);
  const filters = {};
  for (const { name } of FACETS) {
    const values = params.getAll(name).filter((v) => v !== "");
    if (values.length) filters[name] = [...new Set(values)].sort();
  }
  return { q: (params.get("q") || "").trim(), filters };
}

function writeState(state, push) {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  for (const { name } of FACETS) for (const value of state.filters[name] || []) params.append(name, value);
  const query = params.toString();
  const url = window.location.pathname + (query ? "?" + query : "");
  if (url === window.location.pathname + window.location.search) return;
  if (push) window.history.pushState(null, "", url); else window.history.replaceState(null, "", url);
}

// Within one facet any chosen value matches; across facets all must match.
function pagefindFilters(chosen) {
  const filters = {};
  for (const { name } of FACETS) {
    const values = chosen[name] || [];
    if (values.length) filters[name] = { any: values };
  }
  return filters;
}

// Facets start open, so their counts show at once; one a reader closed stays closed while they search.
function renderFacets(box, all, counts, chosen) {
  const closed = new Set([...box.querySelectorAll("details:not([open])")].map((d) => d.dataset.facet));
  box.replaceChildren();
  for (const { name, label } of FACETS) {
    const values = Object.keys(all[name] || {});
    if (!values.length) continue;
    const selected = new Set(chosen[name] || []);
    const details = el("details", { class: "search-facet" });
    details.dataset.facet = name;
    details.open = !closed.has(name) || selected.size > 0;
    const summary = el("summary", {}, selected.size ? `${label} (${selected.size})` : label);
    const fieldset = el("fieldset");
    fieldset.append(el("legend", { class: "visually-hidden" }, label));
    for (const [index, value] of sortValues(name, values).entries()) {
      const id = `facet-${name}-${index}`;
      const count = (counts[name] || {})[value] || 0;
      const box = el("input", { type: "checkbox", name, value, id });
      box.checked = selected.has(value);
      if (count === 0 && !box.checked) continue; // a value no result has would only lead to "no documents"
      const row = el("div", { class: "search-facet-value" });
      row.append(box, el("label", { for: id }, value), el("span", { class: "search-facet-count" }, String(count)));
      fieldset.append(row);
    }
    details.append(summary, fieldset);
    box.append(details);
  }
}

function sortValues(name, values) {
  const number = (v) => Number.parseInt(v.replace(/\D+/g, ""), 10) || 0;
  if (name === "sdg") return values.sort((a, b) => number(a) - number(b));
  if (name === "year") return values.sort((a, b) => number(b) - number(a));
  return values.sort((a, b) => a.localeCompare(b, "en"));
}

function renderResult(data) {
  const meta = data.meta || {};
  const item = el("li", { class: "search-result" });
  const heading = el("h2", { class: "search-result-title" });
  heading.append(el("a", { href: data.url }, meta.title || data.url));
  const facts = [meta.type, meta.country, meta.year].filter((v) => v && v.trim());
  item.append(heading);
  if (facts.length) item.append(el("p", { class: "search-result-meta" }, facts.join(" · ")));
  const excerpt = el("p", { class: "search-result-excerpt" });
  excerpt.append(...excerptNodes(data.excerpt || ""));
  item.append(excerpt);
  return item;
}

// Pagefind's excerpt is HTML text with <mark> around matched words. Parse it inertly and keep only text and <mark>,
// so nothing from a document can become markup on this page.
function excerptNodes(html) {
  const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, "text/html").body;
  const nodes = [];
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) nodes.push(document.createTextNode(child.textContent));
      else if (child.nodeName === "MARK") nodes.push(el("mark", {}, child.textContent));
      else walk(child);
    }
  };
  walk(parsed);
  return nodes;
}

function el(name, attributes = {}, text) {
  const node = document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

function fail(root, error) {
  const status = root.querySelector("[data-search-status]");
  if (status) status.textContent = "Search could not start: " + (error && error.message ? error.message : String(error));
  console.error(error);
}
