import { describe, expect, it } from "vitest";
import { consensus } from "@/core/quality/consensus";
import type { Annotation } from "@/core/quality/group-ratings";

const rate = (itemId: string, raterId: string, label: string): Annotation => ({ itemId, raterId, label });

describe("consensus", () => {
  const annotations = [
    rate("1", "A", "x"), rate("1", "B", "x"), rate("1", "C", "y"),
    rate("2", "A", "x"), rate("2", "B", "y"), rate("2", "C", "x"),
    rate("3", "A", "y"), rate("3", "B", "y"), rate("3", "C", "y"),
    rate("4", "C", "x"), rate("4", "D", "x"),
    rate("5", "E", "y"),
    rate("6", "A", "x"), rate("6", "B", "y"),
  ];

  it("gives the plurality label per item, null on a tie", () => {
    expect(consensus(annotations).items).toEqual([
      { itemId: "1", label: "x", votes: 3, topVotes: 2 },
      { itemId: "2", label: "x", votes: 3, topVotes: 2 },
      { itemId: "3", label: "y", votes: 3, topVotes: 3 },
      { itemId: "4", label: "x", votes: 2, topVotes: 2 },
      { itemId: "5", label: "y", votes: 1, topVotes: 1 },
      { itemId: "6", label: null, votes: 2, topVotes: 1 },
    ]);
  });

  it("scores raters against the others' consensus, leaving their own vote out", () => {
    // A: item 1 others {B x, C y} tie -> skip; item 2 others {B y, C x} tie -> skip;
    //    item 3 others y,y -> A y matches; item 6 others {B y} -> A x misses   => 1/2
    // B: item 1 others {A x, C y} tie; item 2 others x,x vs B y miss; item 3 match; item 6 others {A x} vs y miss => 1/3
    // C: item 1 others x,x vs C y miss; item 2 others {A x, B y} tie; item 3 match; item 4 others {D x} match => 2/3
    // D: item 4 others {C x} match => 1/1;  E: item 5 has no other rater => nothing compared
    expect(consensus(annotations).raters).toEqual([
      { raterId: "A", agreement: 0.5, compared: 2 },
      { raterId: "B", agreement: 1 / 3, compared: 3 },
      { raterId: "C", agreement: 2 / 3, compared: 3 },
      { raterId: "D", agreement: 1, compared: 1 },
      { raterId: "E", agreement: null, compared: 0 },
    ]);
  });

  it("handles no annotations and numeric labels", () => {
    expect(consensus([])).toEqual({ items: [], raters: [] });
    const numeric = consensus([
      { itemId: "1", raterId: "A", label: 1 },
      { itemId: "1", raterId: "B", label: 1 },
    ]);
    expect(numeric.items[0].label).toBe(1);
    expect(numeric.raters.map((r) => r.agreement)).toEqual([1, 1]);
  });
});
