// Builds the pagefind index from records instead of HTML pages (run by PagefindIndexer, never by hand):
//   node --input-type=module --eval "<this file>" -- <pagefind/lib/index.js> <output folder>
// stdin: one JSON record a line ({url, content, language, meta, filters}); stdout: one JSON line of figures.
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";

const [pagefindModule, outputPath] = process.argv.slice(1);
const pagefind = await import(pathToFileURL(pagefindModule).href);
const fail = (message) => { console.error(message); process.exitCode = 1; };

const { index, errors: createErrors } = await pagefind.createIndex({});
if (!index) { fail("pagefind: " + createErrors.join("; ")); await pagefind.close(); process.exit(); }

let pages = 0, words = 0;
const errors = [];
const filters = new Set();
const languages = new Set();
// The service answers in order; up to 64 records in flight keep it busy without holding the whole archive in promises.
const inFlight = [];
const add = async (record) => {
  const { errors: recordErrors, file } = await index.addCustomRecord(record);
  if (recordErrors.length) errors.push(record.url + ": " + recordErrors.join("; "));
  else { pages++; words += file?.uniqueWords ?? 0; }
};
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  if (!line.trim()) continue;
  const record = JSON.parse(line);
  for (const key of Object.keys(record.filters ?? {})) filters.add(key);
  languages.add(record.language);
  inFlight.push(add(record));
  if (inFlight.length >= 64) await Promise.all(inFlight.splice(0));
}
await Promise.all(inFlight);

const written = await index.writeFiles({ outputPath });
errors.push(...written.errors);
await pagefind.close();
console.log(JSON.stringify({ pages, words, filters: filters.size, languages: [...languages].sort(), errors }));
if (errors.length) process.exitCode = 1;
