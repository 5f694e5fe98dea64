// Builds the pagefind indexes from records instead of HTML pages (run by PagefindIndexer, never by hand):
//   node --input-type=module --eval "<this file>" -- <pagefind/lib/index.js> <output folder> <site language> <part size>
//     <services> [<previous output folder> <its parts, JSON>]
// stdin: one JSON record a line ({url, content, language, meta, filters}); stdout: one JSON line of figures and parts.
// Each language gets its own index, stemmed by its own rules (Chinese and Japanese segmented by pagefind_extended):
// the site's language (or, when no document is in it, the most common one) in <output folder>, every other one in
// <output folder>/<language>/, listed in <output folder>/languages.json for search.js to merge (pagefind's
// mergeIndex), so one search page searches them all.
//
// A language whose records' JSON lines hold more than <part size> characters is split into parts of about that much
// at most (each record in the part its URL hashes to), each a pagefind index of its own in
// <output folder>/<language>-<n>/ (n from 2), listed in languages.json like another language. Each part is built by
// a pagefind service of its own, ended when the part is written, <services> parts at a time: pagefind holds every
// record of an index until writeFiles and peaks at ~50 bytes per character (10,000 documents, 35 MB of records:
// 1.6 GB in one index, 380 MB in parts of 8 MB, the same CPU), so the part size and the number of services bound
// the peak instead of the archive's size. search.js merges the parts as it merges languages; pagefind sorts merged
// results by score and adds up their filter counts.
//
// The figures' "parts" name each index folder ("" for the primary one) with a key hashed from what its files are
// made of (pagefind's version, this script, the language and the records' lines) and its pages and words; the build
// keeps them in its one state file (not in the published folder). When the previous build's folder and parts are
// given, a part whose key they list unchanged is linked from there instead of indexed:
// pagefind's output is the same for the same records (two runs gave byte-identical folders), and a URL keeps its part,
// so an edit of one document re-indexes one part (~1/5 of the work at 10,000 documents).
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { copyFile, link, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import { dirname, join } from "node:path";
import { Worker } from "node:worker_threads";

const [pagefindModule, outputPath, siteLanguage, partSizeArgument, servicesArgument, previousPath, previousParts] =
  process.argv.slice(1);
const partSize = Number(partSizeArgument) > 0 ? Number(partSizeArgument) : Infinity;
const services = Math.max(1, Number(servicesArgument) || 1);

// What a part's files are made of besides its records: pagefind's version and this script (node's --eval text).
const { version } = JSON.parse(await readFile(join(dirname(pagefindModule), "..", "package.json"), "utf8"));
const maker = createHash("sha256").update(version + "\n" + process.execArgv.join("\n")).digest("hex");
const partKey = (language, lines) =>
  createHash("sha256").update(maker + "\n" + language + "\n").update(lines.join("\n")).digest("hex");
const previous = previousPath && previousParts ? JSON.parse(previousParts) : {};

// The previous build's copy of a part, when it was made from the same key and is still whole. The primary index's
// folder also holds the other indexes: only pagefind's own files and folders of it are copied.
const reusePart = async (folder, key, path) => {
  const before = previous[folder];
  const source = folder === "" ? previousPath : join(previousPath, folder);
  if (!before || before.key !== key || !existsSync(join(source, "pagefind-entry.json"))) return null;
  await mkdir(path, { recursive: true });
  for (const entry of await readdir(source, { withFileTypes: true })) {
    const own = entry.isDirectory() ? folder !== "" || ["fragment", "index", "filter"].includes(entry.name)
      : entry.name !== "languages.json";
    if (own && !(await linkTree(join(source, entry.name), join(path, entry.name), entry))) return null;
  }
  return before;
};

// A part's files are hard-linked from the previous index, not copied: nothing writes a file of the site in place (the
// build replaces a name, pagefind writes folders of its own), and the copies' new inodes, ~9,600 of them at 10,000
// documents, were made while the replaced index's were being freed: on this machine's ext4 (no journal) each new
// inode then skips every recently freed one. A one-edit build at 10,000 documents waited 12.5-15.2 s for the search
// stage with copies and 2.9-7.3 s with links (paired, load 15-20; docs/benchmarks.md).
// Anything but plain files and folders (a planted link) makes the part not whole: it is indexed again instead.
const linkTree = async (source, target, entry) => {
  if (entry.isDirectory()) {
    await mkdir(target, { recursive: true });
    for (const child of await readdir(source, { withFileTypes: true }))
      if (!(await linkTree(join(source, child.name), join(target, child.name), child))) return false;
    return true;
  }
  if (!entry.isFile()) return false;
  try { await link(source, target); }
  catch { await copyFile(source, target); } // another file system, or too many links
  return true;
};

let pages = 0, words = 0;
const errors = [];
const filters = new Set();
const byLanguage = new Map(); // language → the records' JSON lines and URLs, in the order they came
const counts = new Map(); // language → records

// One pagefind service for one part: its records added (up to 64 in flight: the service answers in order, and that
// keeps it busy without holding the whole part in promises), its index written, the service ended. Run in a worker
// thread: each worker imports pagefind's module afresh, so each has a service of its own, and parts are indexed
// <services> at a time. One service indexes one part at a time (two parts sent to one service took as long as in
// turn); two services on two cores indexed the 10,000-document records in 17.8 s instead of 23.5 s, not half, as
// each service already runs part of its work on threads of its own (docs/benchmarks.md, "Search index").
// The worker's code is a module, like this script (--input-type=module).
const partWorker = `
import { parentPort, workerData } from "node:worker_threads";
import { pathToFileURL } from "node:url";
{
  const pagefind = await import(pathToFileURL(workerData.module).href);
  const errors = [];
  let pages = 0, words = 0;
  try {
    const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: workerData.language });
    if (!index) throw new Error("pagefind: " + createErrors.join("; "));
    const started = performance.now();
    const inFlight = [];
    const add = async (line) => {
      const record = JSON.parse(line);
      const { errors: recordErrors, file } = await index.addCustomRecord(record);
      if (recordErrors.length) errors.push(record.url + ": " + recordErrors.join("; "));
      else { pages++; words += file?.uniqueWords ?? 0; }
    };
    for (const line of workerData.lines) {
      inFlight.push(add(line));
      if (inFlight.length >= 64) await Promise.all(inFlight.splice(0));
    }
    await Promise.all(inFlight);
    const added = performance.now();
    const written = await index.writeFiles({ outputPath: workerData.path });
    errors.push(...written.errors);
    parentPort.postMessage({ pages, words, errors,
      addMs: Math.round(added - started), writeMs: Math.round(performance.now() - added) });
  } catch (error) {
    parentPort.postMessage({ pages, words, errors: [...errors, String(error?.stack ?? error)], addMs: 0, writeMs: 0 });
  } finally {
    await pagefind.close();
  }
}
`;

const buildPart = (language, lines, path) => new Promise((resolve) => {
  const worker = new Worker(partWorker, { eval: true, workerData: { module: pagefindModule, language, lines, path } });
  let result = null;
  worker.once("message", (message) => { result = message; });
  worker.once("error", (error) => { result = { pages: 0, words: 0, errors: [String(error?.stack ?? error)] }; });
  worker.once("exit", (code) => resolve(result
    ?? { pages: 0, words: 0, errors: [`pagefind worker for ${path} exited with code ${code}`], addMs: 0, writeMs: 0 }));
});

// Runs the jobs <services> at a time, in the order given; the results in the same order.
const inTurns = async (jobs, run) => {
  const results = new Array(jobs.length);
  let next = 0;
  const lane = async () => {
    while (next < jobs.length) {
      const n = next++;
      results[n] = await run(jobs[n]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(services, jobs.length) }, lane));
  return results;
};

// As few parts as hold at most about partSize characters each, each record in the part its URL hashes to (FNV-1a): every
// part is then a sample of the whole language, so a word is about as frequent in each, and pagefind's scores, which use
// each index's word statistics, stay comparable when the search page sorts the merged results. Consecutive runs of
// URLs did not: titles starting with a word gathered in one part, where that word is common and scores low (10,000
// bench documents in 5 parts: "solar energy" kept 2 of one index's top 10; by hash, see docs/benchmarks.md). A URL
// keeps its part while the number of parts stays the same.
const partsOf = (records) => {
  const total = records.reduce((sum, record) => sum + record.line.length, 0); // JSON lines: content and a little meta
  const count = Math.max(1, Math.ceil(total / partSize));
  const parts = Array.from({ length: count }, () => []);
  for (const { line, url } of records) parts[count === 1 ? 0 : fnv1a(url) % count].push(line);
  // An empty part would be an index without a language, on which pagefind's init never settles (see below).
  const filled = parts.filter((part) => part.length > 0);
  return filled.length > 0 ? filled : [[]];
};

const fnv1a = (text) => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
};

