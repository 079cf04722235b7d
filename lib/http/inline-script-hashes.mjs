// Preload for the web server (node --import, beside trusted-proxies.mjs). Pages come from Next.js's
// cache, so their HTML cannot carry a per-request nonce; instead proxy.ts sends a policy whose
// script-src holds the placeholder 'inline-script-hashes', and this fills it in for the HTML
// actually sent: the SHA-256 of each inline <script>, and the integrity hash of each script file
// (Next.js adds most, experimental.sri; the few it leaves out are added here from the file on
// disk). With 'strict-dynamic' the page's own scripts load what they need; nothing else runs.
// The page itself stays cached: only the header (and, rarely, the integrity attributes) are
// computed per response, and the result is remembered per body.
//
// How: an HTML response whose policy has the placeholder is held back until it ends (the head is
// deferred, the body buffered), then sent with the completed header. Next.js may have compressed
// the body (gzip): it is decompressed to read, and compressed again only if it had to change.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { gunzipSync, gzipSync, inflateSync, deflateSync, brotliDecompressSync, brotliCompressSync } from "node:zlib";
import { PLACEHOLDER } from "./csp-placeholder.mjs";

export { PLACEHOLDER };
const CSP = "content-security-policy";
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script>/gi;
const SCRIPT_TAG = /<script\b([^>]*)>/gi;
const INTEGRITY = /\bintegrity="(sha(?:256|384|512)-[A-Za-z0-9+/=]+)"/i;
const SOURCE = /\bsrc="(\/_next\/static\/[^"?#]+)"/i;
const CODECS = {
  gzip: [gunzipSync, gzipSync],
  deflate: [inflateSync, deflateSync],
  br: [brotliDecompressSync, brotliCompressSync],
};

const sha256 = (data) => createHash("sha256").update(data).digest("base64");

// The integrity of a build file, read once ("" when it is not a file of this build).
const STATIC_DIR = path.join(process.cwd(), ".next", "static");
const fileHashes = new Map();
function fileIntegrity(src) {
  if (!fileHashes.has(src)) {
    const file = path.join(STATIC_DIR, decodeURIComponent(src.slice("/_next/static/".length)));
    let hash = "";
    try {
      if (file.startsWith(STATIC_DIR + path.sep)) hash = `sha256-${sha256(readFileSync(file))}`;
    } catch {
      hash = "";
    }
    fileHashes.set(src, hash);
  }
  return fileHashes.get(src);
}

// Script files Next.js sent without an integrity attribute get one (a file of this build only).
export function withIntegrity(html) {
  return html.replace(SCRIPT_TAG, (tag, attributes) => {
    if (INTEGRITY.test(attributes)) return tag;
    const src = SOURCE.exec(attributes)?.[1];
    const integrity = src && fileIntegrity(src);
    return integrity ? `<script${attributes} integrity="${integrity}">` : tag;
  });
}

// The hash sources for every script of a page (inline: their content; files: their integrity),
// or 'none' when it has none.
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const match of html.matchAll(INLINE_SCRIPT)) if (match[1]) hashes.add(`'sha256-${sha256(Buffer.from(match[1], "utf8"))}'`);
  for (const [, attributes] of html.matchAll(SCRIPT_TAG)) {
    const integrity = /\bsrc\s*=/i.test(attributes) && INTEGRITY.exec(attributes);
    if (integrity) hashes.add(`'${integrity[1]}'`);
  }
  return hashes.size ? [...hashes].join(" ") : "'none'";
}

export function completePolicy(policy, html) {
  return policy.replace(PLACEHOLDER, inlineScriptHashes(html));
}

// A cached page is the same bytes each time: its sources (and body, if it changed) are kept.
const prepared = new Map();
const PREPARED_MAX = 500;
function prepare(body, encoding) {
  const key = `${encoding}:${createHash("sha1").update(body).digest("base64")}`;
  const known = prepared.get(key);
  if (known) return known;
  const [decode, encode] = CODECS[encoding] ?? [(b) => b, (b) => b];
  let result;
  try {
    const html = decode(body).toString("utf8");
    const complete = withIntegrity(html);
    result = { sources: inlineScriptHashes(complete), body: complete === html ? body : encode(Buffer.from(complete, "utf8")) };
  } catch {
    result = { sources: "'none'", body }; // an undecodable body: none of its scripts run
  }
  if (prepared.size >= PREPARED_MAX) prepared.delete(prepared.keys().next().value);
  prepared.set(key, result);
  return result;
}

// A revisit must not be answered 304: the browser would keep its cached page but take the 304's
// headers, whose policy still holds the placeholder (there is no body to hash), and no script of
// the page would run. So pages are never revalidated; build files (immutable, cached for a year) may be.
const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function emitRequest(event, req, ...rest) {
  if (event === "request" && !String(req.url).startsWith("/_next/static/")) {
    delete req.headers["if-none-match"];
    delete req.headers["if-modified-since"];
  }
  return emit.call(this, event, req, ...rest);
};

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
  const { sources, body } = prepare(Buffer.concat(this[held]), String(this.getHeader("content-encoding") ?? "").trim());
  this[held] = null; // from here on the response is sent as usual
  this.setHeader(CSP, String(this.getHeader(CSP)).replace(PLACEHOLDER, sources));
  if (!this.getHeader("transfer-encoding") && this.req?.method !== "HEAD") this.setHeader("content-length", body.length);
  if (!this.headersSent) original.writeHead.call(this, this.statusCode, this.statusMessage);
  return original.end.call(this, body, typeof encoding === "function" ? encoding : callback);
};
