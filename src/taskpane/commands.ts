/** Names shared by the manifest and the code: the ribbon's `ExecuteFunction` actions. */

/** The ribbon's "Insert Table 1" button (manifest `<FunctionName>`), associated in `office.tsx`. */
export const INSERT_TABLE1_ACTION = "insertTable1";
