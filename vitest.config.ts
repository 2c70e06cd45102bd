import { defineConfig } from "vitest/config";

// Pages load Plot from src/vendor/plot.js, bundled at build by scripts/prepare-site.ts; in Node the
// tests use the package itself (src/vendor/plot.d.ts lists the functions either way).
const alias = [{ find: /^(?:\.\.\/)+vendor\/plot\.js$/, replacement: "@observablehq/plot" }];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          alias,
          include: ["test/**/*.test.ts"],
          exclude: ["test/e2e/**", "node_modules/**"],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: "e2e",
          alias,
          include: ["test/e2e/**/*.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
