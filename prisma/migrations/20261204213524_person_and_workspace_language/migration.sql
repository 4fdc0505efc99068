-- The person's chosen interface language; null follows their browser.
ALTER TABLE "User" ADD COLUMN "locale" TEXT;

-- The workspace's language when neither the person nor their browser names a supported one.
-- Added in place (SQLite accepts NOT NULL with a constant default), so no table is rebuilt.
ALTER TABLE "Workspace" ADD COLUMN "defaultLocale" TEXT NOT NULL DEFAULT 'en';
