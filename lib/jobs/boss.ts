// The Postgres-backed job queue. Exactly-once effects never rely on the queue (a job can run
// twice); they come from conditional updates in the database.
import { PgBoss } from "pg-boss";
import { QUEUES } from "./queues";
import { logger } from "@/lib/log/logger";

export async function startBoss(connectionString: string): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString, useListenNotify: true, max: 4 });
  boss.on("error", (error) => logger.error({ scope: "jobs", err: error.message }, "job queue error"));
  await boss.start();
  for (const queue of Object.values(QUEUES)) {
    await boss.createQueue(queue.name, { ...queue.options, notify: true });
    await boss.updateQueue(queue.name, queue.options); // an existing queue takes changed options too
  }
  return boss;
}
