// npm run sandbox:esimgo: the local eSIM Go on its own (the launcher also starts it in default mode).
import { env } from "../../lib/config/env";
import { startEsimGoSandbox } from "./server";

const e = env();
const sandbox = await startEsimGoSandbox({
  port: e.ESIMGO_SANDBOX_PORT,
  apiKey: e.esimgo.apiKey,
  statePath: e.ESIMGO_SANDBOX_STATE,
  callbackUrl: `${e.appUrl}/api/esimgo/callback`,
  usage: process.env.ESIMGO_SANDBOX_USAGE === "off" ? null : { bytesPerSecond: 2_000_000, installAfterMs: 20_000, tickMs: 2_000 },
});
console.log(`eSIM Go sandbox listening on ${sandbox.baseUrl} (${sandbox.world.catalogue.size} bundles)`);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void sandbox.stop().then(() => process.exit(0)));
