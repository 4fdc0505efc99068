import { describe, expect, it } from "vitest";
import { findUnauditedWrites } from "../setup/find-unaudited-writes";

const insertValue = "INSERT INTO `main`.`IndicatorValue` (`id`, `year`) VALUES (?, ?)";
const updateValue = "UPDATE `main`.`IndicatorValue` SET `number` = ?, `version` = ? WHERE `main`.`IndicatorValue`.`id` = ?";
const insertAudit = "INSERT INTO `main`.`AuditEvent` (`id`, `action`) VALUES (?, ?)";
const select = "SELECT `main`.`IndicatorValue`.`id` FROM `main`.`IndicatorValue` WHERE 1";

describe("the audit guard of the test suite", () => {
  it("accepts a transaction that writes and audits", () => {
    expect(findUnauditedWrites(["BEGIN", select, updateValue, insertAudit, "COMMIT"])).toEqual([]);
  });

  it("reports a transaction that writes without an audit event", () => {
    expect(findUnauditedWrites(["BEGIN", select, updateValue, "COMMIT"])).toEqual([[updateValue]]);
  });

  it("reports a write outside any transaction even when an audited transaction follows", () => {
    expect(findUnauditedWrites([insertValue, "BEGIN", updateValue, insertAudit, "COMMIT"])).toEqual([[insertValue]]);
  });

  it("ignores rolled-back transactions: nothing was written", () => {
    expect(findUnauditedWrites(["BEGIN", updateValue, "ROLLBACK"])).toEqual([]);
  });

  it("ignores reads and bookkeeping tables (sessions, rate limits, a token's last use)", () => {
    expect(
      findUnauditedWrites([
        select,
        "INSERT INTO `main`.`Session` (`id`) VALUES (?)",
        "DELETE FROM `main`.`Session` WHERE `main`.`Session`.`userId` = ?",
        "INSERT INTO `main`.`RateLimitBucket` (`key`, `count`) VALUES (?, ?)",
        "UPDATE `main`.`ApiToken` SET `lastUsedAt` = ? WHERE (`main`.`ApiToken`.`id` = ? AND 1=1)",
      ]),
    ).toEqual([]);
  });

  it("ignores a person marking their notices read, in SQLite's and PostgreSQL's SQL alike", () => {
    expect(
      findUnauditedWrites([
        "UPDATE `main`.`Notification` SET `readAt` = ? WHERE (`main`.`Notification`.`userId` = ? AND 1=1)",
        'UPDATE "public"."Notification" SET "readAt" = $1 WHERE ("public"."Notification"."userId" = $2 AND 1=1)',
      ]),
    ).toEqual([]);
    const hide = 'UPDATE "public"."Notification" SET "title" = $1 WHERE "public"."Notification"."id" = $2';
    expect(findUnauditedWrites(["BEGIN", hide, "COMMIT"])).toEqual([[hide]]);
  });

  it("judges overlapping transactions (PostgreSQL's concurrent connections) together", () => {
    const write = (n: number) => `UPDATE "public"."IndicatorValue" SET "number" = $1 WHERE "id" = '${n}'`;
    const audit = 'INSERT INTO "public"."AuditEvent" ("id") VALUES ($1)';
    expect(findUnauditedWrites(["BEGIN", "BEGIN", write(1), write(2), audit, "COMMIT", audit, "COMMIT"])).toEqual([]);
    expect(findUnauditedWrites(["BEGIN", "BEGIN", write(1), "COMMIT", write(2), "ROLLBACK"])).toEqual([[write(1), write(2)]]);
    expect(findUnauditedWrites(["BEGIN", "BEGIN", write(1), "ROLLBACK", write(2), "ROLLBACK"])).toEqual([]);
  });

  it("does not exempt other changes to a token, such as revoking it", () => {
    const revoke = "UPDATE `main`.`ApiToken` SET `revokedAt` = ? WHERE `main`.`ApiToken`.`id` = ?";
    expect(findUnauditedWrites(["BEGIN", revoke, "COMMIT"])).toEqual([[revoke]]);
  });
});
