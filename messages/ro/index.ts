import audit from "./audit.json";
import confirm from "./confirm.json";
import email from "./email.json";
import entry from "./entry.json";
import evidence from "./evidence.json";
import frameworks from "./frameworks.json";
import history from "./history.json";
import labels from "./labels.json";
import layout from "./layout.json";
import narratives from "./narratives.json";
import notifications from "./notifications.json";
import progress from "./progress.json";
import review from "./review.json";

/**
 * Every interface text of this language, one file per area of the application so that work on
 * different areas never edits the same file. Each area file holds whole namespaces; a
 * namespace lives in one file only (tests/unit/i18n-messages.test.ts).
 */
const messages = {
  ...audit,
  ...confirm,
  ...email,
  ...entry,
  ...evidence,
  ...frameworks,
  ...history,
  ...labels,
  ...layout,
  ...narratives,
  ...notifications,
  ...progress,
  ...review,
};

export default messages;
