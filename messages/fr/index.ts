import layout from "./layout.json";
import progress from "./progress.json";
import confirm from "./confirm.json";
import review from "./review.json";
import history from "./history.json";

/**
 * Every interface text of this language, one file per area of the application so that work on
 * different areas never edits the same file. Each area file holds whole namespaces; a
 * namespace lives in one file only (tests/unit/i18n-messages.test.ts).
 */
const messages = { ...layout, ...progress, ...confirm, ...review, ...history };

export default messages;
