import type { Page } from "@playwright/test";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { TEST_PASSWORD } from "../../fixtures/factories";
import { signIn } from "./sign-in";

/**
 * Signs a test member in, through the form, as someone whose saved language is `locale`: the
 * pages then speak it whatever the browser asks for. Separate from sign-in.ts, which every spec
 * loads, because it writes to the database.
 */
export async function signInSpeaking(page: Page, user: { id: string; email: string }, locale: Locale): Promise<void> {
  await db.user.update({ where: { id: user.id }, data: { locale } });
  await signIn(page, user.email, TEST_PASSWORD);
}
