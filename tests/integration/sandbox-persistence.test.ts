// The sandbox's world survives a restart: orders, eSIMs and the balance are still there.
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { startTestSandbox, testClient } from "../helpers/sandbox";

test("state survives a restart", async () => {
  const statePath = path.join(mkdtempSync(path.join(tmpdir(), "esimgo-")), "state.json");
  const first = await startTestSandbox({ statePath });
  const order = await testClient(first.baseUrl).placeOrder([{ bundle: "esim_1GB_7D_JP_V2", quantity: 1 }]);
  const balance = first.world.state.organisation.balance;
  await first.stop();

  const second = await startTestSandbox({ statePath });
  try {
    const client = testClient(second.baseUrl);
    const again = await client.getOrder(order.orderReference);
    assert.equal(again.order[0].iccids[0], order.order[0].iccids[0]);
    assert.equal((await client.organisation()).balance, balance);
    const next = await client.placeOrder([{ bundle: "esim_1GB_7D_JP_V2", quantity: 1 }]);
    assert.notEqual(next.order[0].iccids[0], order.order[0].iccids[0], "ICCIDs keep counting after a restart");
  } finally {
    await second.stop();
  }
});
