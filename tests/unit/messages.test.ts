// Every language carries every message the code uses, with the same placeholders and tags as
// English, in valid ICU syntax; and no message sits in the files unused.
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { LOCALES } from "../../lib/i18n/locales";

const root = path.resolve(import.meta.dirname, "../..");
type Tree = { [key: string]: string | Tree };
const load = (locale: string): Tree => JSON.parse(readFileSync(path.join(root, "messages", `${locale}.json`), "utf8"));

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const at = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(at, value);
    else for (const [k, v] of leaves(value, at)) out.set(k, v);
  }
  return out;
}

// The arguments and tags a message takes: what the code passes in must mean the same in every language.
function signature(message: string): string[] {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const e of elements) {
      if (e.type === TYPE.tag) {
        found.add(`<${e.value}>`);
        walk(e.children);
      } else if (e.type === TYPE.plural || e.type === TYPE.select) {
        found.add(`{${e.value}}`);
        for (const option of Object.values(e.options)) walk(option.value);
      } else if (e.type !== TYPE.literal && "value" in e) found.add(`{${e.value}}`);
    }
  };
  walk(parse(message));
  return [...found].sort();
}

const english = leaves(load("en"));

for (const locale of LOCALES.filter((l) => l !== "en")) {
  test(`${locale}: every message English has, with the same placeholders, and nothing else`, () => {
    const translated = leaves(load(locale));
    assert.deepEqual(
      [...english.keys()].filter((k) => !translated.has(k)),
      [],
      "missing",
    );
    assert.deepEqual(
      [...translated.keys()].filter((k) => !english.has(k)),
      [],
      "not in English",
    );
    for (const [key, message] of translated) {
      assert.deepEqual(signature(message), signature(english.get(key)!), `${locale} ${key}`);
      assert.ok(message.trim().length > 0, `${locale} ${key} is empty`);
    }
  });
}

test("every English message is valid ICU", () => {
  for (const [key, message] of english) assert.doesNotThrow(() => parse(message), key);
});

// A key counts as used when the code spells it out: its path below the namespace as a string
// (t("facts.data")), or each of its parts as a string or as the fixed end of a template
// (t(`${key}Text`) with "failed" in a list), or a group read through a template. Its
// namespace must be named in the code too, except Errors and Removal: lib returns those keys
// and the page that shows them translates them.
const KEYED_ANYWHERE = new Set(["Errors", "Removal"]);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const at = path.join(dir, name);
    if (statSync(at).isDirectory()) return sources(at);
    return /\.(ts|tsx|mjs)$/.test(name) ? [readFileSync(at, "utf8")] : [];
  });
}

test("every message is used by the code", () => {
  const code = ["app", "components", "lib"].flatMap((dir) => sources(path.join(root, dir))).join("\n");
  const quoted = (text: string) => code.includes(`"${text}"`) || code.includes(`'${text}'`) || code.includes(`.${text}"`);
  const mentioned = (part: string) =>
    quoted(part) ||
    [...part].some(
      (_, i) =>
        i > 0 &&
        ((quoted(part.slice(0, i)) && code.includes(`}${part.slice(i)}`)) ||
          (quoted(part.slice(i)) && code.includes(`${part.slice(0, i)}\${`))),
    );
  // A group read through a template (t(`bundleState.${state}`)) counts whole: its keys are data.
  const spelled = (parts: string[]): boolean =>
    parts.length === 0 || quoted(parts.join(".")) || code.includes(`${parts[0]}.\${`) || (mentioned(parts[0]) && spelled(parts.slice(1)));
  const unused = [...english.keys()].filter((full) => {
    const [namespace, ...rest] = full.split(".");
    const named = KEYED_ANYWHERE.has(namespace) || code.includes(`"${namespace}"`) || code.includes(`"${namespace}.`);
    return !named || !spelled(rest);
  });
  assert.deepEqual(unused, []);
});
