import { randomUUID } from "node:crypto";
import { formatDisaggregationKey } from "@/lib/indicators/disaggregation";
import { deriveUniqueCode } from "./open-sdg-codes";

export type ExistingDimension = {
  id: string;
  code: string;
  name: string;
  position: number;
  members: { id: string; code: string; name: string; position: number }[];
};

export type PlannedMember = { id: string; code: string; name: string; position: number; isNew: boolean };
export type PlannedDimension = {
  id: string;
  code: string;
  name: string;
  position: number;
  isNew: boolean;
  /** By member name. */
  members: Map<string, PlannedMember>;
};

/**
 * The workspace's disaggregation dimensions as an import needs them: a file's column is the
 * dimension of that exact name, or a new one with a code derived from the name; a cell is the
 * member of that exact name, or a new one. Resolving names to codes is what turns a file's
 * row into the tracker's disaggregation key.
 */
export class DimensionCatalogue {
  private readonly byName = new Map<string, PlannedDimension>();
  private readonly codes: Set<string>;
  private readonly memberCodes = new Map<string, Set<string>>();
  private readonly nextMemberPosition = new Map<string, number>();
  private nextPosition: number;

  constructor(
    existing: readonly ExistingDimension[],
    private readonly newId: () => string = randomUUID,
  ) {
    this.codes = new Set(existing.map((dimension) => dimension.code));
    this.nextPosition = Math.max(-1, ...existing.map((dimension) => dimension.position)) + 1;
    for (const dimension of [...existing].sort((a, b) => a.position - b.position)) {
      if (this.byName.has(dimension.name)) continue;
      this.byName.set(dimension.name, {
        ...dimension,
        isNew: false,
        members: new Map(dimension.members.map((member) => [member.name, { ...member, isNew: false }])),
      });
      this.memberCodes.set(dimension.id, new Set(dimension.members.map((member) => member.code)));
      this.nextMemberPosition.set(dimension.id, Math.max(-1, ...dimension.members.map((member) => member.position)) + 1);
    }
  }

  dimension(name: string): PlannedDimension {
    const known = this.byName.get(name);
    if (known) return known;
    const dimension: PlannedDimension = {
      id: this.newId(),
      code: deriveUniqueCode(name, this.codes, "DIMENSION"),
      name,
      position: this.nextPosition++,
      isNew: true,
      members: new Map(),
    };
    this.byName.set(name, dimension);
    this.memberCodes.set(dimension.id, new Set());
    this.nextMemberPosition.set(dimension.id, 0);
    return dimension;
  }

  member(dimension: PlannedDimension, name: string): PlannedMember {
    const known = dimension.members.get(name);
    if (known) return known;
    const position = this.nextMemberPosition.get(dimension.id)!;
    this.nextMemberPosition.set(dimension.id, position + 1);
    const member: PlannedMember = {
      id: this.newId(),
      code: deriveUniqueCode(name, this.memberCodes.get(dimension.id)!, "MEMBER"),
      name,
      position,
      isNew: true,
    };
    dimension.members.set(name, member);
    return member;
  }

  /** The disaggregation key of a row: column name -> cell, as the tracker stores it ("SEX=F"). */
  keyOf(disaggregation: Record<string, string>): string {
    const codes: Record<string, string> = {};
    for (const [column, cell] of Object.entries(disaggregation)) {
      const dimension = this.dimension(column);
      codes[dimension.code] = this.member(dimension, cell).code;
    }
    return formatDisaggregationKey(codes);
  }

  all(): PlannedDimension[] {
    return [...this.byName.values()];
  }
}
