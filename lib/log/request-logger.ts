// A logger bound to the current request's id (set by proxy.ts, echoed in the X-Request-Id
// response header), so every line a request writes can be found together.
import { randomUUID } from "node:crypto";
import { headers } from "next/headers";
import { logger } from "./logger";
import { REQUEST_ID_HEADER } from "./request-id";

export async function requestLogger(scope: string) {
  let requestId: string | null = null;
  try {
    requestId = (await headers()).get(REQUEST_ID_HEADER);
  } catch {
    // outside a request (worker, scripts): no id to bind
  }
  return logger.child({ scope, requestId: requestId ?? randomUUID() });
}
