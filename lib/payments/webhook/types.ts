import type Stripe from "stripe";
import type { Prisma } from "@/lib/generated/prisma/client";

// A handler runs inside the transaction that records the event; it returns order line ids that
// became payable (fulfilment starts after the commit).
export type EventHandler = (tx: Prisma.TransactionClient, event: Stripe.Event) => Promise<string[]>;
