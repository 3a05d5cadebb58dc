import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ["lib/generated/**", ".next/**", ".data/**", "node_modules/**", "next-env.d.ts", "test-results/**"] },
  {
    // Pages and components read data through lib/<feature>/queries.ts, never the raw client.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "@/lib/server/db", message: "Use a scoped query from lib/<feature>/queries.ts." }] }],
    },
  },
];

export default config;
