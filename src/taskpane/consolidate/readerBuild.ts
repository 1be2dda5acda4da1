/**
 * Identifies the reader bundle the pane was built with, so the pane asks for
 * `consolidate-reader.js?v=<id>` and a browser or webview never runs a reader cached from an
 * earlier version of the add-in. The build (scripts/targets/taskpane.mjs) replaces this module with
 * the hash of the freshly built dist/consolidate-reader.js; "dev" stays in tests and watch builds.
 */
export const READER_BUILD: string = "dev";
