// Tiny HTTP helpers shared by the local provider sandboxes (dev and tests only).
import type { IncomingMessage, ServerResponse } from "node:http";

export type Params = Record<string, string>;

export type Route<C> = {
  method: string;
  pattern: RegExp; // named groups become params
  handler: (ctx: C, req: RequestInfo) => Promise<Reply> | Reply;
};

export type RequestInfo = {
  method: string;
  path: string;
  query: URLSearchParams;
  params: Params;
  headers: IncomingMessage["headers"];
  body: string;
  ip: string;
};

export type Reply = { status: number; body?: unknown; text?: string; headers?: Record<string, string> };

export async function readBody(req: IncomingMessage, limit = 1_000_000): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new Error("body too large");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export function send(res: ServerResponse, reply: Reply) {
  const headers: Record<string, string> = { ...reply.headers };
  let payload = "";
  if (reply.text !== undefined) {
    payload = reply.text;
    headers["Content-Type"] ??= "text/plain; charset=utf-8";
  } else if (reply.body !== undefined) {
    payload = JSON.stringify(reply.body);
    headers["Content-Type"] ??= "application/json";
  }
  res.writeHead(reply.status, headers);
  res.end(payload);
}

export function match<C>(routes: Route<C>[], method: string, path: string) {
  for (const route of routes) {
    if (route.method !== method) continue;
    const m = route.pattern.exec(path);
    if (m)
      return {
        route,
        params: Object.fromEntries(
          Object.entries(m.groups ?? {})
            .filter(([, v]) => v !== undefined)
            .map(([k, v]) => [k, decodeURIComponent(v)]),
        ),
      };
  }
  return null;
}
