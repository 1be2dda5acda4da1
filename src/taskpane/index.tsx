/** Entry of dist/taskpane.js: the pane on the Office adapter (see office.tsx for the wiring). */
import { createOfficeWorkbook } from "./excel/officeWorkbook";
import { bootOffice } from "./office";

bootOffice(() => createOfficeWorkbook());
