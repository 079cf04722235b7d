// Cached pages carry no nonce: the web process completes each HTML page's policy with the hashes
// of the inline scripts it actually sends, compressed or not, and leaves other responses alone.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { test } from "node:test";
import { gzipSync } from "node:zlib";
import { inlineScriptHashes, PLACEHOLDER } from "../../lib/http/inline-script-hashes.mjs";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
const PAGE = `<!doctype html><html><head><script src="/_next/static/a.js" integrity="sha256-abc=" async></script></head>
<body><script>self.__next_f.push([1,"a"])</script><script type="application/ld+json">{"@type":"Product"}</script>
<script>self.__next_f.push([1,"a"])</script></body></html>`;
const POLICY = `default-src 'self'; script-src ${PLACEHOLDER} 'strict-dynamic'; object-src 'none'`;

test("every distinct inline script is hashed; script files are allowed by their integrity hash", () => {
  assert.equal(inlineScriptHashes(PAGE), `${sha('self.__next_f.push([1,"a"])')} ${sha('{"@type":"Product"}')} 'sha256-abc='`);
  assert.equal(inlineScriptHashes("<p>no scripts</p>"), "'none'");
});

async function serve(handler: (res: ServerResponse) => void) {
  await import("../../lib/http/inline-script-hashes.mjs"); // the preload patches every response
  const server = createServer((_req, res) => handler(res));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  const response = await fetch(`http://127.0.0.1:${port}/`);
  const body = await response.text();
  server.close();
  return { policy: response.headers.get("content-security-policy"), body };
}

test("a streamed HTML page is sent whole with its policy completed", async () => {
  const { policy, body } = await serve((res) => {
    res.setHeader("Content-Security-Policy", POLICY);
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.write(PAGE.slice(0, 100));
    res.end(PAGE.slice(100));
  });
  assert.equal(body, PAGE);
  assert.equal(policy, POLICY.replace(PLACEHOLDER, inlineScriptHashes(PAGE)));
  assert.doesNotMatch(policy!, /unsafe-inline|inline-script-hashes/);
});

test("a compressed page keeps its bytes; the hashes come from a decompressed copy", async () => {
  const { policy, body } = await serve((res) => {
    res.writeHead(200, { "Content-Type": "text/html", "Content-Encoding": "gzip", "Content-Security-Policy": POLICY });
    res.end(gzipSync(PAGE));
  });
  assert.equal(body, PAGE, "fetch decompresses what was sent");
  assert.equal(policy, POLICY.replace(PLACEHOLDER, inlineScriptHashes(PAGE)));
});

test("responses without the placeholder, or not HTML, pass through untouched", async () => {
  const json = await serve((res) => {
    res.writeHead(200, { "Content-Type": "application/json", "Content-Security-Policy": POLICY });
    res.end('{"a":1}');
  });
  assert.equal(json.policy, POLICY);
  const fixed = await serve((res) => {
    res.writeHead(200, { "Content-Type": "text/html", "Content-Security-Policy": "script-src 'self'" });
    res.end(PAGE);
  });
  assert.equal(fixed.policy, "script-src 'self'");
});

test("a revisit with the page's ETag gets the page again with a completed policy, never a 304 with the placeholder", async () => {
  await import("../../lib/http/inline-script-hashes.mjs");
  const server = createServer((req, res) => {
    // What Next.js does with a cached page: 304 when the browser already has this version.
    if (req.headers["if-none-match"] === '"v1"') return void res.writeHead(304, { ETag: '"v1"', "Content-Security-Policy": POLICY }).end();
    res.writeHead(200, { "Content-Type": "text/html", ETag: '"v1"', "Content-Security-Policy": POLICY });
    res.end(PAGE);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  const response = await fetch(`http://127.0.0.1:${port}/en/plans/x`, { headers: { "If-None-Match": '"v1"' } });
  server.close();
  assert.equal(response.status, 200);
  assert.equal(response.headers.get("content-security-policy"), POLICY.replace(PLACEHOLDER, inlineScriptHashes(PAGE)));
});
