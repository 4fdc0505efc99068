import { z } from "zod";
import { AppError } from "@/lib/errors";
import { libText } from "@/lib/i18n/lib-text";

/**
 * Where a page of a framework's values ends, in the order the list is sorted by: the
 * indicator's position, the year, the disaggregation, and the identity for ties. Opaque to
 * clients (base64url JSON), so the order can change without breaking their code.
 */
export type ValueCursor = { position: number; year: number; disaggregation: string; identityId: string };

const cursorSchema = z.tuple([z.number().int(), z.number().int(), z.string().max(500), z.string().min(1).max(100)]);

export const valueCursor = {
  encode(cursor: ValueCursor): string {
    return Buffer.from(JSON.stringify([cursor.position, cursor.year, cursor.disaggregation, cursor.identityId])).toString("base64url");
  },
  /** The cursor a client sent back; a 400 when it is not one this API gave out. */
  decode(text: string): ValueCursor {
    let parsed: unknown;
    try {
      parsed = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
    } catch {
      parsed = null;
    }
    const result = cursorSchema.safeParse(parsed);
    if (!result.success) throw new AppError("BAD_REQUEST", libText("errors.cursorNotValid"));
    const [position, year, disaggregation, identityId] = result.data;
    return { position, year, disaggregation, identityId };
  },
};
