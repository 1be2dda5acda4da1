/** Plans other than 444-р (SPEC): the model, and plan workbooks read into items. */
export * from "./model";
export * from "./read";
export * from "./headers";
export * from "./table1";
export * from "./stored";
export { planTexts } from "./i18n";
export type { PlanTexts } from "./i18n";
