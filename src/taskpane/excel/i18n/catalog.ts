/**
 * What the pane says when Excel refuses a request: one sentence per kind of `OfficeExtension.Error`
 * code, saying what happened and what to do. The raw message from Excel (localised by Office, not
 * meant for users: docs "Error handling with the application-specific JavaScript APIs") goes to the
 * console only.
 */
export type HostErrorKind =
  | "cellEdit"
  | "protected"
  | "changed"
  | "inTheWay"
  | "tooLarge"
  | "busy"
  | "otherWorkbook"
  | "oldExcel"
  | "rejected"
  | "internal"
  | "links"
  | "signIn"
  | "chart"
  | "unknown";

export interface HostErrorCatalog {
  /** The sentence for a kind; `code` is Excel's code, shown for the kinds a user may report. */
  readonly kinds: Readonly<Record<HostErrorKind, (code: string) => string>>;
  /** A sheet Excel could not return even one row of at a time. */
  readonly sheetTooLarge: (sheet: string) => string;
}
