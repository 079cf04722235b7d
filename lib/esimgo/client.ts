// The eSIM Go v2.5 API as the store uses it. Every method returns parsed, typed data or throws
// one of ./errors. Writes (orders, revokes, refunds) are never retried automatically.
import * as s from "./schemas";
import { Transport, type TransportConfig } from "./transport";

export type OrderLineRequest = { bundle: string; quantity: number; iccids?: string[]; allowReassign?: boolean };

const path = encodeURIComponent;

export function createEsimGoClient(config: TransportConfig) {
  const t = new Transport(config);

  const orderBody = (type: "validate" | "transaction", lines: OrderLineRequest[], assign: boolean, profileId?: string) => ({
    type,
    assign,
    ...(profileId ? { profileID: profileId } : {}),
    order: lines.map((l) => ({
      type: "bundle",
      item: l.bundle,
      quantity: l.quantity,
      ...(l.iccids?.length ? { iccids: l.iccids } : {}),
      ...(l.allowReassign ? { allowReassign: true } : {}),
    })),
  });

  return {
    // Catalogue
    cataloguePage: (page: number, perPage: number, filter: { countries?: string[]; region?: string; group?: string } = {}) =>
      t.request({
        method: "GET",
        path: "/catalogue",
        query: { page, perPage, countries: filter.countries?.join(","), region: filter.region, group: filter.group },
        schema: s.cataloguePageSchema,
      }),
    catalogueBundle: (name: string) =>
      t.request({ method: "GET", path: `/catalogue/bundle/${path(name)}`, schema: s.catalogueBundleSchema }),

    // Orders
    validateOrder: (lines: OrderLineRequest[], assign = true) =>
      t.request({ method: "POST", path: "/orders", body: orderBody("validate", lines, assign), schema: s.validateResponseSchema }),
    // profileId: the eSIM branding profile (a reseller's), when the organisation has several.
    placeOrder: (lines: OrderLineRequest[], opts: { assign?: boolean; orderLineId?: string; profileId?: string } = {}) =>
      t.request({
        method: "POST",
        path: "/orders",
        body: orderBody("transaction", lines, opts.assign ?? true, opts.profileId),
        schema: s.orderSchema,
        orderLineId: opts.orderLineId,
      }),
    listOrders: (opts: { createdFrom?: Date; page?: number; limit?: number; includeIccids?: boolean; orderLineId?: string } = {}) =>
      t.request({
        method: "GET",
        path: "/orders",
        query: {
          createdAt: opts.createdFrom ? `gte:${opts.createdFrom.toISOString()}` : undefined,
          page: opts.page,
          limit: opts.limit,
          includeIccids: opts.includeIccids,
        },
        schema: s.orderListSchema,
        orderLineId: opts.orderLineId,
      }),
    getOrder: (reference: string, orderLineId?: string) =>
      t.request({ method: "GET", path: `/orders/${path(reference)}`, schema: s.orderSchema, orderLineId }),

    // eSIMs
    installData: (orderReference: string, orderLineId?: string) =>
      t.request({
        method: "GET",
        path: "/esims/assignments",
        query: { reference: orderReference },
        schema: s.assignmentsSchema,
        orderLineId,
      }),
    esim: (iccid: string, orderLineId?: string) =>
      t.request({
        method: "GET",
        path: `/esims/${path(iccid)}`,
        query: { additionalFields: "installUrl" },
        schema: s.esimDetailSchema,
        orderLineId,
      }),
    esimBundles: (iccid: string, opts: { includeUsed?: boolean; limit?: number } = {}) =>
      t.request({
        method: "GET",
        path: `/esims/${path(iccid)}/bundles`,
        query: { includeUsed: opts.includeUsed, limit: opts.limit },
        schema: s.esimBundlesSchema,
      }),
    esimBundle: (iccid: string, bundle: string) =>
      t.request({ method: "GET", path: `/esims/${path(iccid)}/bundles/${path(bundle)}`, schema: s.esimBundleSchema }),
    esimHistory: (iccid: string) => t.request({ method: "GET", path: `/esims/${path(iccid)}/history`, schema: s.historySchema }),
    isCompatible: async (iccid: string, bundle: string) =>
      (await t.request({ method: "GET", path: `/esims/${path(iccid)}/compatible/${path(bundle)}`, schema: s.compatibilitySchema }))
        .compatible,

    // Revoke an unused bundle: `validate` only reports whether it would succeed.
    revokeBundle: (
      iccid: string,
      bundle: string,
      opts: { type: "validate" | "transaction"; refundToBalance: boolean; assignmentId?: string },
    ) =>
      t.request({
        method: "DELETE",
        path: opts.assignmentId
          ? `/esims/${path(iccid)}/bundles/${path(bundle)}/assignments/${path(opts.assignmentId)}`
          : `/esims/${path(iccid)}/bundles/${path(bundle)}`,
        query: { type: opts.type, refundToBalance: opts.refundToBalance },
        schema: s.statusSchema,
      }),

    // Inventory and organisation
    inventory: () => t.request({ method: "GET", path: "/inventory", schema: s.inventorySchema }),
    refundInventory: (usageId: number, quantity: number) =>
      t.request({ method: "POST", path: "/inventory/refund", body: { usageId, quantity }, schema: s.statusSchema }),
    organisation: () => t.request({ method: "GET", path: "/organisation", schema: s.organisationSchema }),
  };
}

export type EsimGoClient = ReturnType<typeof createEsimGoClient>;