try {
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    // Parsed once here (for the part, its URL); the worker indexing the part parses its lines again.
    const { language, url, filters: recordFilters } = JSON.parse(line);
    for (const key of Object.keys(recordFilters ?? {})) filters.add(key);
    if (!byLanguage.has(language)) byLanguage.set(language, []);
    byLanguage.get(language).push({ line, url });
    counts.set(language, (counts.get(language) ?? 0) + 1);
  }

  // The primary index (the one pagefind.js at the top loads) is the site's language when some document is in it, else
  // the language with the most documents: an empty index has no language, and pagefind's init never settles on it
  // (a French-interface site of English seeds showed "search could not start" forever).
  const primary = counts.has(siteLanguage) || counts.size === 0 ? siteLanguage
    : [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
  if (!byLanguage.has(primary)) byLanguage.set(primary, []);
  const languages = [...byLanguage.keys()].sort();
  const others = [];
  const manifest = {}; // folder → {key, pages, words}: the figures' parts
  let reused = 0;
  const timings = {}; // language → [{records, addMs, writeMs}] for each part (for the benchmark)
  const slots = []; // every part in language order (the report's): its folder, key, records, and the copy reused
  for (const language of languages) {
    timings[language] = [];
    const parts = partsOf(byLanguage.get(language));
    for (const [n, lines] of parts.entries()) {
      const folder = n === 0 ? language : `${language}-${n + 1}`;
      if (n > 0 || language !== primary) others.push({ language, path: folder + "/" });
      const key = partKey(language, lines);
      const where = n === 0 && language === primary ? "" : folder;
      const path = where === "" ? outputPath : join(outputPath, where);
      const copied = previousPath ? await reusePart(where, key, path) : null;
      slots.push({ language, where, key, path, lines, size: copied ? 0 : lines.reduce((sum, l) => sum + l.length, 0),
        copied });
    }
    byLanguage.delete(language);
  }
  // The largest parts first, so the services end close together instead of one indexing the last big part alone.
  const jobs = slots.filter((slot) => !slot.copied)
    .sort((a, b) => b.size - a.size || (a.where < b.where ? -1 : a.where > b.where ? 1 : 0));
  const built = new Map(await inTurns(jobs, (job) => buildPart(job.language, job.lines, job.path))
    .then((results) => results.map((result, n) => [jobs[n], result])));
  for (const slot of slots) {
    const { language, where, key, lines, copied } = slot;
    if (copied) {
      reused++;
      pages += copied.pages;
      words += copied.words;
      manifest[where] = copied;
      timings[language].push({ records: lines.length, addMs: 0, writeMs: 0, reused: true });
      continue;
    }
    const result = built.get(slot);
    pages += result.pages;
    words += result.words;
    errors.push(...result.errors);
    timings[language].push({ records: lines.length, addMs: result.addMs, writeMs: result.writeMs });
    // A part that reported errors is not listed: the next build makes it again and reports them again.
    if (result.errors.length === 0) manifest[where] = { key, pages: result.pages, words: result.words };
  }
  await writeFile(join(outputPath, "languages.json"), JSON.stringify({ primary, others }) + "\n");
  const records = Object.fromEntries([...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
  console.log(JSON.stringify({
    pages, words, filters: filters.size, languages, primary, records, reused, timings, errors, parts: manifest,
  }));
} catch (error) {
  errors.push(String(error?.stack ?? error));
  console.log(JSON.stringify({ pages, words, filters: filters.size, languages: [...counts.keys()].sort(), errors }));
}
if (errors.length) process.exitCode = 1;
