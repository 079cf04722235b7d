// The sandbox's fixed, realistic catalogue: every country gets fixed and unlimited bundles,
// every region and the world get regional and global ones. Deterministic: same input, same
// bundles and prices, so tests and demos agree. Shapes follow eSIM Go's live catalogue.
import { COUNTRIES, REGIONS, type Country, type Region } from "../../lib/catalogue/countries";

export type WireCountry = { name: string; region: string; iso: string };

export type CatalogueBundle = {
  name: string;
  description: string;
  groups: string[];
  countries: WireCountry[];
  roamingEnabled: WireCountry[];
  dataAmount: number; // MB (1 GB = 1000)
  duration: number; // days
  speed: string[];
  autostart: boolean;
  unlimited: boolean;
  price: number; // decimal, organisation currency
  billingType: "FixedCost";
  profileName: string;
  allowances: Array<{ type: "DATA"; service: "STANDARD"; amount: number; unit: "MB"; unlimited: boolean }>;
  imageUrl: string;
};

const FIXED: Array<[gb: number, days: number]> = [
  [1, 7],
  [2, 15],
  [3, 30],
  [5, 30],
  [10, 30],
  [20, 30],
  [50, 90],
];
const UNLIMITED_DAYS = [1, 3, 5, 7, 10, 15, 30];
const ESSENTIAL_DAYS = [1, 7, 15];
const PREMIUM_DAYS = [1, 7, 15];

export const GROUP_FIXED = "Standard eSIM Bundles";
export const GROUP_UNLIMITED = "Standard Unlimited Lite";
export const GROUP_ESSENTIAL = "Standard Unlimited Essential";
export const GROUP_PREMIUM = "Standard Unlimited Plus";

const REGION_CODES: Record<Region | "Global", string> = {
  Europe: "REUP",
  Asia: "RAS",
  "Middle East": "RME",
  Africa: "RAF",
  Americas: "RAM",
  Oceania: "ROC",
  Global: "RGB",
};

// Stable small hash so price tiers and coverage splits never change between runs.
function hash(text: string): number {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return h;
}

const wire = (c: Country): WireCountry => ({ name: c.name, region: c.region, iso: c.iso });
const cents = (n: number) => Math.round(n * 100) / 100;

function tier(key: string) {
  return [1, 1.5, 2.2, 3.4][hash(key) % 4];
}

function fixedPrice(gb: number, days: number, tierFactor: number) {
  const perGb = 0.85 * tierFactor * (gb >= 20 ? 0.7 : gb >= 10 ? 0.8 : gb >= 5 ? 0.9 : 1);
  return cents(0.35 + gb * perGb + days * 0.01);
}

function unlimitedPrice(days: number, tierFactor: number, perDay: number) {
  return cents(days * perDay * tierFactor * (days >= 15 ? 0.75 : days >= 7 ? 0.85 : 1));
}

function bundle(
  name: string,
  label: string,
  countries: WireCountry[],
  roaming: WireCountry[],
  spec: { gb?: number; days: number; group: string; price: number; speeds: string[] },
): CatalogueBundle {
  const unlimited = spec.gb === undefined;
  const data = unlimited ? "Unlimited" : `${spec.gb}GB`;
  const dataMb = unlimited ? 0 : spec.gb! * 1000;
  return {
    name,
    description: `eSIM, ${data}, ${spec.days} Day${spec.days === 1 ? "" : "s"}, ${label}, V2`,
    groups: [spec.group],
    countries,
    roamingEnabled: roaming,
    dataAmount: unlimited ? -1 : dataMb,
    duration: spec.days,
    speed: spec.speeds,
    autostart: true,
    unlimited,
    price: spec.price,
    billingType: "FixedCost",
    profileName: spec.group === GROUP_PREMIUM ? "esimgo-plus" : "esimgo-standard",
    allowances: [{ type: "DATA", service: "STANDARD", amount: unlimited ? 0 : dataMb, unit: "MB", unlimited }],
    imageUrl: `https://cdn.esim-go.example/flags/${name.split("_")[3]?.toLowerCase() ?? "world"}.png`,
  };
}

function bundlesFor(code: string, label: string, base: WireCountry[], roaming: WireCountry[], tierFactor: number, speeds: string[]) {
  const make = (name: string, spec: Parameters<typeof bundle>[4]) => bundle(`esim_${name}_${code}_V2`, label, base, roaming, spec);
  const [premium, essential, standard] = [2.9, 2.3, 1.9].map((perDay) => (days: number) => unlimitedPrice(days, tierFactor, perDay));
  const noFiveG = speeds.filter((s) => s !== "5G");
  return [
    ...FIXED.map(([gb, days]) =>
      make(`${gb}GB_${days}D`, { gb, days, group: GROUP_FIXED, price: fixedPrice(gb, days, tierFactor), speeds }),
    ),
    ...UNLIMITED_DAYS.map((days) => make(`UL_${days}D`, { days, group: GROUP_UNLIMITED, price: standard(days), speeds: noFiveG })),
    ...ESSENTIAL_DAYS.map((days) => make(`ULE_${days}D`, { days, group: GROUP_ESSENTIAL, price: essential(days), speeds: noFiveG })),
    ...PREMIUM_DAYS.map((days) => make(`ULP_${days}D`, { days, group: GROUP_PREMIUM, price: premium(days), speeds })),
  ];
}

export function buildCatalogue(): CatalogueBundle[] {
  const all: CatalogueBundle[] = [];
  for (const country of COUNTRIES) {
    const t = tier(country.iso);
    const speeds = t <= 1.5 ? ["3G", "4G", "5G"] : ["3G", "4G"];
    all.push(...bundlesFor(country.iso, country.name, [wire(country)], [], t, speeds));
  }
  for (const region of REGIONS) {
    const members = COUNTRIES.filter((c) => c.region === region);
    // Most of a region is base coverage; the rest is reached by roaming partners.
    const base = members.filter((c) => hash(c.iso) % 5 !== 0).map(wire);
    const roaming = members.filter((c) => hash(c.iso) % 5 === 0).map(wire);
    all.push(...bundlesFor(REGION_CODES[region], region, base, roaming, 1.8, ["3G", "4G", "5G"]));
  }
  const worldBase = COUNTRIES.filter((c) => hash(c.iso) % 3 !== 0).map(wire);
  const worldRoaming = COUNTRIES.filter((c) => hash(c.iso) % 3 === 0).map(wire);
  all.push(...bundlesFor(REGION_CODES.Global, "Global", worldBase, worldRoaming, 3, ["3G", "4G"]));
  return all;
}
