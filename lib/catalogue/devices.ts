// eSIM-capable devices, by brand. Regional variants differ (notably some models sold in mainland
// China, Hong Kong and Macao have no eSIM); the page says so. Kept with the code (devices.json):
// it changes a few times a year with new launches.
import byBrand from "./devices.json";
export type DeviceType = "phone" | "tablet" | "watch";
export type Device = { brand: string; model: string; type: DeviceType };

// devices.json: brand → type → models, in launch order.
export const DEVICES: Device[] = Object.entries(byBrand as Record<string, Partial<Record<DeviceType, string[]>>>).flatMap(
  ([brand, types]) =>
    Object.entries(types).flatMap(([type, models]) => models!.map((model) => ({ brand, model, type: type as DeviceType }))),
);

export const BRANDS = [...new Set(DEVICES.map((d) => d.brand))];
