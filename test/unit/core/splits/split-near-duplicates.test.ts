import { describe, expect, it } from "vitest";
import { groupNearDuplicates } from "@/core/splits/split-near-duplicates";

describe("groupNearDuplicates", () => {
  it("keys each group by its smallest id", () => {
    // b~c -> {b, c} keyed b; d~e -> {d, e} keyed d; a alone
    const groups = groupNearDuplicates(["a", "b", "c", "d", "e"], [["c", "b"], ["d", "e"]]);
    expect(Object.fromEntries(groups)).toEqual({ a: "a", b: "b", c: "b", d: "d", e: "d" });
  });

  it("follows chains transitively whatever the pair order", () => {
    // e~d, d~c -> {c, d, e}; also reversed input order gives the same key
    const ids = ["c", "d", "e"];
    expect(Object.fromEntries(groupNearDuplicates(ids, [["e", "d"], ["d", "c"]]))).toEqual({ c: "c", d: "c", e: "c" });
    expect(Object.fromEntries(groupNearDuplicates([...ids].reverse(), [["c", "d"], ["d", "e"]]))).toEqual({ c: "c", d: "c", e: "c" });
  });

  it("links ids through a painting outside the list but never keys a group by it", () => {
    // p10 ~ x ~ p2 where x is not in the snapshot: p10 and p2 share a group keyed by "p10"
    // ("p10" < "p2" in code-unit order, as "1" < "2")
    const groups = groupNearDuplicates(["p2", "p10"], [["p10", "x"], ["x", "p2"]]);
    expect(Object.fromEntries(groups)).toEqual({ p2: "p10", p10: "p10" });
  });

  it("leaves ids without pairs alone and tolerates self-pairs and repeats", () => {
    const groups = groupNearDuplicates(["a", "b"], [["a", "a"], ["a", "b"], ["b", "a"]]);
    expect(Object.fromEntries(groups)).toEqual({ a: "a", b: "a" });
    expect(groupNearDuplicates([], [])).toEqual(new Map());
  });
});
