import leven from 'leven';

/**
 * The known key closest to `key` by edit distance (letter case aside), when
 * it is close enough to be a typo: at most one edit in keys of up to three
 * letters, two up to five, three beyond (`seed` → `seeds`, `nmae` → `name`,
 * `licence` → `license`); `undefined` otherwise, and for a tie, which would
 * be a guess.
 */
export function closest(key: string, known: readonly string[]): string | undefined {
  const limit = key.length <= 3 ? 1 : key.length <= 5 ? 2 : 3;
  const scored = known.map((name) => ({ name, distance: leven(key.toLowerCase(), name.toLowerCase()) })).filter((entry) => entry.distance <= limit);
  const best = Math.min(...scored.map((entry) => entry.distance));
  const nearest = scored.filter((entry) => entry.distance === best);
  return nearest.length === 1 ? nearest[0]!.name : undefined;
}
