// The layer rule (npm test runs it: `npx depcruise app components lib proxy.ts`):
//   app → components → lib; nothing imports app, lib never imports components, no cycles;
//   pages read through lib (never Prisma); only lib/esimgo speaks to eSIM Go and only
//   lib/payments to Stripe; runtime code never reaches into tooling.
const SOURCE = "^(app|components|lib)/|^proxy\\.ts$";

// rule(name, why, from: [path, pathNot?], to: path)
const rule = (name, comment, [path, pathNot], to) => ({ name, comment, severity: "error", from: { path, pathNot }, to: { path: to } });

module.exports = {
  forbidden: [
    { name: "no-cycles", severity: "error", comment: "a cycle makes two modules one", from: { path: SOURCE }, to: { circular: true } },
    rule("nothing-imports-app", "app/ is the top: routes and pages only", ["^(components|lib)/"], "^app/"),
    rule("lib-below-components", "lib/ is the domain: no UI", ["^lib/"], "^components/"),
    rule("pages-read-through-lib", "app/ and components/ never query the database", ["^(app|components)/"], "^lib/db/"),
    rule("tooling-stays-out-of-runtime", "scripts/ starts servers and migrates", [SOURCE], "^(scripts|sandbox|tests|e2e|bench)/"),
    rule(
      "only-lib-esimgo-speaks-to-esimgo",
      "the rest of the store uses lib/esimgo's public face (index.ts), never its transport",
      [SOURCE, "^lib/esimgo/"],
      "^lib/esimgo/(client|transport|rate-limiter)\\.ts$",
    ),
    rule(
      "only-lib-payments-speaks-to-stripe",
      "Stripe's SDK and the configured client stay behind lib/payments",
      [SOURCE, "^lib/payments/"],
      "^node_modules/stripe/|^lib/payments/stripe\\.ts$",
    ),
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^lib/generated/" },
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default", "types"] },
  },
};
