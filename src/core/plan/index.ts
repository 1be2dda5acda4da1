/** Plans other than 444-р (SPEC): the model, and plan workbooks read into items. */
export * from "./model";
