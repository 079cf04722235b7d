import next from "eslint-config-next";

const config = [
  ...next,
  { ignores: ["lib/generated/**", ".next/**", ".data/**", "node_modules/**", "test-results/**", "playwright-report/**"] },
  // Emails are HTML strings for mail clients (lib/email/jsx), not Next.js pages: no next/image.
  { files: ["lib/email/**/*.tsx"], rules: { "@next/next/no-img-element": "off" } },
];
export default config;
