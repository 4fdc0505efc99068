// Types of scripts/throwaway-postgres.mjs, for the TypeScript scripts that start a cluster
// (check:two-servers, bench:scale).
export function findPostgresBin(): string | null;
export function startThrowawayPostgres(bin?: string | null): Promise<{ url: string; stop: () => void }>;
