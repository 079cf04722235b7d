// Lighthouse with its default mobile settings (simulated slow 4G, 4× CPU slowdown) in Debian's
// Chromium: the four category scores, total blocking time, largest contentful paint and the
// scripts the page loaded (gzipped transfer size).
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../e2e/support/chromium";

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

export type Audit = { scores: number[]; tbtMs: number; lcpMs: number; scripts: Map<string, number> };

type NetworkItem = { url: string; resourceType: string; transferSize: number };

export async function withChrome<T>(run: (audit: (url: string) => Promise<Audit>) => Promise<T>): Promise<T> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: ["--headless=new", ...CHROMIUM_ARGS] });
  try {
    return await run(async (url) => {
      const lhr = (await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] }))!.lhr;
      const items = (lhr.audits["network-requests"].details as unknown as { items: NetworkItem[] }).items;
      return {
        scores: CATEGORIES.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100)),
        tbtMs: Math.round(lhr.audits["total-blocking-time"].numericValue ?? 0),
        lcpMs: Math.round(lhr.audits["largest-contentful-paint"].numericValue ?? 0),
        scripts: new Map(items.filter((i) => i.resourceType === "Script").map((i) => [new URL(i.url).pathname, i.transferSize])),
      };
    });
  } finally {
    await chrome.kill();
  }
}
