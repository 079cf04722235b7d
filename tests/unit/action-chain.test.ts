// Every server action goes through lib/actions/chain.ts, and only lib/money moves money back.
// Both are rules about the source, so these tests read it: a new action declared another way, or
// a refund written somewhere else, fails here before it can ship.
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import ts from "typescript";

const root = path.resolve(import.meta.dirname, "../..");
const SOURCE_DIRS = ["app", "components", "lib"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "generated" || name === "node_modules") return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith(".d.ts") ? [full] : [];
  });
}

const files = SOURCE_DIRS.flatMap((d) => sourceFiles(path.join(root, d))).map((file) => ({
  file: path.relative(root, file),
  text: readFileSync(file, "utf8"),
}));
const parse = (file: string, text: string) =>
  ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
const isUseServer = (s: ts.Statement) =>
  ts.isExpressionStatement(s) && ts.isStringLiteral(s.expression) && s.expression.text === "use server";
const CHAINS = new Set(["publicAction", "customerAction", "staffAction"]);

// `staffAction.flash(...).ids(...).run(...)`, or a name bound to such a chain in this file.
function chainRoot(expr: ts.Expression, bound: Set<string>): boolean {
  let node: ts.Expression = expr;
  while (ts.isCallExpression(node) || ts.isPropertyAccessExpression(node))
    node = ts.isCallExpression(node) ? node.expression : node.expression;
  return ts.isIdentifier(node) && (CHAINS.has(node.text) || bound.has(node.text));
}
const endsInRun = (expr: ts.Expression) =>
  ts.isCallExpression(expr) && ts.isPropertyAccessExpression(expr.expression) && expr.expression.name.text === "run";

function problemsIn(file: string, text: string): string[] {
  const source = parse(file, text);
  const problems: string[] = [];
  const fileLevel = source.statements.some(isUseServer);
  // No "use server" inside a function: such an action would skip the chain.
  const visit = (node: ts.Node) => {
    if (
      (ts.isFunctionLike(node) || ts.isArrowFunction(node)) &&
      "body" in node &&
      node.body &&
      ts.isBlock(node.body as ts.Node) &&
      (node.body as ts.Block).statements.some(isUseServer)
    ) {
      problems.push(`${file}: inline "use server" in a function`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (!fileLevel) return problems;
  const bound = new Set<string>();
  for (const statement of source.statements) {
    if (isUseServer(statement) || ts.isImportDeclaration(statement)) continue;
    const exported = ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (ts.isVariableStatement(statement)) {
      for (const decl of statement.declarationList.declarations) {
        const init = decl.initializer;
        const name = decl.name.getText(source);
        if (!init || !chainRoot(init, bound)) {
          if (exported) problems.push(`${file}: export ${name} is not declared through the action chain`);
          continue;
        }
        if (exported && !endsInRun(init)) problems.push(`${file}: export ${name} must end in .run(...)`);
        if (!exported) bound.add(name);
      }
      continue;
    }
    if (exported || ts.isExportAssignment(statement) || ts.isExportDeclaration(statement))
      problems.push(`${file}: "${statement.getText(source).slice(0, 60)}" exports an action outside the chain`);
  }
  return problems;
}

test("every server action in the build is declared through the action chain", () => {
  const actionFiles = files.filter((f) => f.text.includes("use server"));
  assert.ok(actionFiles.length >= 10, `found ${actionFiles.length} action files`);
  assert.deepEqual(
    actionFiles.flatMap((f) => problemsIn(f.file, f.text)),
    [],
  );
});

test("the chain check catches an action declared another way", () => {
  const bad = [
    `"use server";`,
    `import { staffAction } from "@/lib/actions/chain";`,
    `export async function refund(form: FormData) {}`,
    `export const ok = staffAction.run(async () => ({ ok: true }));`,
    `export const half = staffAction.flash("/x");`,
    `export const other = async () => 1;`,
  ].join("\n");
  assert.deepEqual(problemsIn("bad.ts", bad), [
    'bad.ts: "export async function refund(form: FormData) {}" exports an action outside the chain',
    "bad.ts: export half must end in .run(...)",
    "bad.ts: export other is not declared through the action chain",
  ]);
  assert.deepEqual(problemsIn("inline.tsx", `export function Page() { async function go() { "use server"; } return null; }`), [
    'inline.tsx: inline "use server" in a function',
  ]);
});

// Refund rows and credit ledger rows are written by lib/money only; Stripe refunds are created in
// lib/payments/card-refunds.ts, which only lib/money calls.
const MONEY_WRITES =
  /\b(creditEntry|refund)\.(create|createMany|update|updateMany|upsert|delete|deleteMany)\b|(INSERT INTO|UPDATE) "(Refund|CreditEntry)"/;
const CARD_REFUNDS = /\brefunds\.create\b/;

test("only lib/money writes refunds and credit ledger entries, and only it asks Stripe to refund", () => {
  const writers = files.filter((f) => MONEY_WRITES.test(f.text)).map((f) => f.file);
  assert.ok(writers.length > 0);
  assert.deepEqual(
    writers.filter((f) => !f.startsWith("lib/money/")),
    [],
  );
  assert.deepEqual(
    files.filter((f) => CARD_REFUNDS.test(f.text)).map((f) => f.file),
    ["lib/payments/card-refunds.ts"],
  );
  const callers = files.filter((f) => f.text.includes("@/lib/payments/card-refunds")).map((f) => f.file);
  assert.ok(callers.length > 0);
  assert.deepEqual(
    callers.filter((f) => !f.startsWith("lib/money/")),
    [],
  );
});
