// Who an email is from: the storefront's sender name on the operator's verified address (a
// reseller's own domain would need its own SPF and DKIM records before mail from it is
// delivered), with replies going to the storefront's reply-to or support address.
import { env } from "@/lib/config/env";
import { tenantBrand } from "@/lib/tenancy/brand";

export type Sender = { name: string; address: string; replyTo: string | null };

const LOCAL_SENDER = "mail@localhost"; // embedded mode: the local mailbox only shows it

export async function emailSender(tenantId: string): Promise<Sender> {
  const brand = await tenantBrand(tenantId);
  const from = env().MAIL_FROM ?? LOCAL_SENDER;
  const address = /<([^>]+)>/.exec(from)?.[1] ?? from.trim();
  return { name: brand.senderName, address, replyTo: brand.replyTo };
}
