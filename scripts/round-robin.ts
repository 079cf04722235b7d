// A minimal load balancer for running several web instances locally and in tests (WEB_INSTANCES):
// each request goes to the next instance in turn, bodies streamed both ways, the Host header
// kept (so origin checks see the public host), the client's address appended to X-Forwarded-For
// as a real proxy does (the instances trust one hop). In production a real load balancer does this.
import { createServer, request, type Server } from "node:http";

export type Upstream = { name: string; port: number };

export async function startRoundRobin(options: {
  host: string;
  port: number;
  upstreams: Upstream[];
}): Promise<{ stop: () => Promise<void>; served: Map<string, number> }> {
  let next = 0;
  const served = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const upstream = options.upstreams[next++ % options.upstreams.length];
    served.set(upstream.name, (served.get(upstream.name) ?? 0) + 1);
    const forwarded = request(
      {
        host: "127.0.0.1",
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: {
          ...req.headers,
          "x-forwarded-for": [req.headers["x-forwarded-for"], req.socket.remoteAddress].filter(Boolean).join(", "),
        },
      },
      (upstreamRes) => {
        res.writeHead(upstreamRes.statusCode ?? 502, { ...upstreamRes.headers, "x-served-by": upstream.name });
        upstreamRes.pipe(res);
      },
    );
    forwarded.on("error", () => {
      if (!res.headersSent) res.writeHead(502, { "Content-Type": "text/plain" });
      res.end("upstream unavailable");
    });
    req.pipe(forwarded);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  return {
    served,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
