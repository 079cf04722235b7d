// npm run bench: every benchmark, one after another (each builds and starts what it measures on
// its own ports), then one report: docs/benchmarks.md, a table of every figure, its target and
// whether it holds. Takes about 5 minutes.
import { spawnSync } from "node:child_process";
import { cpus, totalmem, tmpdir } from "node:os";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Figure } from "./support/record";

const root = path.resolve(import.meta.dirname, "..");
const BENCHES = ["catalogue-sync", "storefront", "fulfilment", "callbacks"];
const resultsFile = path.join(mkdtempSync(path.join(tmpdir(), "bench-")), "results.jsonl");

const failures: string[] = [];
for (const bench of BENCHES) {
  console.log(`\n== ${bench} ==`);
  const run = spawnSync(process.execPath, ["--import", "tsx", path.join(root, "bench", `${bench}.ts`)], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, BENCH_RESULTS_FILE: resultsFile },
  });
  if (run.status !== 0) failures.push(bench);
}

const figures: Figure[] = existsSync(resultsFile)
  ? readFileSync(resultsFile, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Figure)
  : [];
const cell = (s: string) => s.replace(/\|/g, "\\|");
const holds = (h: boolean | null) => (h === null ? "–" : h ? "yes" : "**NO**");
const report = [
  "# Benchmarks",
  "",
  `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC, on ${cpus().length} cores ` +
    `(${cpus()[0]?.model.trim() ?? "unknown CPU"}) with ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}.`,
  "Every benchmark runs a production build against real PostgreSQL (embedded) and the local eSIM Go and Stripe sandboxes.",
  "",
  "| benchmark | measure | value | target | holds |",
  "|---|---|---|---|---|",
  ...figures.map((f) => `| ${cell(f.benchmark)} | ${cell(f.measure)} | ${cell(f.value)} | ${cell(f.target)} | ${holds(f.holds)} |`),
  "",
  ...(failures.length ? [`Benchmarks that did not finish: ${failures.join(", ")}.`, ""] : []),
  `${figures.filter((f) => f.holds === true).length} targets hold, ${figures.filter((f) => f.holds === false).length} do not.`,
  "",
].join("\n");
writeFileSync(path.join(root, "docs/benchmarks.md"), report);
console.log(`\n${report}\nwritten to docs/benchmarks.md`);
process.exit(failures.length ? 1 : 0);
