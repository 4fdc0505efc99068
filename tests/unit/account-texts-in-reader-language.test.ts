/**
 * Accounts, notices, the audit filter, evidence files and jobs in the reader's language (issue
 * 13, decision 058, session 10): each refusal keeps its English word for word without a
 * language and reads Romanian and Russian through the boundary's translator.
 */
import { describe, expect, it } from "vitest";
import type { AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { changePasswordSchema } from "@/lib/auth/change-own-password";
import { setPasswordFromLinkSchema } from "@/lib/auth/password-link-schemas";
import { auditFilterSchema } from "@/lib/audit/list-audit-events";
import { checkEvidenceFile } from "@/lib/evidence/check-evidence-file";
import { AppError } from "@/lib/errors";
import { libText } from "@/lib/i18n/lib-text";
import { libTranslator } from "@/lib/i18n/lib-translator";
import { storedFieldErrorTexts, wordResultTexts } from "@/lib/jobs/job-result-texts";
import { reminderDaysSchema } from "@/lib/notifications/reminder-days";
import { emailPreferencesSchema } from "@/lib/notifications/schemas";
import { keyedProblem } from "@/lib/problems/problem";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { catchAppError } from "../fixtures/factories";

function viewer(): AccessContext {
  return {
    user: { id: "u", email: "viewer@example.org", name: "Viewer" },
    workspace: { id: "w", slug: "w", name: "W", isDemo: false, defaultLocale: "en" },
    membership: { id: "m", role: "VIEWER", institution: null },
    via: "session",
  };
}

function refusal(run: () => unknown) {
  return catchAppError(async () => run());
}

async function messagesIn(locale: "ro" | "ru", error: AppError): Promise<{ message: string; problems: string[] }> {
  const worded = (await libTranslator(locale)).error(error);
  return { message: worded.message, problems: worded.problems.map((problem) => problem.message) };
}

describe("a refusal for the role", () => {
  it("names the role and the roles it is reserved for in the reader's language", async () => {
    const error = await refusal(() => requirePermission(viewer(), "audit.read"));
    expect(error.code).toBe("FORBIDDEN");
    expect(error.message).toBe("Your role (viewer) cannot do this; it is reserved for: administrator, secretariat");
    expect((await messagesIn("ro", error)).message).toBe(
      "Rolul dumneavoastră (observator) nu permite această acțiune; ea este rezervată pentru: administrator, secretariat",
    );
    const three = await refusal(() => requirePermission(viewer(), "values.comment"));
    expect((await messagesIn("ru", three)).message).toBe(
      "Ваша роль (наблюдатель) не позволяет это сделать; это доступно только для ролей: секретариат, координатор учреждения, член рабочей группы",
    );
  });
});

describe("password forms", () => {
  it("word the password rule and the mismatch", async () => {
    const error = await refusal(() =>
      parseOrThrow(changePasswordSchema, { currentPassword: "", newPassword: "short", confirmPassword: "other" }),
    );
    expect(error.problems.map((problem) => problem.message)).toEqual([
      "Enter your current password",
      "Use at least 12 characters",
      "The two new passwords differ",
    ]);
    expect((await messagesIn("ro", error)).problems).toEqual([
      "Introduceți parola actuală",
      "Folosiți cel puțin 12 caractere",
      "Cele două parole noi diferă",
    ]);
    const link = await refusal(() =>
      parseOrThrow(setPasswordFromLinkSchema, { token: "x", newPassword: "a".repeat(12), confirmPassword: "b".repeat(12) }),
    );
    expect((await messagesIn("ru", link)).problems).toEqual(["Ссылка неполная: откройте её снова из письма", "Пароли не совпадают"]);
  });
});

describe("notices and the audit filter", () => {
  it("word the reminder days, the e-mail choices and the filter in Romanian and Russian", async () => {
    const days = await refusal(() => parseOrThrow(reminderDaysSchema, { reminderDays: "3, 120" }));
    expect((await messagesIn("ro", days)).problems).toEqual(["Cel mult 90 de zile înainte"]);
    const repeated = await refusal(() => parseOrThrow(reminderDaysSchema, { reminderDays: "3, 3" }));
    expect(repeated.problems[0]!.message).toBe("Give each number of days once");
    expect((await messagesIn("ru", repeated)).problems).toEqual(["Укажите каждое число дней только один раз"]);
    const digest = await refusal(() => parseOrThrow(emailPreferencesSchema, { emailKinds: [], digest: "hourly" }));
    expect((await messagesIn("ro", digest)).problems).toEqual(["Alegeți niciodată, zilnic sau săptămânal"]);
    const action = await refusal(() => parseOrThrow(auditFilterSchema, { action: "x" }));
    expect((await messagesIn("ru", action)).problems).toEqual(["Выберите действие из списка"]);
    const dates = await refusal(() => parseOrThrow(auditFilterSchema, { from: "2026-02-01", to: "2026-01-01" }));
    expect((await messagesIn("ro", dates)).problems).toEqual(["Data de început este după data de sfârșit"]);
  });
});

describe("evidence files", () => {
  it("word a refused file name and content", async () => {
    const folder = await refusal(() => checkEvidenceFile({ fileName: "a/b.pdf", bytes: new Uint8Array([1]) }));
    expect((await messagesIn("ro", folder)).message).toBe(
      "Numele unui fișier nu poate conține un dosar (/ sau \\); trimiteți fișierul însuși",
    );
    const text = await refusal(() => checkEvidenceFile({ fileName: "report.pdf", bytes: new TextEncoder().encode("plain words") }));
    expect(text.message).toBe('The content of "report.pdf" is not a .pdf file (it looks like plain text)');
    expect((await messagesIn("ru", text)).message).toBe("Содержимое «report.pdf» не является файлом .pdf (похоже на обычный текст)");
  });
});

describe("a failed job's field errors", () => {
  it("keep their keys beside the English and are worded by the poll's language", async () => {
    const problems = [
      keyedProblem({ field: "frameworkCode" }, libText("validation.nameFramework")),
      { field: "frameworkCode", message: "A text without a key" },
    ];
    const stored = JSON.parse(
      JSON.stringify({
        code: "BAD_REQUEST",
        fieldErrors: { frameworkCode: ["Name the framework", "A text without a key"] },
        fieldErrorTexts: storedFieldErrorTexts(problems),
      }),
    ) as unknown;
    expect(wordResultTexts(stored, await libTranslator("ro"))).toMatchObject({
      fieldErrors: { frameworkCode: ["Indicați cadrul de indicatori", "A text without a key"] },
    });
  });
});
