// A local eSIM Go (API v2.5) over real HTTP: X-API-Key auth (403), 10 requests/s per IP with
// X-Ratelimit-* headers and 429 + Retry-After, the wire formats of routes.ts, and switchable faults.
// Control endpoints under /__sandbox (same API key) let tests inject faults and drive usage.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { timingSafeEqual } from "node:crypto";
import { match, readBody, send, type Reply, type RequestInfo, type Route } from "../http";
import { buildCatalogue } from "./catalogue";
import { costOf, NO_QUIRKS, type Quirks } from "./quirks";
import { routes } from "./routes";
import { initialState, StateStore, type EsimRecord } from "./state";
import { DEMO_DEVICE, startUsageSimulation, UsageNotifier, type Device } from "./usage";
import { SandboxError, World } from "./world";

export type Faults = {
  latencyMs: number;
  errorRate: number; // 0..1: answer 500 before doing anything
  rateLimitRate: number; // 0..1: answer 429 as if over the limit
  timeoutRate: number; // 0..1: never answer (the client times out); nothing is done
  lostResponseRate: number; // 0..1: do the work, then drop the connection
  pathPattern: string | null; // only requests whose path matches this regex
};

export const NO_FAULTS: Faults = { latencyMs: 0, errorRate: 0, rateLimitRate: 0, timeoutRate: 0, lostResponseRate: 0, pathPattern: null };

export type EsimGoSandboxOptions = {
  port: number; // 0 = any free port
  apiKey: string;
  statePath: string | null; // null = in memory only
  callbackUrl: string;
  balance?: number;
  refundsEnabled?: boolean;
  rateLimitPerSecond?: number;
  processingMs?: number;
  usage?: { bytesPerSecond: number; installAfterMs: number; tickMs: number } | null;
  callbackEncoding?: "base64" | "hex";
  onExchange?: (exchange: Exchange) => void; // contract tests watch every request and answer
};

export type Exchange = {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  status: number;
  responseBody: unknown;
  responseText?: string;
};

export type EsimGoSandbox = Awaited<ReturnType<typeof startEsimGoSandbox>>;

