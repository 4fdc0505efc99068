/** Ids that sort in the order they are made (decision 047): valid UUIDs of version 7, unique, in order within a millisecond too. */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { orderedId } from "@/lib/database/ordered-id";

describe("orderedId", () => {
  it("makes version-7 UUIDs that sort in the order they were made, without repeats", () => {
    // Far more than one millisecond's 4,096 sequence numbers, so the borrowing of the next millisecond is covered.
    const ids = Array.from({ length: 20_000 }, () => orderedId());
    expect(ids.filter((id) => !z.uuid().safeParse(id).success)).toEqual([]);
    expect(ids.filter((id) => id[14] !== "7" || !"89ab".includes(id[19]!))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id, index) => index > 0 && ids[index - 1]! >= id)).toEqual([]);
  });

  it("starts with the time it was made", () => {
    const before = Date.now();
    const id = orderedId();
    const ms = Number.parseInt(id.replaceAll("-", "").slice(0, 12), 16);
    expect(ms).toBeGreaterThanOrEqual(before);
    expect(ms).toBeLessThanOrEqual(Date.now() + 5);
  });
});
