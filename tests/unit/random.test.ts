import { describe, expect, it } from "vitest";
import { createRandom } from "@/lib/demo/random";

describe("createRandom", () => {
  const draw = (seed: string) => {
    const random = createRandom(seed);
    return {
      next: Array.from({ length: 20 }, () => random.next()),
      between: random.between(-5, 5),
      integer: random.integer(1, 6),
      chance: Array.from({ length: 10 }, () => random.chance(0.5)),
      pick: random.pick(["a", "b", "c", "d"]),
      shuffle: random.shuffle([1, 2, 3, 4, 5, 6, 7, 8]),
    };
  };

  it("gives the same sequence for the same seed", () => {
    expect(draw("capacitas")).toEqual(draw("capacitas"));
  });

  it("gives a different sequence for a different seed", () => {
    expect(draw("capacitas").next).not.toEqual(draw("capacitas2").next);
  });

  it("draws next() uniformly from [0, 1)", () => {
    const random = createRandom("range");
    const draws = Array.from({ length: 2000 }, () => random.next());
    expect(draws.every((draw) => draw >= 0 && draw < 1)).toBe(true);
    const mean = draws.reduce((sum, draw) => sum + draw, 0) / draws.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
  });

  it("keeps between() and integer() inside their bounds and reaches both integer ends", () => {
    const random = createRandom("bounds");
    const integers = new Set<number>();
    for (let index = 0; index < 500; index += 1) {
      const between = random.between(2, 3);
      expect(between).toBeGreaterThanOrEqual(2);
      expect(between).toBeLessThan(3);
      const integer = random.integer(1, 3);
      expect(Number.isInteger(integer)).toBe(true);
      integers.add(integer);
    }
    expect([...integers].sort()).toEqual([1, 2, 3]);
  });

  it("treats chance(0) as never and chance(1) as always", () => {
    const random = createRandom("chance");
    for (let index = 0; index < 100; index += 1) {
      expect(random.chance(0)).toBe(false);
      expect(random.chance(1)).toBe(true);
    }
  });

  it("shuffles into a permutation without changing the input", () => {
    const items = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const shuffled = createRandom("shuffle").shuffle(items);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
    expect(items).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it("refuses to pick from an empty list", () => {
    expect(() => createRandom("empty").pick([])).toThrow("Cannot pick from an empty list");
  });
});