export async function startEsimGoSandbox(options: EsimGoSandboxOptions) {
  const catalogue = new Map(buildCatalogue().map((b) => [b.name, b]));
  const store = StateStore.open(options.statePath, () =>
    initialState({ balance: options.balance ?? 25_000, refundsEnabled: options.refundsEnabled ?? true, callbackUrl: options.callbackUrl }),
  );
  store.state.organisation.callbackUrl = options.callbackUrl;
  let clockOffset = 0;
  const world = new World(store, catalogue, { processingMs: options.processingMs ?? 1500 }, () => Date.now() + clockOffset);
  const notifier = new UsageNotifier(world, {
    apiKey: options.apiKey,
    encoding: options.callbackEncoding ?? "base64",
    maxAttempts: 6,
    baseDelayMs: 500,
  });
  const faults: Faults = { ...NO_FAULTS };
  const limit = options.rateLimitPerSecond ?? 10;
  const windows = new Map<string, { start: number; count: number }>();
  const stopUsage = options.usage ? startUsageSimulation(world, notifier, options.usage) : () => {};
  const stats = { requests: 0, byRoute: new Map<string, number>() };

  const control: Route<World>[] = [
    { method: "GET", pattern: /^\/__sandbox\/faults$/, handler: () => ({ status: 200, body: faults }) },
    { method: "GET", pattern: /^\/__sandbox\/quirks$/, handler: (w) => ({ status: 200, body: w.quirks }) },
    {
      method: "POST",
      pattern: /^\/__sandbox\/quirks$/,
      handler: (w, req) => {
        Object.assign(w.quirks, NO_QUIRKS, JSON.parse(req.body || "{}"));
        return { status: 200, body: w.quirks };
      },
    },
    {
      method: "POST",
      pattern: /^\/__sandbox\/faults$/,
      handler: (_w, req) => {
        Object.assign(faults, NO_FAULTS, JSON.parse(req.body || "{}"));
        return { status: 200, body: faults };
      },
    },
    {
      method: "POST",
      pattern: /^\/__sandbox\/esims\/(?<iccid>\d+)\/use$/,
      handler: (w, req) => {
        const bytes = Number(JSON.parse(req.body || "{}").bytes);
        const a = notifier.use(req.params.iccid, bytes);
        return {
          status: 200,
          body: a ? { bundle: a.bundle, remainingBytes: a.remainingBytes, state: w.bundleState(a) } : { bundle: null },
        };
      },
    },
    {
      // A test "installs" the eSIM (or removes it: {"status":"Released"}) on a device of its choice.
      method: "POST",
      pattern: /^\/__sandbox\/esims\/(?<iccid>\d+)\/install$/,
      handler: (_w, req) => {
        const { status = "Installed", ...device } = JSON.parse(req.body || "{}") as Device & { status?: EsimRecord["profileStatus"] };
        if (!["Released", "Downloaded", "Installed", "Unavailable"].includes(status)) throw new Error(`Unknown profile status ${status}`);
        return {
          status: 200,
          body: { sent: notifier.install(req.params.iccid, status, status === "Installed" ? { ...DEMO_DEVICE, ...device } : device) },
        };
      },
    },
    {
      method: "POST",
      pattern: /^\/__sandbox\/clock$/,
      handler: (_w, req) => {
        clockOffset += Number(JSON.parse(req.body || "{}").advanceMs ?? 0);
        return { status: 200, body: { now: new Date(world.now()).toISOString() } };
      },
    },
    {
      method: "POST",
      pattern: /^\/__sandbox\/organisation$/,
      handler: (w, req) => {
        Object.assign(w.state.organisation, JSON.parse(req.body || "{}"));
        store.changed();
        return { status: 200, body: w.state.organisation };
      },
    },
    {
      method: "POST",
      pattern: /^\/__sandbox\/organisation\/topup$/,
      handler: (_w, req) => ({ status: 200, body: { sent: notifier.topUpBalance(Number(JSON.parse(req.body || "{}").amount ?? 100)) } }),
    },
    {
      method: "GET",
      pattern: /^\/__sandbox\/stats$/,
      handler: () => ({
        status: 200,
        body: { requests: stats.requests, byRoute: Object.fromEntries(stats.byRoute), orders: world.state.orders.length },
      }),
    },
  ];

  // Each call spends its cost (1, or what the costs quirk says for its path) from the window.
  function rateLimit(ip: string, path: string, headers: Record<string, string>): Reply | null {
    const now = Date.now();
    let w = windows.get(ip);
    if (!w || now - w.start >= 1000) windows.set(ip, (w = { start: now, count: 0 }));
    const cost = costOf(world.quirks, path);
    w.count += cost;
    headers["X-Ratelimit-Limit"] = String(limit);
    headers["X-Ratelimit-Remaining"] = String(Math.max(0, limit - w.count));
    headers["X-Ratelimit-Reset"] = new Date(w.start + 1000).toISOString();
    headers["X-Ratelimit-Cost"] = String(cost);
    if (w.count > limit) return { status: 429, body: { message: "Rate limit exceeded" }, headers: { ...headers, "Retry-After": "1" } };
    return null;
  }

  // Answers one /v2.5 request, or stays silent: "hang" (the client times out, nothing was done)
  // or "drop" (the work was done, then the connection is cut).
  async function answer(info: RequestInfo): Promise<Reply | "hang" | "drop"> {
    const headers: Record<string, string> = {};
    try {
      const limited = rateLimit(info.ip, info.path, headers);
      if (limited) return limited;
      const faulty = !faults.pathPattern || new RegExp(faults.pathPattern).test(info.path);
      if (faulty && faults.latencyMs > 0) await new Promise((r) => setTimeout(r, faults.latencyMs));
      if (faulty && Math.random() < faults.rateLimitRate)
        return { status: 429, body: { message: "Rate limit exceeded" }, headers: { ...headers, "Retry-After": "1" } };
      if (faulty && Math.random() < faults.errorRate) return { status: 500, body: { message: "Internal server error" }, headers };
      if (faulty && Math.random() < faults.timeoutRate) return "hang";
      const found = match(routes, info.method, info.path);
      if (!found) return { status: 404, body: { message: `No route for ${info.method} ${info.path}` }, headers };
      const routeKey = `${info.method} ${found.route.pattern.source}`;
      stats.byRoute.set(routeKey, (stats.byRoute.get(routeKey) ?? 0) + 1);
      const reply = await found.route.handler(world, { ...info, params: found.params });
      if (faulty && Math.random() < faults.lostResponseRate) {
        store.flush();
        return "drop";
      }
      return { ...reply, headers: { ...headers, ...reply.headers } };
    } catch (error) {
      if (error instanceof SandboxError) return { status: error.status, body: { message: error.message }, headers };
      return { status: 500, body: { message: "Internal server error" }, headers };
    }
  }

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://sandbox");
    let body: string;
    try {
      body = await readBody(req);
    } catch {
      return send(res, { status: 413, body: { message: "Request body too large" } });
    }
    const info: RequestInfo = {
      method: req.method ?? "GET",
      path: url.pathname,
      query: url.searchParams,
      params: {},
      headers: req.headers,
      body,
      ip: req.socket.remoteAddress ?? "unknown",
    };
    if (!safeEqual(String(req.headers["x-api-key"] ?? ""), options.apiKey))
      return send(res, { status: 403, body: { message: "Invalid API key" } });

    if (url.pathname.startsWith("/__sandbox/")) {
      const found = match(control, info.method, url.pathname);
      if (!found) return send(res, { status: 404, body: { message: "Not found" } });
      try {
        return send(res, await found.route.handler(world, { ...info, params: found.params }));
      } catch (error) {
        return send(res, { status: 400, body: { message: (error as Error).message } });
      }
    }
    if (!url.pathname.startsWith("/v2.5/")) return send(res, { status: 404, body: { message: "Not found" } });

    stats.requests++;
    const reply = await answer({ ...info, path: url.pathname.slice("/v2.5".length) });
    if (reply === "hang") return void setTimeout(() => res.destroy(), 120_000).unref();
    if (reply === "drop") return void res.destroy();
    options.onExchange?.({
      method: info.method,
      path: url.pathname.slice("/v2.5".length),
      query: url.searchParams,
      headers: req.headers,
      body,
      status: reply.status,
      responseBody: reply.body,
      responseText: reply.text,
    });
    send(res, reply);
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  return {
    port,
    url: `http://127.0.0.1:${port}`,
    baseUrl: `http://127.0.0.1:${port}/v2.5`,
    world,
    notifier,
    faults,
    stats,
    setFaults(next: Partial<Faults>) {
      Object.assign(faults, NO_FAULTS, next);
    },
    setQuirks(next: Partial<Quirks>) {
      Object.assign(world.quirks, NO_QUIRKS, next);
    },
    async stop() {
      stopUsage();
      store.flush();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

function safeEqual(a: string, b: string) {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
