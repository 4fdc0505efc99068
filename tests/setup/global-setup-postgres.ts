// The global set-up of vitest.postgres.config.mts: a migrated template database on TEST_POSTGRES_URL.
export { setupPostgres as default } from "./global-setup";
