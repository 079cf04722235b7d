// The header that carries a request's id (set by proxy.ts, read by loggers, echoed to the caller).
export const REQUEST_ID_HEADER = "x-request-id";
