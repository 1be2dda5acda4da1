// ESLint as Microsoft's add-in templates use it (Office-Addin-TaskPane-React: `plugin:office-addins/react`),
// in flat form: ESLint's and typescript-eslint's recommended rules, React's, and the Office add-in rules
// of eslint-plugin-office-addins (load before read, sync after load, isNullObject, …) on the code that
// can call Excel. Formatting is Prettier's job (`npm run format:check`), so the plugin's `prettier/prettier`
// rule is not used here. `npm run lint`; docs/development in README ("Lint and format").
import js from "@eslint/js";
import officeAddins from "eslint-plugin-office-addins";
import react from "eslint-plugin-react";
import globals from "globals";
import tseslint from "typescript-eslint";

/** The Office add-in rules at the levels of the plugin's own `recommended` config. */
const OFFICE_RULES = {
  "office-addins/call-sync-after-load": "error",
  "office-addins/call-sync-before-read": "error",
  "office-addins/load-object-before-read": "error",
  "office-addins/no-context-sync-in-loop": "warn",
  "office-addins/no-empty-load": "warn",
  "office-addins/no-navigational-load": "warn",
  "office-addins/no-office-initialize": "warn",
  "office-addins/test-for-null-using-isNullObject": "error",
};

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "out/**",
      "release/**",
      "coverage/**",
      "test-output/**",
      "node_modules/**",
      "web/**",
      "src/functions/locales/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,js,mjs,cjs}"],
    rules: {
      // `_name` for a parameter a signature needs; `{ dropped: _, ...kept }` to leave properties out.
      "@typescript-eslint/no-unused-vars": [
        "error",
        {
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          ignoreRestSiblings: true,
          caughtErrors: "none",
        },
      ],
    },
  },
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { react },
    languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    settings: { react: { version: "detect" } },
    rules: {
      ...react.configs.flat.recommended.rules,
      ...react.configs.flat["jsx-runtime"].rules,
      // TypeScript checks names itself (typescript-eslint's advice); props are typed, not prop-typed.
      "no-undef": "off",
      "react/prop-types": "off",
    },
  },
  {
    // The code that can call Office.js: the pane and the custom functions. Not the xlsx adapter, the
    // CLI or the tests: ExcelJS objects look like Office proxies to these rules, and the strict
    // double's own tests read unloaded properties on purpose (to see it throw).
    files: ["src/taskpane/**/*.{ts,tsx}", "src/functions/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: OFFICE_RULES,
  },
  {
    // jest.isolateModules takes a synchronous callback: modules are loaded afresh with require().
    files: ["test/**/*.{ts,tsx}"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: { globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Scripts run in the browser page by Playwright (`page.evaluate` bodies) and the page's own assets.
    files: ["scripts/**/*.{mjs,js}", "assets/**/*.js"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  }
);
