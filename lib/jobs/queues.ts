// Names of the background job queues (pg-boss) and how each retries.
export const QUEUES = {
  catalogueSync: { name: "catalogue-sync", options: { retryLimit: 3, retryDelay: 30, retryBackoff: true, expireInSeconds: 600 } },
} as const;
