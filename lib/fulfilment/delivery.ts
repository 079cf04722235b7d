// What an eSIM Go order delivered, fetched (install data, install links, assignment per eSIM) and
// stored (eSIM rows and their bundle assignment). Used by fulfilment and by the staff backfill.
import { db } from "@/lib/db";
import type { EsimGoClient } from "@/lib/esimgo";
import { isBundleState } from "@/lib/esims/owned-esims";
import { applyInstallReport, detailReport } from "@/lib/esims/install-status";
import type { OrderLine, Prisma } from "@/lib/generated/prisma/client";

export type Delivery = Awaited<ReturnType<typeof fetchDelivery>>;

export async function fetchDelivery(client: EsimGoClient, line: Pick<OrderLine, "id" | "bundleName">, reference: string) {
  const install = await client.installData(reference, line.id);
  const esims = await Promise.all(
    install.map(async (i) => {
      const [detail, bundle] = await Promise.all([client.esim(i.iccid, line.id), client.esimBundle(i.iccid, line.bundleName)]);
      const assignment =
        bundle.assignments.find((a) => a.reference?.startsWith(reference)) ?? bundle.assignments[bundle.assignments.length - 1];
      return { install: i, detail, assignment };
    }),
  );
  if (esims.length === 0) throw new Error(`eSIM Go order ${reference} has no eSIMs yet`);
  return esims;
}

type Buyer = { email: string; userId: string | null; giftRecipientEmail: string | null };

// New eSIMs belong to the gift's recipient when there is one, otherwise to the buyer.
export const esimOwnerEmail = (order: Buyer) => order.giftRecipientEmail ?? order.email;

// Their account: the order's (not for a gift), or a verified account with that email; else the
// eSIM waits for that email's first sign-in.
export async function ownerFor(order: Buyer): Promise<string | null> {
  const email = esimOwnerEmail(order);
  return (
    (order.giftRecipientEmail ? null : order.userId) ??
    (await db.user.findFirst({ where: { email, emailVerified: { not: null } }, select: { id: true } }))?.id ??
    null
  );
}

export async function storeDelivery(
  tx: Prisma.TransactionClient,
  line: Pick<OrderLine, "id" | "bundleName">,
  order: Buyer,
  ownerId: string | null,
  reference: string,
  delivery: Delivery,
) {
  for (const { install, detail, assignment } of delivery) {
    const fields = {
      matchingId: install.matchingId,
      smdpAddress: install.smdpAddress,
      appleInstallUrl: detail.appleInstallUrl,
      androidInstallUrl: detail.androidInstallUrl,
    };
    const esim = await tx.esim.upsert({
      where: { iccid: install.iccid },
      create: { iccid: install.iccid, ownerEmail: esimOwnerEmail(order), ownerId, originLineId: line.id, ...fields },
      update: fields,
    });
    const report = detailReport({ ...detail, profileStatus: detail.profileStatus ?? install.profileStatus });
    if (report) await applyInstallReport(tx, esim.id, report);
    const data = {
      esimId: esim.id,
      orderLineId: line.id,
      reference: assignment?.reference ?? reference,
      bundleName: line.bundleName,
      state: isBundleState(assignment?.state) ? assignment.state : ("processing" as const),
      initialBytes: assignment?.initialBytes,
      remainingBytes: assignment?.remainingBytes,
      unlimited: assignment?.unlimited ?? false,
      startTime: assignment?.startTime,
      endTime: assignment?.endTime,
    };
    if (assignment?.id)
      await tx.bundleAssignment.upsert({
        where: { assignmentId: assignment.id },
        create: { assignmentId: assignment.id, ...data },
        update: data,
      });
    else await tx.bundleAssignment.create({ data });
  }
}
