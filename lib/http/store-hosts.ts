// The hosts this store answers on: APP_URL's, those listed in STORE_HOSTS (a www alias, a second
// domain), and, outside production, the loopback names of a local APP_URL (127.0.0.1 and
// localhost are the same machine). The Host header is attacker input: a request naming any other
// host gets 404, never the shop, so nothing built from a request (a cached page, a redirect, a
// sign-in link) can be made to carry a foreign host. Health and readiness probes are exempt:
// load balancers address an instance by its IP.
const LOOPBACK = ["127.0.0.1", "localhost"];
const PROBES = new Set(["/api/health", "/api/ready"]);

// host[:port] in lower case, the way a browser sends it (no default port).
export function storeHosts(appUrl: string, extra: string | undefined, production: boolean): string[] {
  const app = new URL(appUrl);
  const hosts = new Set([
    app.host,
    ...(extra ?? "")
      .split(",")
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean),
  ]);
  if (!production && LOOPBACK.includes(app.hostname)) for (const name of LOOPBACK) hosts.add(app.port ? `${name}:${app.port}` : name);
  return [...hosts];
}

export function servesHost(hosts: readonly string[], host: string | null, pathname: string): boolean {
  return PROBES.has(pathname) || (host !== null && hosts.includes(host.toLowerCase()));
}
