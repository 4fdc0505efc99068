import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getSavedLanguage } from "@/lib/users/get-saved-language";
import { languageChoiceSchema, setOwnLanguage } from "@/lib/users/set-own-language";
import { createTestMember, createTestWorkspace } from "../fixtures/factories";

describe("setOwnLanguage", () => {
  it("saves the person's language with one audit event, and choosing it again records nothing", async () => {
    const { workspaceId } = await createTestWorkspace();
    const person = await createTestMember(workspaceId, "FOCAL_POINT");

    await setOwnLanguage(person, "ru");
    await setOwnLanguage(person, "ru");

    expect((await db.user.findUniqueOrThrow({ where: { id: person.user.id } })).locale).toBe("ru");
    const events = await db.auditEvent.findMany({ where: { entityId: person.user.id, action: "user.language-changed" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ workspaceId, actorId: person.user.id });
  });

  it("gives the saved language back at sign-in, whatever the case of the address, and null before any choice", async () => {
    const { workspaceId } = await createTestWorkspace();
    const person = await createTestMember(workspaceId, "VIEWER");
    expect(await getSavedLanguage(person.user.email)).toBeNull();
    await setOwnLanguage(person, "es");
    expect(await getSavedLanguage(` ${person.user.email.toUpperCase()} `)).toBe("es");
    expect(await getSavedLanguage("nobody@nowhere.example")).toBeNull();
  });

  it("changes only the person's own setting", async () => {
    const { workspaceId } = await createTestWorkspace();
    const person = await createTestMember(workspaceId, "ADMIN");
    const colleague = await createTestMember(workspaceId, "VIEWER");

    await setOwnLanguage(person, "fr");

    expect((await db.user.findUniqueOrThrow({ where: { id: colleague.user.id } })).locale).toBeNull();
  });

  it.each(["de", "", "EN", "ro-MD", "__proto__"])("refuses the language %j by name", (locale) => {
    const parsed = languageChoiceSchema.safeParse({ locale });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe("Choose one of the languages: en, ro, ru, fr, es");
  });
});
