// Builds the pagefind indexes from records instead of HTML pages (run by PagefindIndexer, never by hand):
//   node --input-type=module --eval "<this file>" -- <pagefind/lib/index.js> <output folder> <site language>
// stdin: one JSON record a line ({url, content, language, meta, filters}); stdout: one JSON line of figures.
// Each language gets its own index, stemmed by its own rules (Chinese and Japanese segmented by pagefind_extended):
// the site's language (or, when no document is in it, the most common one) in <output folder>, every other one in
// <output folder>/<language>/, listed in
// <output folder>/languages.json for search.js to merge (pagefind's mergeIndex), so one search page searches them all.
import { createInterface } from "node:readline";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [pagefindModule, outputPath, siteLanguage] = process.argv.slice(1);
const pagefind = await import(pathToFileURL(pagefindModule).href);

let pages = 0, words = 0;
const errors = [];
const filters = new Set();
const indexes = new Map(); // language → promise of its pagefind index
// The promise is stored before it settles: records of a new language arrive many at once (64 in flight), and each
// making its own index dropped all but the last one's records (22 Spanish corpus pages gave an index of 18).
const indexFor = (language) => {
  if (!indexes.has(language)) {
    indexes.set(language, pagefind.createIndex({ forceLanguage: language }).then(({ index, errors: createErrors }) => {
      if (!index) throw new Error("pagefind: " + createErrors.join("; "));
      return index;
    }));
  }
  return indexes.get(language);
};
// The service answers in order; up to 64 records in flight keep it busy without holding the whole archive in promises.
const inFlight = [];
const counts = new Map(); // language → records
const add = async (record) => {
  counts.set(record.language, (counts.get(record.language) ?? 0) + 1);
  const { errors: recordErrors, file } = await (await indexFor(record.language)).addCustomRecord(record);
  if (recordErrors.length) errors.push(record.url + ": " + recordErrors.join("; "));
  else { pages++; words += file?.uniqueWords ?? 0; }
};
try {
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    const record = JSON.parse(line);
    for (const key of Object.keys(record.filters ?? {})) filters.add(key);
    inFlight.push(add(record));
    if (inFlight.length >= 64) await Promise.all(inFlight.splice(0));
  }
  await Promise.all(inFlight);

  // The primary index (the one pagefind.js at the top loads) is the site's language when some document is in it, else
  // the language with the most documents: an empty index has no language, and pagefind's init never settles on it
  // (a French-interface site of English seeds showed "search could not start" forever).
  const primary = counts.has(siteLanguage) || counts.size === 0 ? siteLanguage
    : [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
  await indexFor(primary);
  const languages = [...indexes.keys()].sort();
  const others = languages.filter((l) => l !== primary).map((language) => ({ language, path: language + "/" }));
  const writeMs = {}; // language → milliseconds pagefind took to build and write its index (for the benchmark)
  for (const language of languages) {
    const started = performance.now();
    const written = await (await indexes.get(language)).writeFiles({
      outputPath: language === primary ? outputPath : join(outputPath, language),
    });
    writeMs[language] = Math.round(performance.now() - started);
    errors.push(...written.errors);
  }
  await writeFile(join(outputPath, "languages.json"), JSON.stringify({ primary, others }) + "\n");
  const records = Object.fromEntries([...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
  console.log(JSON.stringify({ pages, words, filters: filters.size, languages, primary, records, writeMs, errors }));
} catch (error) {
  errors.push(String(error?.stack ?? error));
  console.log(JSON.stringify({ pages, words, filters: filters.size, languages: [...indexes.keys()].sort(), errors }));
} finally {
  await pagefind.close();
}
if (errors.length) process.exitCode = 1;
