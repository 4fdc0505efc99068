import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { databaseProvider, db } from "@/lib/db";
import { getAppUrl, getEnv } from "@/lib/env";
import { libText } from "@/lib/i18n/lib-text";
import { getAuthSecret } from "./auth-secret";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./passwords";

export const SESSION_LIFETIME_SECONDS = 8 * 60 * 60;

const SIGN_IN_FAILED_ENGLISH = libText("errors.signInFailed").english;

function createAuth() {
  const appUrl = getAppUrl();
  return betterAuth({
    appName: "Capacitas",
    baseURL: appUrl,
    secret: getAuthSecret(),
    database: prismaAdapter(db, { provider: databaseProvider(), transaction: true }),
    // Accounts are created by administrators (or the first-run command), never by sign-up.
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
    },
    user: {
      additionalFields: {
        isActive: { type: "boolean", required: true, defaultValue: true, input: false },
        mustChangePassword: { type: "boolean", required: true, defaultValue: false, input: false },
      },
    },
    // A working day; refreshed hourly while in use. No cookie cache, so that deactivating a
    // person or signing them out takes effect on their next request.
    session: { expiresIn: SESSION_LIFETIME_SECONDS, updateAge: 60 * 60, cookieCache: { enabled: false } },
    // better-auth's own limiter only sees its HTTP handler, which we do not mount; sign-in is
    // limited in lib/auth/sign-in.ts instead.
    rateLimit: { enabled: false },
    advanced: {
      database: { generateId: false },
      useSecureCookies: appUrl.startsWith("https://"),
      cookiePrefix: "capacitas",
    },
    databaseHooks: {
      session: {
        create: {
          // Runs only after the password was verified, so it reveals nothing to a guesser.
          before: async (session) => {
            const user = await db.user.findUnique({
              where: { id: session.userId },
              select: { isActive: true, memberships: { where: { isActive: true }, select: { id: true }, take: 1 } },
            });
            if (!user?.isActive || user.memberships.length === 0) {
              // signIn answers every refusal with the same keyed text (errors.signInFailed), so that a
              // guesser cannot tell a deactivated account from a wrong password: this message
              // reaches no page, and says the same for whoever reads better-auth's error.
              throw new APIError("FORBIDDEN", { code: "ACCOUNT_DISABLED", message: SIGN_IN_FAILED_ENGLISH });
            }
          },
        },
      },
    },
    plugins: [nextCookies()], // must stay last: it copies better-auth's cookies into Next's response
    telemetry: { enabled: false },
    logger: { disabled: getEnv().NODE_ENV === "test" },
  });
}

type Auth = ReturnType<typeof createAuth>;
const globalForAuth = globalThis as unknown as { capacitasAuth?: Auth };

/** The better-auth instance: sign-in, sessions and sign-out. Created on first use. */
export function getAuth(): Auth {
  globalForAuth.capacitasAuth ??= createAuth();
  return globalForAuth.capacitasAuth;
}
