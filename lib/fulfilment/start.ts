// Starts fulfilment of paid lines: a durable job per line, plus an immediate attempt after the
// response when called from a request. Whichever claims the line first does the work.
import { after } from "next/server";
import { enqueue } from "@/lib/jobs/enqueue";
import { QUEUES } from "@/lib/jobs/queues";
import { fulfilLine } from "./fulfil-line";
import { errorText, logger } from "@/lib/log/logger";

export async function queueFulfilment(lineIds: string[]): Promise<void> {
  for (const lineId of lineIds) {
    await enqueue(QUEUES.fulfilLine.name, { lineId }).catch((e) => logger.error({ scope: "fulfilment", lineId, err: errorText(e) }, "could not queue the line (the sweep will)"));
  }
}

export function fulfilSoon(lineIds: string[]): void {
  after(async () => {
    for (const lineId of lineIds) await fulfilLine(lineId).catch((e) => logger.error({ scope: "fulfilment", lineId, err: errorText(e) }, "immediate fulfilment attempt failed"));
  });
}
