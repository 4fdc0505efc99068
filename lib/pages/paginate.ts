/** One page of a list (pages count from 1; a page past the end shows the last one). */
export function paginate<T>(items: readonly T[], requestedPage: number, pageSize: number): { items: T[]; page: number; pageCount: number } {
  const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
  const page = Math.min(Math.max(1, requestedPage), pageCount);
  return { items: items.slice((page - 1) * pageSize, page * pageSize), page, pageCount };
}
