// Who may read /api/health's details (eSIM Go balance, queue backlog, error text): staff signed in,
// or a monitor sending `Authorization: Bearer <HEALTH_TOKEN>`. Everyone else sees the status only.
import { createHash, timingSafeEqual } from "node:crypto";
import { currentStaff } from "@/lib/auth/session";
import { env } from "@/lib/config/env";

const digest = (text: string) => createHash("sha256").update(text).digest();

export async function mayReadHealthDetails(request: Request): Promise<boolean> {
  const token = env().healthToken;
  const given = request.headers.get("authorization")?.match(/^Bearer (.+)$/)?.[1];
  if (token && given && timingSafeEqual(digest(given), digest(token))) return true;
  return (await currentStaff()) !== null;
}
