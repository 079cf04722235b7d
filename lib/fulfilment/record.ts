// Stores what an eSIM Go order delivered: eSIMs (ICCID, matching id, SM-DP+, install links) and
// the bundle assignment on each, marks the line fulfilled, and once every line of the order is
// fulfilled, queues the activation email (once per order).
import { db } from "@/lib/db";
import type { EsimGoClient } from "@/lib/esimgo";
import type { BundleState } from "@/lib/generated/prisma/client";
import { sendActivationEmail } from "./activation-email";
import type { Lease } from "./lease";

const STATES = new Set<BundleState>(["processing", "queued", "active", "depleted", "expired", "revoked", "lapsed"]);

export async function recordFulfilment(client: EsimGoClient, lease: Lease, reference: string): Promise<boolean> {
  const line = lease.line;
  const install = await client.installData(reference, line.id);
  const esims = await Promise.all(
    install.map(async (i) => {
      const [detail, bundle] = await Promise.all([client.esim(i.iccid, line.id), client.esimBundle(i.iccid, line.bundleName)]);
      const assignment = bundle.assignments.find((a) => a.reference?.startsWith(reference)) ?? bundle.assignments[bundle.assignments.length - 1];
      return { install: i, detail, assignment };
    }),
  );
  if (esims.length === 0) throw new Error(`eSIM Go order ${reference} has no eSIMs yet`);

  const order = await db.order.findUniqueOrThrow({ where: { id: line.orderId }, select: { id: true, email: true, userId: true } });
  // A guest who already has an account (verified by a past sign-in) owns the new eSIM right away.
  const ownerId = order.userId ?? (await db.user.findFirst({ where: { email: order.email, emailVerified: { not: null } }, select: { id: true } }))?.id ?? null;
  const done = await db.$transaction(async (tx) => {
    const { count } = await tx.orderLine.updateMany({
      where: { id: line.id, claimToken: lease.token, fulfilmentStatus: "provisioning" },
      data: { fulfilmentStatus: "fulfilled", fulfilledAt: new Date(), lastError: null, nextAttemptAt: null, claimToken: null },
    });
    if (count === 0) return false; // another attempt took over; it records the same data
    for (const { install, detail, assignment } of esims) {
      const fields = {
        matchingId: install.matchingId,
        smdpAddress: install.smdpAddress,
        profileStatus: detail.profileStatus ?? install.profileStatus,
        appleInstallUrl: detail.appleInstallUrl,
        androidInstallUrl: detail.androidInstallUrl,
      };
      const esim = await tx.esim.upsert({
        where: { iccid: install.iccid },
        create: { iccid: install.iccid, ownerEmail: order.email, ownerId, originLineId: line.id, ...fields },
        update: fields,
      });
      const state = STATES.has(assignment?.state as BundleState) ? (assignment!.state as BundleState) : "processing";
      const data = {
        esimId: esim.id,
        orderLineId: line.id,
        reference: assignment?.reference ?? reference,
        bundleName: line.bundleName,
        state,
        initialBytes: assignment?.initialBytes,
        remainingBytes: assignment?.remainingBytes,
        unlimited: assignment?.unlimited ?? false,
        startTime: assignment?.startTime,
        endTime: assignment?.endTime,
      };
      if (assignment?.id) await tx.bundleAssignment.upsert({ where: { assignmentId: assignment.id }, create: { assignmentId: assignment.id, ...data }, update: data });
      else await tx.bundleAssignment.create({ data });
    }
    const open = await tx.orderLine.count({ where: { orderId: line.orderId, fulfilmentStatus: { not: "fulfilled" } } });
    if (open === 0) await tx.order.updateMany({ where: { id: line.orderId, status: "paid" }, data: { status: "fulfilled" } });
    return true;
  });
  if (done) await sendActivationEmail(line.orderId).catch((e) => console.error(`[fulfilment] activation email for ${line.orderId}: ${(e as Error).message}`));
  return done;
}
