import audit from "./audit.json";
import confirm from "./confirm.json";
import email from "./email.json";
import entry from "./entry.json";
import errors from "./errors.json";
import evidence from "./evidence.json";
import frameworks from "./frameworks.json";
import history from "./history.json";
import indicator from "./indicator.json";
import institutions from "./institutions.json";
import labels from "./labels.json";
import layout from "./layout.json";
import methodology from "./methodology.json";
import narratives from "./narratives.json";
import notifications from "./notifications.json";
import problems from "./problems.json";
import progress from "./progress.json";
import review from "./review.json";
import validation from "./validation.json";
import versions from "./versions.json";

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
  ...errors,
  ...evidence,
  ...frameworks,
  ...history,
  ...indicator,
  ...institutions,
  ...labels,
  ...layout,
  ...methodology,
  ...narratives,
  ...notifications,
  ...problems,
  ...progress,
  ...review,
  ...validation,
  ...versions,
};

export default messages;
