import { describe, expect, it } from "vitest";
import { asAppError, DATABASE_BUSY_MESSAGE } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";

const prismaError = (code: string, message: string) => new Prisma.PrismaClientKnownRequestError(message, { code, clientVersion: "6.19.3" });

describe("database failures as answers", () => {
  it("answers a transaction that found no free connection in time as a busy database (503), not a 500", () => {
    const answer = asAppError(prismaError("P2028", "Transaction API error: Unable to start a transaction in the given time."));
    expect(answer?.status).toBe(503);
    expect(answer?.message).toBe(DATABASE_BUSY_MESSAGE);
  });

  it("leaves other transaction failures to be logged as bugs", () => {
    expect(
      asAppError(
        prismaError("P2028", "Transaction API error: Transaction already closed: a commit cannot be executed on an expired transaction."),
      ),
    ).toBeNull();
  });
});
