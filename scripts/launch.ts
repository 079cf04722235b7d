// npm run dev | npm start: the whole store on one command. Any start-up failure is one line.
import { ConfigError } from "../lib/config/env";
import { startStack } from "./stack";

const mode = process.argv[2] === "start" ? "start" : "dev";

try {
  const stack = await startStack(mode);
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await stack.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  const code = await stack.exited; // one part died: stop the rest rather than run half a store
  console.error(`[stack] a process exited (code ${code}); stopping the store`);
  await shutdown(code || 1);
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : `Start-up failed: ${(error as Error).message}`);
  process.exit(1);
}
