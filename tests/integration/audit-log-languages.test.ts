/**
 * Issue 13, decision 058: the audit log in the reader's language. Events written by real
 * operations keep their English summary, word for word, and its key and values; the audit page's
 * loader hands both on and the translator words them in Romanian and Russian. An event written
 * before summaries had keys shows its English.
 */
import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from "@/lib/audit/audit-actions";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { changeOwnPassword } from "@/lib/auth/change-own-password";
import { db } from "@/lib/db";
import { libTranslator } from "@/lib/i18n/lib-translator";
import { loadMessages } from "@/lib/i18n/load-messages";
import { LOCALES } from "@/lib/i18n/locales";
import { importOpenSdg } from "@/lib/open-sdg/import-open-sdg";
import { inviteUser } from "@/lib/users/invite-user";
import {
  catchAppError,
  createTestApiToken,
  createTestMember,
  createTestSession,
  createTestWorkspace,
  snapshotDatabase,
  TEST_PASSWORD,
  uniqueCode,
} from "../fixtures/factories";

const NEW_PASSWORD = "a brand new passphrase";

async function auditLogWithEvents() {
  const { workspaceId } = await createTestWorkspace();
  const admin = await createTestMember(workspaceId, "ADMIN");
  const person = await createTestMember(workspaceId, "SECRETARIAT");
  await createTestApiToken(person, "Sync client");
  const { prefix } = await db.apiToken.findFirstOrThrow({ where: { userId: person.user.id }, select: { prefix: true } });
  const session = await createTestSession(person.user.id);
  await changeOwnPassword(person, session.id, { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
  const invited = `${uniqueCode("reader").toLowerCase()}@example.org`;
  await inviteUser(admin, { email: invited, name: "New Reader", role: "VIEWER" });
  // As written before decision 058: an English summary and no key.
  await db.auditEvent.create({
    data: {
      workspaceId,
      actorLabel: admin.user.email,
      action: "institution.updated",
      entityType: "Institution",
      entityId: "an-older-event",
      summary: "Renamed MLSP",
    },
  });
  const { entries } = await listAuditEvents(admin, {});
  const entryOf = (action: string) => {
    const entry = entries.find((candidate) => candidate.action === action);
    if (!entry) throw new Error(`no ${action} event`);
    return entry;
  };
  return { admin, prefix, invited, entryOf };
}

describe("the audit log in the reader's language", () => {
  it("keeps the English summary as written and words the keyed summary in Romanian and Russian", async () => {
    const { prefix, invited, entryOf } = await auditLogWithEvents();
    const [ro, ru] = await Promise.all([libTranslator("ro"), libTranslator("ru")]);

    // A text that quotes a reason (a keyed part) and a role chosen by the message's select.
    const revoked = entryOf("api-token.revoked");
    expect(revoked.summary).toBe(`Revoked API token "Sync client" (${prefix}…) because its owner changed their password`);
    expect(revoked.summaryText).not.toBeNull();
    expect(ro.text(revoked.summaryText!)).toBe(
      `A revocat tokenul API „Sync client” (${prefix}…) deoarece proprietarul său și-a schimbat parola`,
    );
    expect(ru.text(revoked.summaryText!)).toBe(`Отозван API-токен «Sync client» (${prefix}…), потому что его владелец сменил пароль`);

    const role = entryOf("membership.created");
    expect(role.summary).toBe(`Gave ${invited} the role VIEWER`);
    expect(ro.text(role.summaryText!)).toBe(`I-a dat lui ${invited} rolul de observator`);
    expect(ru.text(role.summaryText!)).toBe(`${invited} назначена роль «наблюдатель»`);

    const changed = entryOf("user.password-changed");
    expect(ro.text(changed.summaryText!)).toMatch(/și-a schimbat parola$/);
    expect(ru.text(changed.summaryText!)).toMatch(/сменил\(а\) пароль$/);
  });

  it("keys the events that bulk writes record in SQL: the Open SDG import's values and indicators", async () => {
    const { workspaceId } = await createTestWorkspace();
    const secretariat = await createTestMember(workspaceId, "SECRETARIAT");
    const frameworkCode = uniqueCode("AUDITSDG");
    const source = { files: [{ path: "data/indicator_1-1-1.csv", text: "Year,Value\n2010,12.5\n" }] };
    await importOpenSdg(secretariat, source, { frameworkCode, sourceName: "audit.zip", dryRun: false });
    const [ro, ru] = await Promise.all([libTranslator("ro"), libTranslator("ru")]);
    const { entries } = await listAuditEvents(secretariat, {});

    const value = entries.find((entry) => entry.action === "value.created");
    expect(value?.summary).toBe("1.1.1 Total 2010: entered");
    expect(ru.text(value!.summaryText!)).toBe("1.1.1 всего 2010: введено");
    expect(ro.text(value!.summaryText!)).toBe("1.1.1 Total 2010: introdus");

    const indicator = entries.find((entry) => entry.action === "indicator.created");
    expect(indicator?.summary).toBe("1.1.1 created by the Open SDG import of audit.zip");
    expect(ro.text(indicator!.summaryText!)).toBe("1.1.1 creat prin importul Open SDG din audit.zip");
  });

  it("shows an event written before summaries had keys in its English", async () => {
    const { entryOf } = await auditLogWithEvents();
    const older = entryOf("institution.updated");
    expect(older.summaryText).toBeNull();
    expect(older.summary).toBe("Renamed MLSP");
  });

  it("refuses the log to a person without the permission, and writes nothing", async () => {
    const { workspaceId } = await createTestWorkspace();
    const viewer = await createTestMember(workspaceId, "FOCAL_POINT", { institutionCode: "MLSP" });
    const before = await snapshotDatabase();
    expect((await catchAppError(listAuditEvents(viewer, {}))).code).toBe("FORBIDDEN");
    expect(await snapshotDatabase()).toEqual(before);
  });

  it.each(LOCALES)("%s has a label for every kind of change and of record", async (locale) => {
    const messages = (await loadMessages(locale)) as unknown as {
      AuditActions: Record<string, Record<string, string>>;
      AuditEntityTypes: Record<string, string>;
    };
    const actionLabel = (action: string) => {
      const [group = "", name = ""] = action.split(/\.(.*)/);
      return messages.AuditActions[group]?.[name];
    };
    expect(AUDIT_ACTIONS.filter((action) => !actionLabel(action)?.trim())).toEqual([]);
    expect(AUDIT_ENTITY_TYPES.filter((type) => !messages.AuditEntityTypes[type]?.trim())).toEqual([]);
  });
});
