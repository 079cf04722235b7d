// Latency of one URL under load, beside a bare Node server sending the same bytes (status, headers
// and body copied from the store's own answer), measured one after the other in the same run, so
// the ratio says what the store adds over writing those bytes to a socket.
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import autocannon from "autocannon";
import { percentile } from "./store";

export type Latency = { p50: number; p95: number; requests: number; non2xx: number };

const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "content-length", "date"]);

async function measure(url: string, seconds: number, connections: number): Promise<Latency> {
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: seconds }, (err, res) => (err ? reject(err) : resolve(res)));
    instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), requests: result.requests.total, non2xx: result.non2xx };
}

// The store's answer, as a client without cookies or compression gets it.
export async function snapshot(url: string) {
  const response = await fetch(url, { headers: { "Accept-Encoding": "identity" } });
  const body = Buffer.from(await response.arrayBuffer());
  const headers: IncomingHttpHeaders = {};
  response.headers.forEach((value, name) => {
    if (!HOP_BY_HOP.has(name)) headers[name] = value;
  });
  return { status: response.status, headers, body, cache: response.headers.get("x-nextjs-cache") };
}

export async function storeBesideBare(url: string, opts: { seconds: number; connections: number }) {
  const copy = await snapshot(url);
  const bare = createServer((_req, res) => {
    res.writeHead(copy.status, { ...copy.headers, "content-length": copy.body.length });
    res.end(copy.body);
  });
  await new Promise<void>((resolve) => bare.listen(0, "127.0.0.1", resolve));
  try {
    const store = await measure(url, opts.seconds, opts.connections);
    const plain = await measure(`http://127.0.0.1:${(bare.address() as AddressInfo).port}/`, opts.seconds, opts.connections);
    return { bytes: copy.body.length, cache: copy.cache, store, bare: plain };
  } finally {
    await new Promise((resolve) => bare.close(resolve));
  }
}
