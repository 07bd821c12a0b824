// ESLint for the map page's script: geo/mapping/assets/*.js (see its README.md).
// Run: npm ci && npx eslint geo/mapping/assets   (or: make lint-js)
import js from "@eslint/js";
import globals from "globals";

export default [
  js.configs.recommended,
  {
    files: ["geo/mapping/assets/**/*.js"],
    languageOptions: {
      // Plain ES5 scripts, as Leaflet is: no bundler, no transpiler.
      ecmaVersion: 5,
      sourceType: "script",
      // Leaflet, and Intl (ECMA-402, older than the ES5 globals ESLint knows)
      globals: { ...globals.browser, L: "readonly", Intl: "readonly" },
    },
    rules: {
      // Each module is an IIFE with its own "use strict" and leaks nothing but what it
      // puts on window.warmapModules.
      strict: ["error", "function"],
      "no-implicit-globals": "error",
      "no-shadow": "error",
      "no-use-before-define": ["error", { functions: false, variables: true }],
      "no-unused-vars": ["error", { args: "after-used" }],
      eqeqeq: "error",
      curly: "error",
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      // Data strings reach the page as text only: textContent, never markup.
      "no-restricted-properties": ["error",
        { property: "innerHTML", message: "Use textContent and DOM nodes (dom.js)." },
        { property: "outerHTML", message: "Use textContent and DOM nodes (dom.js)." },
        { property: "insertAdjacentHTML", message: "Use textContent and DOM nodes (dom.js)." },
        { object: "document", property: "write", message: "Use DOM nodes (dom.js)." }],
      // As for the Python (STYLE.md): functions to be read at once, osmnx's complexity cap.
      "max-lines-per-function": ["error",
        { max: 60, skipBlankLines: true, skipComments: true, IIFEs: false }],
      complexity: ["error", 14],
      "max-len": ["error", { code: 100, ignoreUrls: true }],
    },
  },
];
