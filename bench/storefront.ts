// npm run bench:storefront – Lighthouse (mobile settings, Debian's Chromium) on a production build
// for the home, a destination and a plan page; the gzipped JavaScript sent on home; and the
// destination page's server time under load (autocannon) with the full sandbox catalogue.
// Targets: performance ≥ 95, accessibility 100, best practices ≥ 95, SEO 100; home JS ≤ 120 kB
// gzipped; destination page p95 < 100 ms.
import autocannon from "autocannon";
import * as chromeLauncher from "chrome-launcher";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../e2e/support/chromium";
import lighthouse from "lighthouse";
import { record, tableHeader } from "./support/record";
import { percentile as pct, startBenchStore } from "./support/store";

const PAGES = [
  ["home", "/"],
  ["destination", "/destinations/jp"],
  ["plan", "/plans/esim_1GB_7D_JP_V2"],
] as const;
const TARGETS = { performance: 95, accessibility: 100, "best-practices": 95, seo: 100 } as const;

const store = await startBenchStore("storefront", 3400);

try {
  const bundles = await store.db.bundle.count({ where: { active: true } });
  for (const [, url] of PAGES) await fetch(`${store.url}${url}`); // warm the server and its caches
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ["--headless=new", ...CHROMIUM_ARGS],
  });
  const lighthouseScores: Array<{ name: string; scores: number[] }> = [];
  let homeJsBytes = 0;
  try {
    for (const [name, url] of PAGES) {
      const result = await lighthouse(`${store.url}${url}`, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: Object.keys(TARGETS),
      });
      const lhr = result!.lhr;
      const scores = Object.keys(TARGETS).map((k) => Math.round((lhr.categories[k]?.score ?? 0) * 100));
      lighthouseScores.push({ name, scores });
      if (name === "home") {
        const requests = (
          lhr.audits["network-requests"].details as unknown as { items: Array<{ resourceType: string; transferSize: number }> }
        ).items;
        homeJsBytes = requests.filter((r) => r.resourceType === "Script").reduce((s, r) => s + r.transferSize, 0);
        const failed = Object.values(lhr.audits)
          .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary")
          .map((a) => a.id);
        if (failed.length) console.log(`home: audits not passed: ${failed.join(", ")}`);
      }
    }
  } finally {
    await chrome.kill();
  }

  const times: number[] = [];
  const load = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url: `${store.url}/destinations/jp`, connections: 8, duration: 15 }, (err, res) =>
      err ? reject(err) : resolve(res),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  times.sort((a, b) => a - b);
  const p95 = pct(times, 95);

  console.log(`\nLighthouse (mobile), catalogue of ${bundles} bundles`);
  tableHeader();
  const target = Object.entries(TARGETS)
    .map(([k, v]) => `${k} ≥ ${v}`)
    .join(", ");
  for (const { name, scores } of lighthouseScores) {
    const holds = Object.values(TARGETS).every((t, i) => scores[i] >= t);
    record({
      benchmark: "storefront",
      measure: `Lighthouse mobile, ${name} (performance / accessibility / best practices / SEO)`,
      value: scores.join(" / "),
      target,
      holds,
    });
  }
  record({
    benchmark: "storefront",
    measure: "home JavaScript, gzipped",
    value: `${(homeJsBytes / 1024).toFixed(1)} kB`,
    target: "≤ 120 kB",
    holds: homeJsBytes <= 120 * 1024,
  });
  record({
    benchmark: "storefront",
    measure: `destination page p50 (8 connections, ${load.requests.total} requests, ${load.non2xx} non-2xx)`,
    value: `${pct(times, 50)} ms`,
    target: "–",
    holds: null,
  });
  record({ benchmark: "storefront", measure: "destination page p95", value: `${p95} ms`, target: "< 100 ms", holds: p95 < 100 });
} finally {
  await store.stop();
}
process.exit(0);
