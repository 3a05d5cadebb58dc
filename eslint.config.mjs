import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import vitest from "@vitest/eslint-plugin";

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ["lib/generated/**", ".next/**", ".data/**", "node_modules/**", "next-env.d.ts", "test-results/**"] },
  {
    // Pages and components read data through lib/<feature>/queries.ts, never the raw client.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "@/lib/server/db", message: "Use a scoped query from lib/<feature>/queries.ts." }] },
      ],
    },
  },
  {
    // Every test asserts something, and none is focused: a test that cannot fail proves nothing.
    // expect()/assert() count wherever they are called from the test, also through a helper declared
    // with `function` in the same file; a helper imported from elsewhere must be added to the names.
    files: ["tests/**/*.ts"],
    plugins: { vitest },
    rules: {
      "vitest/expect-expect": ["error", { assertFunctionNames: ["expect", "assert"] }],
      "vitest/no-focused-tests": "error",
    },
  },
  {
    // Playwright's test() comes from tests/e2e/fixtures.ts, which the plugin does not know as a test.
    files: ["tests/e2e/**/*.ts"],
    rules: {
      "vitest/expect-expect": [
        "error",
        { assertFunctionNames: ["expect", "assert"], additionalTestBlockFunctions: ["test"] },
      ],
    },
  },
];

export default config;
