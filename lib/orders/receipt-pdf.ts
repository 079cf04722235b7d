// The receipt as a PDF (pdfkit): the seller's legal details, who was billed, the lines, credit,
// the tax included, refunds and the net, in the customer's language. Written in Noto Sans JP,
// which covers the Latin script and Japanese (the PDF embeds only the glyphs it uses).
import { readFileSync } from "node:fs";
import path from "node:path";
import PDFDocument from "pdfkit";
import { env } from "@/lib/config/env";
import { countryName, dateText } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { formatMoney } from "@/lib/money/minor-units";
import type { Receipt } from "./receipt";
import { currentBrand } from "@/lib/tenancy/brand";

// Read from node_modules at run time (next.config.ts traces the two files into the standalone
// server), once per process.
const FONT_DIR = "node_modules/@expo-google-fonts/noto-sans-jp";
let fonts: { regular: Buffer; bold: Buffer } | undefined;
const fontFiles = () =>
  (fonts ??= {
    regular: readFileSync(path.join(process.cwd(), FONT_DIR, "400Regular/NotoSansJP_400Regular.ttf")),
    bold: readFileSync(path.join(process.cwd(), FONT_DIR, "700Bold/NotoSansJP_700Bold.ttf")),
  });

const LEFT = 50;
const RIGHT = 545;
const COLUMNS = { item: LEFT, qty: 330, unit: 380, amount: 465 }; // x of each column

export async function receiptPdf(r: Receipt, locale: Locale): Promise<Buffer> {
  const t = await translator(locale, "Receipt");
  const status = await translator(locale, "Account");
  const money = (minor: number) => formatMoney(minor, r.currency, locale);
  const { legalName, legalAddress, taxId } = env().receipts;
  const brand = await currentBrand(); // the storefront it was bought on
  const doc = new PDFDocument({ size: "A4", margin: LEFT, info: { Title: `${t("title")} ${r.id}`, Author: legalName } });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on("end", () => resolve()));
  const text = (s: string, x: number, y: number, o: PDFKit.Mixins.TextOptions = {}) => doc.text(s, x, y, o);
  doc.registerFont("Regular", fontFiles().regular);
  doc.registerFont("Bold", fontFiles().bold);

  doc.font("Bold").fontSize(22).fillColor("#0f2b5b");
  text(brand.name, LEFT, 50);
  doc.font("Regular").fontSize(9).fillColor("#475569");
  text([legalName, legalAddress, taxId && t("taxId", { id: taxId })].filter(Boolean).join("\n"), LEFT, 80, { width: 250 });
  doc.font("Bold").fontSize(18).fillColor("#0f172a");
  text(t("title"), 300, 50, { width: RIGHT - 300, align: "right" });

  const facts: Array<[string, string]> = [
    [t("number"), r.id],
    [t("date"), dateText(r.createdAt, locale)],
    [t("billedTo"), r.email],
    ...(r.billingCountry ? [[t("country"), countryName(r.billingCountry, locale)] as [string, string]] : []),
    [t("status"), status(`orderStatus.${r.status}`)],
  ];
  let y = 140;
  doc.fontSize(10);
  for (const [label, value] of facts) {
    doc.font("Regular").fillColor("#475569");
    text(label, LEFT, y, { width: 110 });
    doc.font("Regular").fillColor("#0f172a");
    text(value, LEFT + 115, y, { width: 330 });
    y += 16;
  }
  if (r.gift) {
    text(t("giftFor", r.gift), LEFT, y + 4, { width: RIGHT - LEFT });
    y += 20;
  }

  y += 16;
  doc.font("Bold").fontSize(10).fillColor("#475569");
  text(t("item"), COLUMNS.item, y);
  text(t("qty"), COLUMNS.qty, y, { width: 40, align: "right" });
  text(t("unitPrice"), COLUMNS.unit, y, { width: 80, align: "right" });
  text(t("amount"), COLUMNS.amount, y, { width: RIGHT - COLUMNS.amount, align: "right" });
  y += 16;
  doc.moveTo(LEFT, y).lineTo(RIGHT, y).strokeColor("#cbd5e1").stroke();
  y += 8;
  doc.font("Regular").fillColor("#0f172a");
  for (const line of r.lines) {
    const name = line.topUpOf ? `${line.plan}\n${t("topUpOf", { iccid: line.topUpOf })}` : line.plan;
    text(name, COLUMNS.item, y, { width: COLUMNS.qty - COLUMNS.item - 10 });
    const height = doc.heightOfString(name, { width: COLUMNS.qty - COLUMNS.item - 10 });
    text(String(line.quantity), COLUMNS.qty, y, { width: 40, align: "right" });
    text(money(line.unitMinor), COLUMNS.unit, y, { width: 80, align: "right" });
    text(money(line.amountMinor), COLUMNS.amount, y, { width: RIGHT - COLUMNS.amount, align: "right" });
    y += Math.max(height, 14) + 8;
  }
  doc.moveTo(LEFT, y).lineTo(RIGHT, y).strokeColor("#cbd5e1").stroke();
  y += 10;

  const total = (label: string, value: string, bold = false) => {
    doc.font(bold ? "Bold" : "Regular").fillColor(bold ? "#0f172a" : "#334155");
    text(label, 150, y, { width: 300, align: "right" });
    text(value, COLUMNS.amount, y, { width: RIGHT - COLUMNS.amount, align: "right" });
    y += Math.max(doc.heightOfString(label, { width: 300 }), 12) + 4;
  };
  if (r.referralDiscountMinor > 0) total(t("referralDiscount"), `-${money(r.referralDiscountMinor)}`);
  total(t("total"), money(r.priceMinor), true);
  if (r.tax) total(t("taxIncluded", { rate: r.tax.ratePercent, country: r.tax.country }), money(r.tax.amountMinor));
  if (r.creditMinor > 0) {
    total(t("credit"), money(r.creditMinor));
    total(t("paidByCard"), money(r.totalMinor));
  }
  for (const refund of r.refunds)
    total(
      t("refund", { method: refund.method, reason: refund.removedPlan ? t("removedPlan") : refund.reason }),
      `-${money(refund.amountMinor)}`,
    );
  if (r.refunds.length > 0) total(t("net"), money(r.netMinor), true);

  doc.font("Regular").fontSize(9).fillColor("#475569");
  text(t("thanks", { brand: brand.name }), LEFT, 770, { width: RIGHT - LEFT, align: "center" });
  doc.end();
  await done;
  return Buffer.concat(chunks);
}
