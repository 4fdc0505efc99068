import type { AbstractIntlMessages } from "use-intl/core";
import type { Messages } from "./load-messages";

/**
 * The namespaces that client components translate with useTranslations, and only those: the
 * root layout sends them to NextIntlClientProvider, which otherwise serializes the language's
 * whole catalogue (~100 KB) into every page's React payload (issue 16, decision 043). Server
 * components keep the whole catalogue through getTranslations and the request configuration.
 * tests/unit/client-message-namespaces.test.ts derives this list from the client components
 * and the files they import, and fails when a namespace is missing here or no longer needed.
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
  "Evidence",
  "ExportPanel",
  "ForgotPassword",
  "FormParts",
  "IndicatorEditorForm",
  "IndicatorFields",
  "InstitutionForms",
  "JobProgress",
  "LanguageSwitcher",
  "LocalizedText",
  "MarkReadForm",
  "MatrixEditorForms",
  "MatrixImportForm",
  "Narratives",
  "NewFrameworkForm",
  "OpenSdgImport",
  "OpenSdgReport",
  "PasswordForm",
  "ProblemList",
  "ReminderDays",
  "ReportPage",
  "Review",
  "ScoringSettings",
  "SetPassword",
  "SignInForm",
  "UserForms",
  "ValueForms",
  "ValueStatus",
  "ValueType",
  "VersionDiff",
  "VersionStatus",
  "entry",
] as const satisfies readonly (keyof Messages)[];

/** The part of one language's catalogue that client components read (getMessages() of the request). */
export function pickClientMessages(messages: AbstractIntlMessages): AbstractIntlMessages {
  return Object.fromEntries(
    CLIENT_MESSAGE_NAMESPACES.flatMap((namespace) => (namespace in messages ? [[namespace, messages[namespace]!]] : [])),
  );
}
