// Types of throwaway-postgres.mjs for the TypeScript scripts that start a cluster (bench:scale).
export function findPostgresBin(): string | null;
export function startThrowawayPostgres(bin?: string | null): Promise<{ url: string; stop: () => void }>;
