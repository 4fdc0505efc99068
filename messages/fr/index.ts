import account from "./account.json";
import admin from "./admin.json";
import audit from "./audit.json";
import auditSummaries from "./audit-summaries.json";
import auth from "./auth.json";
import breakdownSums from "./breakdown-sums.json";
import chartSummaries from "./chart-summaries.json";
import charts from "./charts.json";
import compare from "./compare.json";
import confirm from "./confirm.json";
import cycles from "./cycles.json";
import dashboard from "./dashboard.json";
import email from "./email.json";
import entry from "./entry.json";
import errors from "./errors.json";
import errorsPages from "./errors-pages.json";
import evidence from "./evidence.json";
import exports from "./exports.json";
import forms from "./forms.json";
import frameworks from "./frameworks.json";
import history from "./history.json";
import importProblems from "./import-problems.json";
import imports from "./imports.json";
import indicator from "./indicator.json";
import institutions from "./institutions.json";
import jobStages from "./job-stages.json";
import jobs from "./jobs.json";
import labels from "./labels.json";
import layout from "./layout.json";
import localized from "./localized.json";
import localizedDisplay from "./localized-display.json";
import matrixTranslations from "./matrix-translations.json";
import matrixWorkbooks from "./matrix-workbooks.json";
import methodology from "./methodology.json";
import narratives from "./narratives.json";
import notifications from "./notifications.json";
import pages from "./pages.json";
import problems from "./problems.json";
import progress from "./progress.json";
import progressReasons from "./progress-reasons.json";
import report from "./report.json";
import review from "./review.json";
import validation from "./validation.json";
import valuesTemplate from "./values-template.json";
import values from "./values.json";
import versions from "./versions.json";

/**
 * Every interface text of this language, one file per area of the application so that work on
 * different areas never edits the same file. Each area file holds whole namespaces; a
 * namespace lives in one file only (tests/unit/i18n-messages.test.ts).
 */
const messages = {
  ...account,
  ...admin,
  ...audit,
  ...auditSummaries,
  ...auth,
  ...breakdownSums,
  ...chartSummaries,
  ...charts,
  ...compare,
  ...confirm,
  ...cycles,
  ...dashboard,
  ...email,
  ...entry,
  ...errors,
  ...errorsPages,
  ...evidence,
  ...exports,
  ...forms,
  ...frameworks,
  ...history,
  ...importProblems,
  ...imports,
  ...indicator,
  ...institutions,
  ...jobStages,
  ...jobs,
  ...labels,
  ...layout,
  ...localized,
  ...localizedDisplay,
  ...matrixTranslations,
  ...matrixWorkbooks,
  ...methodology,
  ...narratives,
  ...notifications,
  ...pages,
  ...problems,
  ...progress,
  ...progressReasons,
  ...report,
  ...review,
  ...validation,
  ...valuesTemplate,
  ...values,
  ...versions,
};

export default messages;
