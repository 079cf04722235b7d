// Puts jobs on the queue from any process (web or worker). The web process only sends: no
// maintenance, no schedules, no workers here.
import { PgBoss } from "pg-boss";
import type { QueueName } from "./queues";
import { logger } from "@/lib/log/logger";

const globalForQueue = globalThis as unknown as { senderBoss?: Promise<PgBoss> };

function sender(): Promise<PgBoss> {
  globalForQueue.senderBoss ??= (async () => {
    const boss = new PgBoss({
      connectionString: process.env.DATABASE_URL!,
      supervise: false,
      schedule: false,
      migrate: false,
      createSchema: false,
      max: 2,
    });
    boss.on("error", (error) => logger.error({ scope: "jobs", err: error.message }, "job queue error"));
    return boss.start();
  })();
  return globalForQueue.senderBoss;
}

export async function enqueue(queue: QueueName, data: object, options: { startAfter?: Date; singletonKey?: string } = {}): Promise<void> {
  const boss = await sender();
  await boss.send(queue, data, options);
}

export async function closeQueueSender(): Promise<void> {
  const boss = globalForQueue.senderBoss;
  globalForQueue.senderBoss = undefined;
  if (boss) await (await boss).stop({ graceful: false, close: true });
}
