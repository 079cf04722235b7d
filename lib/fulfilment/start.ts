// Starts fulfilment of paid lines: a durable job per line, plus an immediate attempt after the
// response when called from a request. Whichever claims the line first does the work.
import { after } from "next/server";
import { enqueue } from "@/lib/jobs/enqueue";
import { QUEUES } from "@/lib/jobs/queues";
import { fulfilLine } from "./fulfil-line";

export async function queueFulfilment(lineIds: string[]): Promise<void> {
  for (const lineId of lineIds) {
    await enqueue(QUEUES.fulfilLine.name, { lineId }).catch((e) => console.error(`[fulfilment] could not queue ${lineId} (the sweep will): ${(e as Error).message}`));
  }
}

export function fulfilSoon(lineIds: string[]): void {
  after(async () => {
    for (const lineId of lineIds) await fulfilLine(lineId).catch((e) => console.error(`[fulfilment] ${lineId}: ${(e as Error).message}`));
  });
}
