// Renders every file of a folder with marked (GFM defaults, as the archive's own site does) and prints
// {"file name": "html", ...} as JSON on stdout. Used by MarkedFidelityTests.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { marked } from 'marked';

const folder = process.argv[2];
const out = {};
for (const name of readdirSync(folder).sort()) out[name] = marked.parse(readFileSync(join(folder, name), 'utf8'), { gfm: true });
process.stdout.write(JSON.stringify(out));
