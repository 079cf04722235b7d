// A storefront's brand as staff may set it: readable colours only, images the pages' policy can
// show and that are what they claim, addresses that are addresses, sender names that cannot
// break an email header; an empty field clears it.
import assert from "node:assert/strict";
import { test } from "node:test";
import { brandSchema } from "../../lib/tenancy/brand-input";

const SVG = `data:image/svg+xml;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>').toString("base64")}`;
const PNG = `data:image/png;base64,${Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(16)]).toString("base64")}`;
const base = {
  name: "Nomadic",
  tagline: "",
  brandColor: "",
  logo: "",
  favicon: "",
  emailSenderName: "",
  emailReplyTo: "",
  supportEmail: "",
  legalFooter: "",
};
const parse = (fields: Partial<typeof base>) => brandSchema.safeParse({ ...base, ...fields });
const error = (fields: Partial<typeof base>) => {
  const result = parse(fields);
  assert.equal(result.success, false, JSON.stringify(fields).slice(0, 80));
  return result.error!.issues[0].message;
};

test("empty fields clear the brand's parts; values are trimmed and colours lower-cased", () => {
  const result = parse({
    tagline: "  Data for the road ",
    brandColor: "#0F766E",
    logo: SVG,
    favicon: PNG,
    supportEmail: "help@nomadic.example",
  });
  assert.ok(result.success);
  assert.equal(result.data.tagline, "Data for the road");
  assert.equal(result.data.brandColor, "#0f766e");
  assert.equal(result.data.logo, SVG);
  assert.equal(result.data.emailReplyTo, null);
  assert.equal(result.data.legalFooter, null);
});

test("a colour too light for white text on it is refused", () => {
  assert.match(error({ brandColor: "#fde68a" }), /darker colour/);
  assert.match(error({ brandColor: "teal" }), /colour such as/);
});

test("images must be SVG, PNG or WebP data URLs whose bytes match, at most 64 KB", () => {
  assert.match(error({ logo: "https://cdn.example/logo.png" }), /SVG, PNG or WebP/);
  assert.match(error({ logo: `data:image/png;base64,${Buffer.from("<svg/>").toString("base64")}` }), /logo/);
  assert.match(error({ favicon: `data:text/html;base64,${Buffer.from("<script>alert(1)</script>").toString("base64")}` }), /favicon/);
  const big = `data:image/svg+xml;base64,${Buffer.from(`<svg>${" ".repeat(70_000)}</svg>`).toString("base64")}`;
  assert.match(error({ logo: big }), /64 KB/);
});

test("a sender name cannot inject a header or an address; addresses must be addresses", () => {
  assert.match(error({ emailSenderName: "Nomadic\r\nBcc: all@example.com" }), /sender name/);
  assert.match(error({ emailSenderName: "Nomadic <evil@example.com>" }), /sender name/);
  assert.match(error({ supportEmail: "not an address" }), /support address/);
});
