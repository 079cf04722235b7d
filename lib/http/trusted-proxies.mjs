// Loaded into every web process before Next.js (`node --import`): decides once, from the socket,
// who the client is, so no request header can choose it. X-Forwarded-For is believed only through
// TRUSTED_PROXIES hops (default 0: the socket address is the client); the request then carries
// exactly one address in X-Forwarded-For, which the rate limits read. With no trusted proxy the
// other X-Forwarded-* headers are dropped too: absolute URLs come from APP_URL, never from them.
// Plain JavaScript with no imports beyond node, so the standalone server can load it as well.
import { Server } from "node:http";

export function clientAddress(socketAddress, forwardedFor, hops) {
  const socket = (socketAddress ?? "").replace(/^::ffff:/, "");
  if (hops === 0) return socket;
  const chain = (forwardedFor ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const seen = [...chain, socket]; // each trusted proxy appended the address it saw
  return seen[Math.max(0, seen.length - 1 - hops)].replace(/^::ffff:/, "");
}

export function normaliseForwarding(req, hops) {
  const raw = req.headers["x-forwarded-for"];
  req.headers["x-forwarded-for"] = clientAddress(req.socket?.remoteAddress, Array.isArray(raw) ? raw.join(",") : raw, hops);
  if (hops === 0)
    for (const name of ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded", "x-real-ip"]) delete req.headers[name];
}

const hops = Math.max(0, Math.min(10, Number.parseInt(process.env.TRUSTED_PROXIES ?? "0", 10) || 0));
const emit = Server.prototype.emit;
if (!Server.prototype.__trustedProxies) {
  Server.prototype.__trustedProxies = true;
  Server.prototype.emit = function (event, ...args) {
    if (event === "request") normaliseForwarding(args[0], hops);
    return emit.call(this, event, ...args);
  };
}
