// One HTTP exchange with eSIM Go: rate limit, timeout, typed errors, automatic retries for GETs
// only, and a redacted record of every attempt in the provider call log.
import type { z } from "zod";
import {
  BadResponseError,
  classifyFetchError,
  errorForStatus,
  EsimGoError,
  NetworkError,
  parseRetryAfter,
  RateLimitedError,
} from "./errors";
import { parseProviderJson } from "./json";
import { RateLimiter, type Limiter } from "./rate-limiter";
import { forLog } from "./redact";
import { errorText, logger } from "@/lib/log/logger";

export type CallRecord = {
  method: string;
  path: string;
  requestBody?: unknown;
  status?: number;
  responseBody?: unknown;
  durationMs: number;
  outcome: "ok" | "http_error" | "rate_limited" | "timeout" | "ambiguous" | "network_error" | "bad_response";
  error?: string;
  orderLineId?: string;
};

export type TransportConfig = {
  baseUrl: string;
  apiKey: string;
  timeoutMs: number;
  maxRps: number;
  getRetries?: number;
  limiter?: Limiter; // default: in-memory, maxRps for this process
  recordCall?: (record: CallRecord) => Promise<void> | void;
};

export type RequestOptions<T extends z.ZodType> = {
  method: "GET" | "POST" | "DELETE";
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  schema: T;
  orderLineId?: string; // links the call log row to the order line it served
};

// The route a call belongs to, for its cost: ICCIDs, bundle names and ids become ":id".
const routeOf = (method: string, path: string) => `${method} ${path.split("?")[0].replace(/\/[^/]*\d[^/]*/g, "/:id")}`;

export class Transport {
  private limiter: Limiter;
  // What each route cost last time (X-Ratelimit-Cost), budgeted before the next call; 1 until seen.
  private costs = new Map<string, number>();

  constructor(private config: TransportConfig) {
    this.limiter = config.limiter ?? new RateLimiter(config.maxRps);
  }

  // GETs retry every retryable failure. Writes retry only what provably never reached eSIM Go's
  // processing: 429 (refused by the rate limit) and connection refused.
  async request<T extends z.ZodType>(options: RequestOptions<T>): Promise<z.output<T>> {
    const attempts = 1 + (this.config.getRetries ?? 3);
    const safe = (error: unknown) => options.method === "GET" || error instanceof RateLimitedError || error instanceof NetworkError;
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.once(options);
      } catch (error) {
        const retry = error instanceof EsimGoError && error.retryable && safe(error) && attempt < attempts;
        if (!retry) throw error;
        const wait = error instanceof RateLimitedError ? error.retryAfterMs : 200 * 2 ** (attempt - 1);
        await new Promise((r) => setTimeout(r, wait));
      }
    }
  }

  private async once<T extends z.ZodType>(options: RequestOptions<T>): Promise<z.output<T>> {
    const route = routeOf(options.method, options.path);
    const budgeted = this.costs.get(route) ?? 1;
    await this.limiter.acquire(budgeted);
    const url = new URL(this.config.baseUrl.replace(/\/+$/, "") + options.path);
    for (const [k, v] of Object.entries(options.query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
    const logPath = url.pathname.replace(new URL(this.config.baseUrl).pathname.replace(/\/+$/, ""), "") + url.search;
    const started = performance.now();
    const record = (r: Omit<CallRecord, "method" | "path" | "durationMs" | "requestBody" | "orderLineId">) =>
      this.log({
        method: options.method,
        path: logPath,
        requestBody: forLog(options.body),
        durationMs: Math.round(performance.now() - started),
        orderLineId: options.orderLineId,
        ...r,
      });

    let response: Response;
    let text: string;
    try {
      response = await fetch(url, {
        method: options.method,
        headers: {
          "X-API-Key": this.config.apiKey,
          Accept: "application/json",
          ...(options.body !== undefined ? { "Content-Type": "application/json" } : {}),
        },
        body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
        signal: AbortSignal.timeout(this.config.timeoutMs),
        cache: "no-store",
      });
      text = await response.text();
    } catch (error) {
      const failure = classifyFetchError(error, this.config.timeoutMs);
      await record({
        outcome: failure instanceof NetworkError ? "network_error" : failure.message.includes("timed out") ? "timeout" : "ambiguous",
        error: failure.message,
      });
      throw failure;
    }

    this.followRateLimitHeaders(response.headers);
    const cost = Number(response.headers.get("x-ratelimit-cost"));
    if (Number.isInteger(cost) && cost >= 1) {
      this.costs.set(route, cost);
      if (cost > budgeted) await this.limiter.acquire(cost - budgeted); // pay the rest of this call's cost
    }
    let json: unknown;
    try {
      json = text ? parseProviderJson(text) : undefined;
    } catch {
      json = undefined;
    }
    const status = response.status;
    if (status >= 200 && status < 300) {
      const parsed = options.schema.safeParse(json);
      if (!parsed.success) {
        const why = parsed.error.issues
          .slice(0, 2)
          .map((i) => `${i.path.join(".") || "body"}: ${i.message}`)
          .join("; ");
        await record({ status, responseBody: forLog(json ?? text.slice(0, 500)), outcome: "bad_response", error: why });
        throw new BadResponseError(`${options.method} ${url.pathname}: ${why}`);
      }
      await record({ status, responseBody: forLog(json), outcome: "ok" });
      return parsed.data;
    }

    const message =
      (json && typeof json === "object" && "message" in json ? String((json as { message: unknown }).message) : text.slice(0, 300)) ||
      response.statusText;
    const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"));
    if (retryAfterMs !== null && (status === 429 || status === 503)) this.limiter.pauseFor(retryAfterMs);
    await record({
      status,
      responseBody: forLog(json ?? text.slice(0, 500)),
      outcome: status === 429 ? "rate_limited" : "http_error",
      error: message,
    });
    throw errorForStatus(status, message, { namesResource: route.includes(":id"), retryAfterMs });
  }

  // eSIM Go counts in fixed windows that start with the first request it sees; when it says the
  // window is used up, wait for its reset rather than earn a 429.
  private followRateLimitHeaders(headers: Headers) {
    if (headers.get("x-ratelimit-remaining") !== "0") return;
    const reset = Date.parse(headers.get("x-ratelimit-reset") ?? "");
    if (!Number.isNaN(reset)) this.limiter.pauseFor(Math.min(reset - Date.now() + 10, 5000));
  }

  private async log(record: CallRecord) {
    try {
      await this.config.recordCall?.(record);
    } catch (error) {
      logger.error({ scope: "esimgo", err: errorText(error) }, "provider call log failed");
    }
  }
}
