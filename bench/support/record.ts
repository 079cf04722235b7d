// One benchmark figure: printed as a table row, and appended to BENCH_RESULTS_FILE (JSON lines)
// when `npm run bench` collects every benchmark into one report.
import { appendFileSync } from "node:fs";

export type Figure = { benchmark: string; measure: string; value: string; target: string; holds: boolean | null };

export function record(figure: Figure): void {
  const holds = figure.holds === null ? "–" : figure.holds ? "yes" : "NO";
  console.log(`| ${figure.measure} | ${figure.value} | ${figure.target} | ${holds} |`);
  if (process.env.BENCH_RESULTS_FILE) appendFileSync(process.env.BENCH_RESULTS_FILE, JSON.stringify(figure) + "\n");
}

export const tableHeader = () => console.log("\n| measure | value | target | holds |\n|---|---|---|---|");
