import type { AbstractIntlMessages } from "use-intl/core";
import type { Messages } from "./load-messages";

/** A namespace of the catalogue, or one key of a namespace ("Review.approve"). */
type MessagePath = { [N in keyof Messages]: N | `${N}.${Extract<keyof Messages[N], string>}` }[keyof Messages];

/**
 * The namespaces that client components translate with useTranslations, and only those: the
 * root layout sends them to NextIntlClientProvider, which otherwise serializes the language's
 * whole catalogue (~100 KB) into every page's React payload (issue 16, decision 043). Server
 * components keep the whole catalogue through getTranslations and the request configuration.
 * A namespace that is mostly the server's (its page's texts, with a form's few) is sent by the
 * keys its client component uses. tests/unit/client-message-namespaces.test.ts derives this
 * list from the client components and the files they import, and fails when a namespace or key
 * is missing here or no longer needed.
 */
export const CLIENT_MESSAGE_NAMESPACES = [
  "ApiTokenForms",
  "BreakdownSums",
  "Charts",
  "ChoiceFields",
  "CodeMappingKind",
  "Confirm",
  "ConsultationForms",
  "CycleForms",
  "Direction",
  "EmailDigestChoice",
  "EmailPreferences",
  "EntryBanner",
  "EntryForm",
  "EntryRow",
  "EntryRules",
  "EntryUpload",
  "ErrorPage",
  "Evidence.addHeading",
  "Evidence.filesLabel",
  "Evidence.filesHint",
  "Evidence.attach",
  "Evidence.removeLabel",
  "Evidence.remove",
  "ExportPanel",
  "ForgotPassword.email",
  "ForgotPassword.submit",
  "FormParts",
  "IndicatorEditorForm",
  "IndicatorFields",
  "InstitutionForms",
  "JobProgress",
  "LanguageSwitcher",
  "LocalizedText",
  "MarkReadForm",
  "MatrixEditorForms",
  "MatrixDiffWords",
  "MatrixImportForm",
  "MatrixTranslationsImport",
  "Narratives.hint",
  "Narratives.save",
  "NewFrameworkForm",
  "OpenSdgImport",
  "OpenSdgReport",
  "PasswordForm",
  "ProblemList",
  "ReminderDays",
  "ReportPage.print",
  "Review.approveChecked",
  "Review.approveAll",
  "Review.approve",
  "Review.returnBefore",
  "Review.returnAfter",
  "Review.returnReason",
  "Review.returnSubmit",
  "ScoringSettings",
  "SetPassword.signIn",
  "SetPassword.newPassword",
  "SetPassword.confirmPassword",
  "SetPassword.newPasswordHint",
  "SetPassword.submit",
  "SignInForm",
  "UserForms",
  "ValueForms",
  "ValueStatus",
  "ValueType",
  "VersionDiff",
  "VersionStatus",
  "entry",
] as const satisfies readonly MessagePath[];

/** The part of one language's catalogue that client components read (getMessages() of the request). */
export function pickClientMessages(messages: AbstractIntlMessages): AbstractIntlMessages {
  const picked: AbstractIntlMessages = {};
  for (const path of CLIENT_MESSAGE_NAMESPACES) {
    const [namespace, key] = path.split(".") as [string, string | undefined];
    const texts = messages[namespace];
    if (key === undefined || typeof texts !== "object") {
      if (texts !== undefined) picked[namespace] = texts;
      continue;
    }
    const text = texts[key];
    if (text !== undefined) picked[namespace] = { ...(picked[namespace] as AbstractIntlMessages | undefined), [key]: text };
  }
  return picked;
}
