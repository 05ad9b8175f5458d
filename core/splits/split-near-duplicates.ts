/** Plain code-unit order, not localeCompare, so keys don't depend on the machine's locale. */
export const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Groups ids connected by near-duplicate pairs (transitively: a~b and b~c puts a, b, c together)
 * with union-find. The group key is the smallest id of the group among `ids`, so it is stable
 * whatever order the pairs arrive in. Pairs may name ids outside `ids` (a painting not in this
 * snapshot); they still link the ids they touch, since a~x~b means a and b look alike too.
 */
export function groupNearDuplicates(
  ids: readonly string[],
  pairs: readonly (readonly [string, string])[],
): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    // Path compression keeps long chains of pairs near-linear.
    while (x !== root) {
      const next = parent.get(x)!;
      parent.set(x, root);
      x = next;
    }
    return root;
  };
  const union = (a: string, b: string) => {
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  };
  for (const [a, b] of pairs) union(a, b);

  const smallestByRoot = new Map<string, string>();
  for (const id of ids) {
    const root = find(id);
    const current = smallestByRoot.get(root);
    if (current === undefined || compareIds(id, current) < 0) smallestByRoot.set(root, id);
  }
  return new Map(ids.map((id) => [id, smallestByRoot.get(find(id))!]));
}
