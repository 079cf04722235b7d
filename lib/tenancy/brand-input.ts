// What staff may set as a storefront's brand, checked before it is stored: a colour white text is
// readable on (buttons and badges put white on it), images as data: URLs the pages' policy
// allows (no other site's images), addresses that are addresses, and a sender name that cannot
// break an email header.
import { z } from "zod";

const MAX_IMAGE_BYTES = 64 * 1024;
const IMAGE = /^data:image\/(svg\+xml|png|webp);base64,([A-Za-z0-9+/]+={0,2})$/;
const MAGIC: Record<string, (bytes: Buffer) => boolean> = {
  png: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  webp: (b) => b.subarray(0, 4).toString("latin1") === "RIFF" && b.subarray(8, 12).toString("latin1") === "WEBP",
  "svg+xml": (b) => /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/i.test(b.toString("utf8")),
};

// WCAG relative luminance of #rrggbb, and its contrast with white.
function contrastWithWhite(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return 1.05 / (luminance + 0.05);
}

const optional = <T extends z.ZodType<string, string>>(schema: T) =>
  z
    .string()
    .trim()
    .transform((v) => v || null)
    .pipe(schema.nullable());

const image = (what: string) =>
  optional(
    z.string().refine((url) => {
      const match = IMAGE.exec(url);
      if (!match) return false;
      const bytes = Buffer.from(match[2], "base64");
      return bytes.length <= MAX_IMAGE_BYTES && MAGIC[match[1]](bytes);
    }, `The ${what} must be an SVG, PNG or WebP image of at most 64 KB`),
  );

const address = (what: string) => optional(z.email(`Enter the ${what} as an email address`).max(254));

export const brandSchema = z.object({
  name: z.string().trim().min(2, "Give the storefront's name").max(80),
  tagline: optional(z.string().max(120, "Keep the tagline under 120 characters")),
  brandColor: optional(
    z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, "Pick a colour such as #0f766e")
      .refine((hex) => contrastWithWhite(hex) >= 4.5, "Pick a darker colour: white text on it must stay readable (contrast 4.5:1)")
      .transform((hex) => hex.toLowerCase()),
  ),
  logo: image("logo"),
  favicon: image("favicon"),
  emailSenderName: optional(
    z
      .string()
      .max(60)
      .regex(/^[^<>"\r\n@]+$/, "A sender name has no quotes, brackets, @ or line breaks"),
  ),
  emailReplyTo: address("reply-to address"),
  supportEmail: address("support address"),
  legalFooter: optional(z.string().max(300, "Keep the legal line under 300 characters")),
});
export type BrandInput = z.output<typeof brandSchema>;
