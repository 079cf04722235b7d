// The caller's IP for rate limits. lib/http/trusted-proxies.mjs, loaded into every web process,
// has already reduced X-Forwarded-For to the one address it trusts (the socket's, or the one the
// configured proxies saw), so whatever the client claimed is gone by the time this reads it.
import { headers } from "next/headers";

export function forwardedClient(forwardedFor: string | null): string {
  const address = forwardedFor?.trim();
  return address && /^[0-9a-fA-F:.]{2,45}$/.test(address) ? address : "local";
}

export async function clientIp(): Promise<string> {
  return forwardedClient((await headers()).get("x-forwarded-for"));
}
