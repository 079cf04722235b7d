// Structured JSON logs (pino), one line per event, to stdout. Secrets never reach a log line:
// the keys below are censored wherever they appear, and callers log ids, never activation data.
import pino from "pino";

export const REDACTED_KEYS = [
  "apiKey",
  "authorization",
  "cookie",
  "matchingId",
  "activationCode",
  "lpa",
  "smdpAddress",
  "card",
  "password",
  "secret",
  "token",
];

export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "warn" : "info"),
  base: { service: process.env.LOG_SERVICE ?? "web" },
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
  redact: { paths: REDACTED_KEYS.flatMap((k) => [k, `*.${k}`, `*.*.${k}`]), censor: "[redacted]" },
});

export type Logger = pino.Logger;

export const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));
