import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: [".next/**", "generated/**", "node_modules/**", "test-results/**", "playwright-report/**", "demo-output/**", "next-env.d.ts"] },
];

export default config;
