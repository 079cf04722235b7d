// The eSIM Go sandbox seen from a test: what it issued, and how many orders it took.
import { ESIMGO_SANDBOX, SANDBOX_ESIMGO_API_KEY } from "./env";

const headers = { "X-API-Key": SANDBOX_ESIMGO_API_KEY, Accept: "application/json" };

export async function issuedEsim(iccid: string): Promise<{ matchingId: string; smdpAddress: string }> {
  return (await fetch(`${ESIMGO_SANDBOX}/v2.5/esims/${iccid}`, { headers })).json();
}

export async function sandboxOrderCount(): Promise<number> {
  return (await (await fetch(`${ESIMGO_SANDBOX}/__sandbox/stats`, { headers })).json()).orders;
}

// The eSIM uses data abroad: the sandbox sends eSIM Go's signed usage callback to the store.
export const spendData = (iccid: string, bytes: number) =>
  fetch(`${ESIMGO_SANDBOX}/__sandbox/esims/${iccid}/use`, { method: "POST", headers, body: JSON.stringify({ bytes }) });
