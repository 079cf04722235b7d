// The caller's IP for rate limits. Behind a load balancer the nearest proxy appends the address it
// saw as the last X-Forwarded-For entry (earlier entries are whatever the client claimed), so
// that entry is used; without the header, everyone local shares "local".
import { headers } from "next/headers";

export function forwardedClient(forwardedFor: string | null): string {
  const last = forwardedFor?.split(",").map((s) => s.trim()).filter(Boolean).pop();
  return last && /^[0-9a-fA-F:.]{2,45}$/.test(last) ? last : "local";
}

export async function clientIp(): Promise<string> {
  return forwardedClient((await headers()).get("x-forwarded-for"));
}
