/**
 * First module of dist/taskpane.js: registers the ribbon's commands at the top level, before React
 * and the pane are evaluated (commands.ts says why). Nothing else may be imported here.
 */
import { registerRibbonCommands } from "./commands";

registerRibbonCommands();
