// The text of a PDF, page by page, through pdf.js (the reader Firefox uses): what a person reading
// the receipt sees, not what the store meant to write.
import { createRequire } from "node:module";
import path from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

// pdf.js reads the metrics of the 14 standard fonts (the receipt's Helvetica) from its own package.
const standardFontDataUrl =
  path.join(path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json")), "standard_fonts") + "/";

export async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), standardFontDataUrl, useSystemFonts: false, isEvalSupported: false })
    .promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : " ") : "")).join(""));
  }
  await pdf.destroy();
  return pages.join("\n").replace(/[ \t]+/g, " "); // one space between the words of a line
}
