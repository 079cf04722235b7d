// Whose data a piece of code may touch. In a page, action or route handler it is the tenant the
// proxy resolved from the request's host (the TENANT_HEADER it always overwrites); code that acts
// for a known record (a webhook's order, a job's line) names it with asTenant; the worker, scripts
// and tests, outside any request, act for every tenant. A request that somehow lacks the header
// touches nothing: fail closed.
import { AsyncLocalStorage } from "node:async_hooks";
import { headers } from "next/headers";

export const TENANT_HEADER = "x-store-tenant";
export const OPERATOR = "operator";

// null: every tenant (the system acting on its own).
type Scope = { tenantId: string | null };
// One store per process, like the Prisma client (lib/db): Next.js bundles this module into each
// route's chunk, and a second copy's asTenant would be invisible to the client that reads it
// (Stripe's webhook then looked for a reseller's order among the operator's).
const globalForScopes = globalThis as unknown as { tenantScopes?: AsyncLocalStorage<Scope> };
const scopes = (globalForScopes.tenantScopes ??= new AsyncLocalStorage<Scope>());

// Awaited inside the scope: a Prisma query is a lazy promise that runs only when awaited.
export function asTenant<T>(tenantId: string, fn: () => PromiseLike<T>): Promise<T> {
  return scopes.run({ tenantId }, async () => await fn());
}

// For code whose caller is authenticated by a signature, not by a host: Stripe's webhook and
// eSIM Go's callbacks arrive on the operator's host for every tenant's orders.
export function asSystem<T>(fn: () => PromiseLike<T>): Promise<T> {
  return scopes.run({ tenantId: null }, async () => await fn());
}

export function inScope<T>(tenantId: string | null, fn: () => PromiseLike<T>): Promise<T> {
  return tenantId === null ? asSystem(fn) : asTenant(tenantId, fn);
}

const outsideRequest = (error: unknown) => error instanceof Error && /outside a request scope/.test(error.message);

export async function currentTenantId(): Promise<string | null> {
  const scope = scopes.getStore();
  if (scope) return scope.tenantId;
  let requestHeaders: Headers;
  try {
    requestHeaders = await headers();
  } catch (error) {
    if (outsideRequest(error)) return null;
    throw error; // e.g. Next.js stopping a prerender that reached request data
  }
  const tenantId = requestHeaders.get(TENANT_HEADER);
  if (!tenantId) throw new Error(`A request reached tenant data without ${TENANT_HEADER}: the proxy did not run`);
  return tenantId;
}

// The tenant a request serves (the operator outside any request).
export async function requestTenantId(): Promise<string> {
  return (await currentTenantId()) ?? OPERATOR;
}
