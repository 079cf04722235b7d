// The one place fulfilment starts. Every path that makes a line payable (the payment webhook,
// checkout paid wholly with store credit, top-ups, a staff retry, reconciliation) calls
// startFulfilment once the line is committed as paid: a durable job per line, plus, when called
// while answering a request, an immediate attempt right after the response. Whichever claims the
// line first does the work (lib/fulfilment/lease.ts), so the two never buy twice.
import { after } from "next/server";
import { enqueue } from "@/lib/jobs/enqueue";
import { QUEUES } from "@/lib/jobs/queues";
import { errorText, logger } from "@/lib/log/logger";
import { currentTenantId, inScope } from "@/lib/tenancy/context";
import { fulfilLine } from "./fulfil-line";

export async function startFulfilment(lineIds: string[]): Promise<void> {
  if (lineIds.length === 0) return;
  for (const lineId of lineIds) {
    await enqueue(QUEUES.fulfilLine.name, { lineId }).catch((e) =>
      logger.error({ scope: "fulfilment", lineId, err: errorText(e) }, "could not queue the line (the sweep will)"),
    );
  }
  await attemptAfterResponse(lineIds);
}

// The thank-you page's nudge: a paid line still waiting (its job is queued already) gets one more
// attempt once the page has been sent. Rendering itself changes nothing.
export async function nudgeWaitingLinesAfterRender(lineIds: string[]): Promise<void> {
  if (lineIds.length > 0) await attemptAfterResponse(lineIds);
}

// The attempt runs in the request's tenant, read now: after the response a page can no longer
// read its request's headers.
async function attemptAfterResponse(lineIds: string[]) {
  const tenantId = await currentTenantId();
  afterResponse(() =>
    inScope(tenantId, async () => {
      for (const lineId of lineIds) {
        const outcome = await fulfilLine(lineId).catch((e) => {
          logger.error({ scope: "fulfilment", lineId, err: errorText(e) }, "immediate fulfilment attempt failed");
          return "not_claimed" as const;
        });
        if (outcome !== "not_claimed") logger.info({ scope: "fulfilment", lineId, outcome }, `line ${lineId}: ${outcome}`);
      }
    }),
  );
}

// Outside a request (the worker, a script) there is no response to wait for: the queued job is
// the attempt.
function afterResponse(task: () => Promise<void>) {
  try {
    after(task);
  } catch {
    // not inside a request
  }
}
