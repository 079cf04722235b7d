// The text of a PDF, page by page, through pdf.js (the reader Firefox uses): what a person reading
// the receipt sees, not what the store meant to write.
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : " ") : "")).join(""));
  }
  await pdf.destroy();
  // One plain space between the words of a line, as a reader sees it (Intl's amounts and units
  // carry no-break spaces).
  return pages.join("\n").replace(/[ \t\u00a0\u202f]+/g, " ");
}
