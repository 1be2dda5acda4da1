/**
 * The ribbon's `ExecuteFunction` commands: their names (shared with the manifest's `<FunctionName>`)
 * and their registration.
 *
 * `Office.actions.associate` runs at the top level of the shared runtime's script (ribbon.ts, the
 * first module of dist/taskpane.js), before React and the pane load: associated later, a click that
 * starts the runtime finds no handler and fails on its first try (office-js #5176, #3378, #2744).
 * A click that comes before the pane's code is ready waits for it ({@link provideRibbonRunner}).
 */

/** The ribbon's "Insert Table 1" button (manifest `<FunctionName>`). */
export const INSERT_TABLE1_ACTION = "insertTable1";

/** Every `ExecuteFunction` of the manifest. */
export const RIBBON_ACTIONS = [INSERT_TABLE1_ACTION] as const;
export type RibbonAction = (typeof RIBBON_ACTIONS)[number];

/** Does the work of a command; reports its own failures to the user (officeSession.ts). */
export type RibbonRunner = (action: RibbonAction) => Promise<void>;

let provide: (run: RibbonRunner) => void = () => undefined;
const runner = new Promise<RibbonRunner>((resolve) => {
  provide = resolve;
});

/** Hand the commands their runner once the pane's code is ready (the first click may have waited for it). */
export function provideRibbonRunner(run: RibbonRunner): void {
  provide(run);
}

/** Associate every command with its handler; false where Office has no `actions` (outside a shared runtime). */
export function registerRibbonCommands(): boolean {
  if (typeof Office === "undefined" || typeof Office.actions?.associate !== "function")
    return false;
  for (const action of RIBBON_ACTIONS) {
    Office.actions.associate(action, (event: Office.AddinCommands.Event) => {
      runner
        .then((run) => run(action))
        .catch((e: unknown) => console.error(`Atkaruu: ribbon command ${action} failed:`, e))
        .finally(() => event.completed());
    });
  }
  return true;
}
