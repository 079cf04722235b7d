// Every server action is declared through this chain: public → signed-in customer → owner of the
// resource → staff. In order, each call: checks it was sent a form, authorises the caller, parses
// the hidden ids (a mismatch means a stale page or tampering: 404) and the typed fields (a
// mismatch is the person's mistake: an error result), runs the body, and returns one result type
// (or redirects back with a flash). tests/unit/action-chain.test.ts fails on any action declared
// another way. Modelled on dub's safe-action clients, kept small.
import { notFound } from "next/navigation";
import type { z } from "zod";
import { currentUser, requireStaff, type CurrentUser } from "@/lib/auth/session";
import { flashRedirect } from "./flash";

// A customer-facing error is a key of the Errors messages (with its params), so the form shows it
// in the customer's language; staff pages show theirs as written.
export type ActionResult =
  { ok: true; message?: string } | { ok: false; error: string; params?: Record<string, string | number>; values?: Record<string, string> };
type Ctx = Record<string, unknown>;
type FlashTarget<C> = (ctx: C, values: Record<string, string>) => string;
// One function, two call shapes: React passes (form) to <form action> and (state, form) to
// useActionState. The second overload is last so useActionState infers from it.
export type ChainedAction = {
  (form: FormData): Promise<void>;
  (state: ActionResult | null, form: FormData): Promise<ActionResult>;
};
type Schema = z.ZodType<Record<string, unknown>>;
type Step<In extends Ctx, Out extends Ctx> = (ctx: In, form: FormData) => Promise<Out | ActionResult>;

const isResult = (value: unknown): value is ActionResult => typeof value === "object" && value !== null && "ok" in value;

// The form's text fields, one value per name (a repeated name keeps its first value).
function formValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of form.entries())
    if (typeof value === "string" && !name.startsWith("$ACTION") && !(name in values)) values[name] = value;
  return values;
}

class ActionChain<C extends Ctx> {
  constructor(
    private readonly steps: Array<Step<Ctx, Ctx>>,
    private readonly flashTo?: FlashTarget<C>,
  ) {}

  private with<N extends Ctx>(step: Step<C, N>): ActionChain<C & N> {
    return new ActionChain<C & N>([...this.steps, step as unknown as Step<Ctx, Ctx>], this.flashTo as never);
  }

  // Any further check on who may act, e.g. that the caller owns the resource (null: 404).
  use<N extends Ctx>(step: (ctx: C) => Promise<N | ActionResult | null>): ActionChain<C & N> {
    return this.with(async (ctx) => (await step(ctx)) ?? notFound());
  }

  // Hidden fields the page rendered (ids, switches): they must parse, or the answer is 404.
  ids<S extends Schema>(schema: S): ActionChain<C & { ids: z.output<S> }> {
    return this.with<{ ids: z.output<S> }>(async (_ctx, form) => {
      const parsed = schema.safeParse(formValues(form));
      return parsed.success ? { ids: parsed.data } : notFound();
    });
  }

  // Fields a person typed: a mismatch comes back as a readable error with what they typed.
  input<S extends Schema>(schema: S): ActionChain<C & { input: z.output<S> }> {
    return this.with<{ input: z.output<S> }>(async (_ctx, form) => {
      const values = formValues(form);
      const parsed = schema.safeParse(values);
      return parsed.success ? { input: parsed.data } : { ok: false, error: parsed.error.issues[0].message, values };
    });
  }

  // Redirect back to this page with a flash message instead of returning the result. A function
  // target sees the context so far and the submitted values (a typo still returns to its page).
  flash(to: string | FlashTarget<C>): ActionChain<C> {
    return new ActionChain<C>(this.steps, typeof to === "string" ? () => to : to);
  }

  // The action itself. Called as a form action (form) or through useActionState (state, form).
  run(body: (ctx: C) => Promise<ActionResult>): ChainedAction {
    const { steps, flashTo } = this;
    const action = async (first: unknown, second?: unknown): Promise<ActionResult> => {
      const form = first instanceof FormData ? first : second;
      if (!(form instanceof FormData)) notFound();
      let ctx: Ctx = {};
      let result: ActionResult | null = null;
      for (const step of steps) {
        const next = await step(ctx, form);
        if (isResult(next)) {
          result = next;
          break;
        }
        ctx = { ...ctx, ...next };
      }
      result ??= await body(ctx as C);
      if (flashTo) flashRedirect(flashTo(ctx as C, formValues(form)), result);
      return result;
    };
    return Object.assign(action, { [CHAINED]: true }) as unknown as ChainedAction;
  }
}

export const CHAINED = Symbol.for("esim-store.action-chain");

const signedIn = async (): Promise<{ user: CurrentUser } | ActionResult> => {
  const user = await currentUser();
  return user ? { user } : { ok: false, error: "signInAgain" };
};

export const publicAction = new ActionChain<{ user: CurrentUser | null }>([async () => ({ user: await currentUser() })]);
export const customerAction = new ActionChain<{ user: CurrentUser }>([signedIn as Step<Ctx, Ctx>]);
// Staff actions answer 404 to everyone else, as staff pages do.
export const staffAction = new ActionChain<{ user: CurrentUser }>([async () => ({ user: await requireStaff() })]);

// Services that answer { ok, message } speak the chain's result type through this.
export const fromOutcome = (o: { ok: boolean; message: string }): ActionResult =>
  o.ok ? { ok: true, message: o.message } : { ok: false, error: o.message };
