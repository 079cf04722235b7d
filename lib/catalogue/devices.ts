// eSIM-capable devices, by brand. Regional variants differ (notably some models sold in mainland
// China, Hong Kong and Macao have no eSIM); the page says so. Kept in code: it changes a few
// times a year with new launches.
export type DeviceType = "phone" | "tablet" | "watch";
export type Device = { brand: string; model: string; type: DeviceType };

const list = (brand: string, type: DeviceType, models: string[]): Device[] => models.map((model) => ({ brand, model, type }));

export const DEVICES: Device[] = [
  ...list("Apple", "phone", ["iPhone XR", "iPhone XS", "iPhone XS Max", "iPhone 11", "iPhone 11 Pro", "iPhone 11 Pro Max", "iPhone SE (2020)", "iPhone 12", "iPhone 12 mini", "iPhone 12 Pro", "iPhone 12 Pro Max", "iPhone 13", "iPhone 13 mini", "iPhone 13 Pro", "iPhone 13 Pro Max", "iPhone SE (2022)", "iPhone 14", "iPhone 14 Plus", "iPhone 14 Pro", "iPhone 14 Pro Max", "iPhone 15", "iPhone 15 Plus", "iPhone 15 Pro", "iPhone 15 Pro Max", "iPhone 16", "iPhone 16 Plus", "iPhone 16 Pro", "iPhone 16 Pro Max", "iPhone 16e", "iPhone 17", "iPhone 17 Pro", "iPhone 17 Pro Max", "iPhone Air"]),
  ...list("Apple", "tablet", ["iPad Pro 11-inch (1st generation and later), Wi-Fi + Cellular", "iPad Pro 12.9-inch (3rd generation and later), Wi-Fi + Cellular", "iPad Air (3rd generation and later), Wi-Fi + Cellular", "iPad (7th generation and later), Wi-Fi + Cellular", "iPad mini (5th generation and later), Wi-Fi + Cellular"]),
  ...list("Apple", "watch", ["Apple Watch Series 3 and later (GPS + Cellular)", "Apple Watch SE (GPS + Cellular)", "Apple Watch Ultra"]),
  ...list("Samsung", "phone", ["Galaxy S20", "Galaxy S20+", "Galaxy S20 Ultra", "Galaxy S21", "Galaxy S21+", "Galaxy S21 Ultra", "Galaxy S22", "Galaxy S22+", "Galaxy S22 Ultra", "Galaxy S23", "Galaxy S23+", "Galaxy S23 Ultra", "Galaxy S23 FE", "Galaxy S24", "Galaxy S24+", "Galaxy S24 Ultra", "Galaxy S24 FE", "Galaxy S25", "Galaxy S25+", "Galaxy S25 Ultra", "Galaxy Note 20", "Galaxy Note 20 Ultra", "Galaxy Z Fold2", "Galaxy Z Fold3", "Galaxy Z Fold4", "Galaxy Z Fold5", "Galaxy Z Fold6", "Galaxy Z Flip", "Galaxy Z Flip3", "Galaxy Z Flip4", "Galaxy Z Flip5", "Galaxy Z Flip6", "Galaxy A54 5G", "Galaxy A55 5G", "Galaxy A35 5G"]),
  ...list("Samsung", "tablet", ["Galaxy Tab S9 (5G)", "Galaxy Tab S10 (5G)"]),
  ...list("Samsung", "watch", ["Galaxy Watch4 LTE", "Galaxy Watch5 LTE", "Galaxy Watch6 LTE", "Galaxy Watch7 LTE"]),
  ...list("Google", "phone", ["Pixel 3", "Pixel 3 XL", "Pixel 3a", "Pixel 3a XL", "Pixel 4", "Pixel 4 XL", "Pixel 4a", "Pixel 5", "Pixel 5a", "Pixel 6", "Pixel 6 Pro", "Pixel 6a", "Pixel 7", "Pixel 7 Pro", "Pixel 7a", "Pixel 8", "Pixel 8 Pro", "Pixel 8a", "Pixel 9", "Pixel 9 Pro", "Pixel 9 Pro XL", "Pixel 9 Pro Fold", "Pixel 9a", "Pixel Fold"]),
  ...list("Google", "watch", ["Pixel Watch (LTE)", "Pixel Watch 2 (LTE)", "Pixel Watch 3 (LTE)"]),
  ...list("Motorola", "phone", ["razr (2019)", "razr 5G", "razr 40", "razr 40 ultra", "razr 50", "razr 50 ultra", "edge 40", "edge 40 pro", "edge 50 pro", "edge+ (2023)", "moto g54 5G", "moto g84 5G"]),
  ...list("OnePlus", "phone", ["OnePlus 11", "OnePlus 12", "OnePlus 13", "OnePlus Open"]),
  ...list("Xiaomi", "phone", ["Xiaomi 12T Pro", "Xiaomi 13", "Xiaomi 13 Pro", "Xiaomi 13T", "Xiaomi 13T Pro", "Xiaomi 14", "Xiaomi 14 Pro", "Xiaomi 14T", "Xiaomi 14T Pro", "Redmi Note 13 Pro+"]),
  ...list("OPPO", "phone", ["Find X3 Pro", "Find X5", "Find X5 Pro", "Find N2 Flip", "Reno 5A", "Reno 9A"]),
  ...list("Sony", "phone", ["Xperia 1 IV", "Xperia 1 V", "Xperia 1 VI", "Xperia 5 IV", "Xperia 5 V", "Xperia 10 III Lite", "Xperia 10 IV", "Xperia 10 V"]),
  ...list("Huawei", "phone", ["P40", "P40 Pro", "Mate 40 Pro"]),
  ...list("Nothing", "phone", ["Phone (3a)", "Phone (3a) Pro"]),
  ...list("Fairphone", "phone", ["Fairphone 4", "Fairphone 5"]),
  ...list("Honor", "phone", ["Magic4 Pro", "Magic5 Pro", "Magic6 Pro", "90"]),
];

export const BRANDS = [...new Set(DEVICES.map((d) => d.brand))];
