// Regions in URLs: "middle-east" ↔ "Middle East".
import { REGIONS, type Region } from "./countries";

export const regionSlug = (region: Region) => region.toLowerCase().replace(/ /g, "-");
export const regionFromSlug = (slug: string): Region | null => REGIONS.find((r) => regionSlug(r) === slug) ?? null;
