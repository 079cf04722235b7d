// Finding 8: rate limits trusted any X-Forwarded-For, so a made-up address per request reset the
// per-IP sign-in and checkout limits. The web process now decides the client from the socket.
import assert from "node:assert/strict";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { test } from "node:test";
import { clientAddress } from "../../lib/http/trusted-proxies.mjs";

test("finding 8: with no trusted proxy a made-up X-Forwarded-For is replaced by the socket address", async () => {
  process.env.TRUSTED_PROXIES = "0";
  await import("../../lib/http/trusted-proxies.mjs");
  const seen: Array<{ xff?: string; host?: string }> = [];
  const server = createServer((req, res) => {
    seen.push({ xff: req.headers["x-forwarded-for"] as string, host: req.headers["x-forwarded-host"] as string });
    res.end("ok");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  for (const fake of ["203.0.113.7", "198.51.100.1, 10.0.0.1"]) {
    await fetch(`http://127.0.0.1:${port}/`, { headers: { "X-Forwarded-For": fake, "X-Forwarded-Host": "evil.example" } });
  }
  server.close();
  assert.deepEqual(seen, [
    { xff: "127.0.0.1", host: undefined },
    { xff: "127.0.0.1", host: undefined },
  ]);
});

test("with N trusted proxies the address the nearest trusted proxy saw is the client", () => {
  assert.equal(clientAddress("10.0.0.2", "6.6.6.6, 203.0.113.9", 1), "203.0.113.9", "the client's own claim (6.6.6.6) is ignored");
  assert.equal(clientAddress("10.0.0.2", "6.6.6.6, 203.0.113.9, 10.0.0.1", 2), "203.0.113.9");
  assert.equal(clientAddress("::ffff:10.0.0.2", undefined, 1), "10.0.0.2", "a direct connection has no header: the socket");
  assert.equal(clientAddress("10.0.0.2", "203.0.113.9", 0), "10.0.0.2");
});
