// Names of the background job queues (pg-boss) and how each retries. Business retries of
// fulfilment are the store's own (nextAttemptAt on the line); the queue only carries the nudge.
export const QUEUES = {
  catalogueSync: { name: "catalogue-sync", options: { retryLimit: 3, retryDelay: 30, retryBackoff: true, expireInSeconds: 600 } },
  // Short expiries: a job held by a worker that died (kill -9, OOM) counts as active until it
  // expires, and a stuck sweep job would block the next ones. The line's lease guards the work.
  fulfilLine: { name: "fulfil-line", options: { retryLimit: 2, retryDelay: 5, retryBackoff: true, expireInSeconds: 300 } },
  fulfilmentSweep: { name: "fulfilment-sweep", options: { retryLimit: 0, expireInSeconds: 60 } },
  installWatch: { name: "install-watch", options: { retryLimit: 0, expireInSeconds: 120 } },
  usagePoll: { name: "usage-poll", options: { retryLimit: 0, expireInSeconds: 900 } },
  fxRates: { name: "fx-rates", options: { retryLimit: 5, retryDelay: 60, retryBackoff: true, expireInSeconds: 300 } },
  autoTopUp: { name: "auto-top-up", options: { retryLimit: 3, retryDelay: 30, retryBackoff: true, expireInSeconds: 120 } },
  sendEmail: { name: "send-email", options: { retryLimit: 6, retryDelay: 10, retryBackoff: true, expireInSeconds: 120 } },
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES]["name"];
