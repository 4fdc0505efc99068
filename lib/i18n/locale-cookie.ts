/**
 * The cookie that carries the person's chosen language, so pages need no query to know it.
 * Set when they switch language and at sign-in from their saved setting (User.locale).
 */
export const LOCALE_COOKIE = "capacitas-locale";

export const LOCALE_COOKIE_OPTIONS = {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  // A year: the choice is kept until changed.
  maxAge: 60 * 60 * 24 * 365,
} as const;
