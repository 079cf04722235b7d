// Preload for the web server (node --import, beside trusted-proxies.mjs). Pages come from Next.js's
// cache, so their HTML cannot carry a per-request nonce; instead proxy.ts sends a policy whose
// script-src holds the placeholder 'inline-script-hashes', and this fills it in with the SHA-256 of
// each inline <script> in the page actually sent. The policy stays strict ('strict-dynamic', no
// 'unsafe-inline') and the page itself stays cached: only the header is computed per response.
//
// How: an HTML response whose policy has the placeholder is held back until it ends (the head is
// deferred, the body buffered), then sent with the completed header. Next.js may already have
// compressed the body (gzip, brotli): the hashes are taken from a decompressed copy and the
// compressed bytes are sent unchanged. Every other response passes through untouched.
import { createHash } from "node:crypto";
import http from "node:http";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";

import { PLACEHOLDER } from "./csp-placeholder.mjs";

export { PLACEHOLDER };
const CSP = "content-security-policy";
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script>/gi;
// Next's script files carry their integrity hash (experimental.sri): allowed by that hash.
const SCRIPT_TAG = /<script\b([^>]*)>/gi;
const INTEGRITY = /\bintegrity="(sha(?:256|384|512)-[A-Za-z0-9+/=]+)"/i;
const DECOMPRESS = { gzip: gunzipSync, br: brotliDecompressSync, deflate: inflateSync };

// The hash sources for every script of a page (inline: their content; files: their integrity),
// or 'none' when it has none.
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    if (match[1]) hashes.add(`'sha256-${createHash("sha256").update(match[1], "utf8").digest("base64")}'`);
  }
  for (const [, attributes] of html.matchAll(SCRIPT_TAG)) {
    const integrity = /\bsrc\s*=/i.test(attributes) && INTEGRITY.exec(attributes);
    if (integrity) hashes.add(`'${integrity[1]}'`);
  }
  return hashes.size ? [...hashes].join(" ") : "'none'";
}

export function completePolicy(policy, html) {
  return policy.replace(PLACEHOLDER, inlineScriptHashes(html));
}

const held = Symbol("held HTML response");
const proto = http.ServerResponse.prototype;
const original = { writeHead: proto.writeHead, write: proto.write, end: proto.end, flushHeaders: proto.flushHeaders };

// writeHead(status, [reason], [headers]): headers given here are set on the response first, so
// that the decision (and later the completed policy) sees them.
function absorbHeadArgs(res, args) {
  const headers = typeof args[1] === "object" ? args[1] : args[2];
  if (Array.isArray(headers)) for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(headers[i], headers[i + 1]);
  else if (headers) for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  if (typeof args[0] === "number") res.statusCode = args[0];
  if (typeof args[1] === "string") res.statusMessage = args[1];
}

function shouldHold(res) {
  if (res[held] !== undefined) return res[held] !== null;
  const policy = res.getHeader(CSP);
  const type = String(res.getHeader("content-type") ?? "");
  res[held] = typeof policy === "string" && policy.includes(PLACEHOLDER) && type.startsWith("text/html") ? [] : null;
  return res[held] !== null;
}

proto.writeHead = function writeHead(...args) {
  if (this[held] === undefined && !this.headersSent) {
    absorbHeadArgs(this, args);
    if (shouldHold(this)) return this;
    return original.writeHead.call(this, this.statusCode, this.statusMessage);
  }
  if (this[held]) return this;
  return original.writeHead.apply(this, args);
};

// Headers flushed early would carry the placeholder: a held response sends them at its end.
proto.flushHeaders = function flushHeaders() {
  if (!shouldHold(this)) original.flushHeaders.call(this);
};

proto.write = function write(chunk, encoding, callback) {
  if (!shouldHold(this)) return original.write.call(this, chunk, encoding, callback);
  if (chunk !== undefined && chunk !== null) this[held].push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, encoding));
  const done = typeof encoding === "function" ? encoding : callback;
  if (typeof done === "function") process.nextTick(done);
  return true;
};

proto.end = function end(chunk, encoding, callback) {
  if (!shouldHold(this)) return original.end.call(this, chunk, encoding, callback);
  if (typeof chunk === "function") [callback, chunk] = [chunk, undefined];
  if (chunk !== undefined && chunk !== null) this[held].push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, encoding));
  const body = Buffer.concat(this[held]);
  this[held] = null; // from here on the response is sent as usual
  const encoding_ = String(this.getHeader("content-encoding") ?? "").trim();
  let html = "";
  try {
    html = (DECOMPRESS[encoding_] ? DECOMPRESS[encoding_](body) : body).toString("utf8");
  } catch {
    html = ""; // an undecodable body gets 'none': no inline script of it runs
  }
  this.setHeader(CSP, completePolicy(String(this.getHeader(CSP)), html));
  if (!this.getHeader("transfer-encoding") && this.req?.method !== "HEAD") this.setHeader("content-length", body.length);
  if (!this.headersSent) original.writeHead.call(this, this.statusCode, this.statusMessage);
  return original.end.call(this, body, typeof encoding === "function" ? encoding : callback);
};
