/** Entry of dist/taskpane.js: the ribbon's commands first, then the pane on the Office adapter (office.tsx). */
import "./ribbon";
import { createOfficeWorkbook } from "./excel/officeWorkbook";
import { bootOffice } from "./office";

bootOffice((lang) => createOfficeWorkbook({ lang }));
