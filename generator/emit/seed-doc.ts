import type { Seed } from '../model.js';
import { tsdocText } from './escape.js';

/** Doc paragraphs that introduce a seed's exports: what, from where, the intro and the front-matter. */
export function seedSummary(seed: Seed, lead: string): string[] {
  const title = seed.title === undefined ? '' : ` ${tsdocText(seed.title)}`;
  const paragraphs = [`${lead}${title}, from ${tsdocText(seed.path)}.`, ...seed.intro.map(tsdocText)];
  const front = seed.frontMatter;
  if (front) {
    const tags = front.tags.length === 0 ? '' : `; tags: ${front.tags.map(tsdocText).join(', ')}`;
    paragraphs.push(`Dated ${tsdocText(front.date)}${tags}.`);
  }
  return paragraphs;
}
