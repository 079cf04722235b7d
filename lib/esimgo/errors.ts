// Typed failures of eSIM Go calls. `retryable` says whether repeating the same call is safe;
// an AmbiguousError means a write may or may not have happened: look before retrying.
export type EsimGoErrorKind =
  "unauthorised" | "forbidden" | "rate_limited" | "invalid_request" | "gone" | "server_error" | "network" | "ambiguous" | "bad_response";

export class EsimGoError extends Error {
  constructor(
    readonly kind: EsimGoErrorKind,
    message: string,
    readonly status?: number,
    readonly retryable = false,
  ) {
    super(message);
    this.name = "EsimGoError";
  }
}

export class UnauthorisedError extends EsimGoError {
  constructor(status: number) {
    super("unauthorised", "eSIM Go rejected the API key", status);
  }
}

// 403 on a call naming one eSIM or bundle, while the key itself works: eSIM Go's way of saying the
// ICCID is not in this organisation (or no bundles of that kind are left). Not a key problem.
export class ForbiddenResourceError extends EsimGoError {
  constructor(readonly providerMessage: string) {
    super("forbidden", `eSIM Go says this eSIM or bundle is not available to this organisation: ${providerMessage}`, 403);
  }
}

export class RateLimitedError extends EsimGoError {
  constructor(readonly retryAfterMs: number) {
    super("rate_limited", `eSIM Go rate limit reached; retry after ${Math.ceil(retryAfterMs / 1000)} s`, 429, true);
  }
}

// 400-class answers carry eSIM Go's own explanation, which is what a person needs to read.
export class InvalidRequestError extends EsimGoError {
  constructor(
    status: number,
    readonly providerMessage: string,
  ) {
    super("invalid_request", `eSIM Go refused the request: ${providerMessage}`, status);
  }
}

export class GoneError extends EsimGoError {
  constructor(providerMessage: string) {
    super("gone", `eSIM is no longer available: ${providerMessage}`, 410);
  }
}

export class ServerError extends EsimGoError {
  constructor(status: number, providerMessage: string) {
    super("server_error", `eSIM Go is failing (${status}): ${providerMessage}`, status, true);
  }
}

// The request never left this machine (connection refused, DNS): always safe to retry.
export class NetworkError extends EsimGoError {
  constructor(detail: string) {
    super("network", `eSIM Go unreachable: ${detail}`, undefined, true);
  }
}

// Sent, but no answer arrived (timeout, connection dropped): the effect is unknown.
export class AmbiguousError extends EsimGoError {
  constructor(detail: string) {
    super("ambiguous", `No answer from eSIM Go (${detail}); the request may have been processed`, undefined, true);
  }
}

export class BadResponseError extends EsimGoError {
  constructor(detail: string) {
    super("bad_response", `Unexpected answer from eSIM Go: ${detail}`);
  }
}

// What an HTTP error status means. eSIM Go answers 403 both for a rejected key and for an ICCID
// outside the organisation: on a call that names a resource, and unless the message is about the
// key, it is the latter.
export function errorForStatus(
  status: number,
  message: string,
  call: { namesResource: boolean; retryAfterMs: number | null },
): EsimGoError {
  if (status === 403 && call.namesResource && !/api[ -]?key|token/i.test(message)) return new ForbiddenResourceError(message);
  if (status === 401 || status === 403) return new UnauthorisedError(status);
  if (status === 429) return new RateLimitedError(call.retryAfterMs ?? 1000);
  if (status === 410) return new GoneError(message);
  if (status >= 500) return new ServerError(status, message);
  return new InvalidRequestError(status, message);
}

// Connection failures that provably never reached eSIM Go; anything else may have been processed.
const NOT_SENT = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);

export function classifyFetchError(error: unknown, timeoutMs: number): EsimGoError {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e.name === "TimeoutError" || e.name === "AbortError") return new AmbiguousError(`timed out after ${timeoutMs} ms`);
  const code = e.cause?.code ?? "";
  if (NOT_SENT.has(code)) return new NetworkError(code);
  return new AmbiguousError(code || e.cause?.message || e.message || "connection lost");
}

export function parseRetryAfter(value: string | null): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - Date.now());
}
