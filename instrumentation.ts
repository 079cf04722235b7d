// OpenTelemetry tracing (Next.js instrumentation hook). Off unless OTEL_EXPORTER_OTLP_ENDPOINT
// names an OTLP/HTTP collector. Spans cover every request, route handler and server render, and the
// store's own fetches (eSIM Go, Stripe), so one trace shows a checkout or a webhook end to end.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || !process.env.OTEL_EXPORTER_OTLP_ENDPOINT) return;
  const { registerOTel } = await import("@vercel/otel");
  registerOTel({ serviceName: process.env.OTEL_SERVICE_NAME ?? `esim-store-${process.env.LOG_SERVICE ?? "web"}` });
}
