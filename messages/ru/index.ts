import audit from "./audit.json";
import frameworks from "./frameworks.json";
import indicator from "./indicator.json";
import institutions from "./institutions.json";
import labels from "./labels.json";
import layout from "./layout.json";
import methodology from "./methodology.json";
import versions from "./versions.json";

/**
 * Every interface text of this language, one file per area of the application so that work on
 * different areas never edits the same file. Each area file holds whole namespaces; a
 * namespace lives in one file only (tests/unit/i18n-messages.test.ts).
 */
const messages = { ...layout, ...labels, ...frameworks, ...audit, ...versions, ...indicator, ...institutions, ...methodology };

export default messages;
