// The layer rule (npm test runs it: `npx depcruise app components lib proxy.ts`):
//   app → components → lib; nothing imports app, lib never imports components, no cycles;
//   pages read through lib (never Prisma); only lib/esimgo speaks to eSIM Go and only
//   lib/payments to Stripe.
const SOURCE = "^(app|components|lib)/|^proxy\\.ts$";

module.exports = {
  forbidden: [
    { name: "no-cycles", severity: "error", comment: "a cycle makes two modules one", from: { path: SOURCE }, to: { circular: true } },
    {
      name: "nothing-imports-app",
      severity: "error",
      comment: "app/ is the top: routes and pages only",
      from: { path: "^(components|lib)/" },
      to: { path: "^app/" },
    },
    {
      name: "lib-below-components",
      severity: "error",
      comment: "lib/ is the domain: no UI",
      from: { path: "^lib/" },
      to: { path: "^components/" },
    },
    {
      name: "only-lib-esimgo-speaks-to-esimgo",
      severity: "error",
      comment: "the rest of the store uses lib/esimgo's public face (index.ts), never its transport",
      from: { path: SOURCE, pathNot: "^lib/esimgo/" },
      to: { path: "^lib/esimgo/(client|transport|rate-limiter)\\.ts$" },
    },
    {
      name: "only-lib-payments-speaks-to-stripe",
      severity: "error",
      comment: "Stripe's SDK and the configured client stay behind lib/payments",
      from: { path: SOURCE, pathNot: "^lib/payments/" },
      to: { path: "^node_modules/stripe/|^lib/payments/stripe\\.ts$" },
    },
    {
      name: "pages-read-through-lib",
      severity: "error",
      comment: "app/ and components/ never query the database",
      from: { path: "^(app|components)/" },
      to: { path: "^lib/db/" },
    },
    {
      name: "tooling-stays-out-of-runtime",
      severity: "error",
      comment: "scripts/ starts servers and migrates",
      from: { path: SOURCE },
      to: { path: "^(scripts|sandbox|tests|e2e|bench)/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^lib/generated/" },
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default", "types"] },
  },
};
