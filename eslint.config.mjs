import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: ["lib/generated/**", ".next/**", ".next-*/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-non-null-assertion": "off",
    },
  },
  {
    // Tests must never be focused or skipped.
    files: ["tests/**/*.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "it", property: "only", message: "Focused tests are not allowed" },
        { object: "it", property: "skip", message: "Skipped tests are not allowed" },
        { object: "describe", property: "only", message: "Focused tests are not allowed" },
        { object: "describe", property: "skip", message: "Skipped tests are not allowed" },
        { object: "test", property: "only", message: "Focused tests are not allowed" },
        { object: "test", property: "skip", message: "Skipped tests are not allowed" },
        { object: "test", property: "fixme", message: "Skipped tests are not allowed" },
      ],
    },
  },
];

export default config;
