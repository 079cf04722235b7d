import next from "eslint-config-next";

const config = [
  ...next,
  { ignores: ["lib/generated/**", ".next/**", ".data/**", "node_modules/**", "test-results/**", "playwright-report/**"] },
];
export default config;
