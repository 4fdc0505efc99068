// Safe to import from client components: no Node modules and no message texts here (the
// schema that words refusals is in new-password-schema.ts, the generator apart).

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;
