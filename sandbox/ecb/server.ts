// A local copy of the ECB's daily reference rates (dev and tests only): the embedded default's
// exchange-rate source, in the ECB's own XML format, with fixed rates so prices are repeatable.
import { createServer } from "node:http";

// Euro reference rates as the ECB published them on a recent day.
const RATES: Record<string, number> = { USD: 1.0842, JPY: 162.35, GBP: 0.8452, AUD: 1.6387, CAD: 1.4765, CHF: 0.9486 };
export const SANDBOX_RATES_DAY = "2026-12-02";

export function ecbXml(day = SANDBOX_RATES_DAY, rates = RATES): string {
  const cubes = Object.entries(rates)
    .map(([currency, rate]) => `\t\t\t<Cube currency='${currency}' rate='${rate}'/>`)
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
\t<gesmes:subject>Reference rates</gesmes:subject>
\t<gesmes:Sender><gesmes:name>European Central Bank</gesmes:name></gesmes:Sender>
\t<Cube>
\t\t<Cube time='${day}'>
${cubes}
\t\t</Cube>
\t</Cube>
</gesmes:Envelope>
`;
}

export async function startEcbSandbox(port: number): Promise<{ url: string; stop: () => Promise<void> }> {
  const server = createServer((req, res) => {
    if (req.method === "GET" && req.url?.split("?")[0] === "/eurofxref-daily.xml") {
      res.writeHead(200, { "Content-Type": "text/xml; charset=utf-8" }).end(ecbXml());
    } else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${port}/eurofxref-daily.xml`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
