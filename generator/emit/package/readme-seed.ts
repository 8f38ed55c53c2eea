import type { NamedSeed } from '../../model.js';
import { seedNames } from '../../names/seed.js';
import { rowFindings } from '../../validate/index.js';
import { type ApiEntry, exampleBlock, seedApi } from '../api.js';
import { markdownText } from '../escape.js';
import { classNames, statusClasses } from '../status-classes.js';

/** The README section of one seed: where it comes from, every export with an example, the status classes, every code. */
export function seedSection(seed: NamedSeed, pkg: string): string[] {
  const names = seedNames(seed.slug);
  const title = seed.title === undefined ? seed.slug : markdownText(seed.title);
  const kind = seed.kind === 'http' ? 'an HTTP status table' : 'a generic code table';
  const dated = seed.frontMatter ? `, dated ${markdownText(seed.frontMatter.date)}` : '';
  const api = seedApi(seed);
  const perClass = new Set(statusClasses.flatMap((entry) => Object.values(classNames(entry, names.pascal))));
  return [
    `## ${title}`,
    '',
    `From \`${markdownText(seed.path)}\`, read as ${kind}${dated}: ${seed.rows.length} codes. Import it from \`${pkg}\` or \`${pkg}/${seed.slug}\`.`,
    '',
    ...seed.intro.flatMap((paragraph) => [markdownText(paragraph), '']),
    '### API',
    '',
    ...api.filter((entry) => !perClass.has(entry.name)).flatMap((entry) => exportSection(entry, pkg, seed.slug)),
    ...(seed.kind === 'http' ? classSection(seed, api, pkg) : []),
    '### Codes',
    '',
    '| Code | Member | Phrase | Description | Note |',
    '| --- | --- | --- | --- | --- |',
    ...seed.rows.map((row, index) => {
      const note = rowFindings(row, seed).map((finding) => markdownText(finding.note)).join(' ');
      return `| ${row.code} | \`${seed.names[index]}\` | ${markdownText(row.phrase)} | ${markdownText(row.description.text)} | ${note} |`;
    }),
    '',
  ];
}

function exportSection(entry: ApiEntry, pkg: string, slug: string): string[] {
  return [`#### \`${entry.name}\` (${entry.kind})`, '', entry.summary, '', ...exampleBlock(entry, pkg, slug), ''];
}

/** One row per class (its codes in the document, its union type, its guard), then every guard in one example. */
function classSection(seed: NamedSeed, api: readonly ApiEntry[], pkg: string): string[] {
  const names = seedNames(seed.slug);
  const codes = seed.rows.map((row) => row.code);
  const guards = statusClasses.map((entry) => api.find((candidate) => candidate.name === classNames(entry, names.pascal).guard)!);
  return [
    '### Status classes',
    '',
    `Each class has a literal union of the document's codes in it and a type guard that narrows to that union.`,
    '',
    '| Class | Range | Codes in the document | Type | Guard |',
    '| --- | --- | --- | --- | --- |',
    ...statusClasses.map((entry) => {
      const { type, guard } = classNames(entry, names.pascal);
      const inside = codes.filter(entry.has);
      return `| \`${entry.key}\` | ${entry.range} | ${inside.length === 0 ? 'none (`never`)' : inside.join(', ')} | \`${type}\` | \`${guard}\` |`;
    }),
    '',
    ...exampleBlock({ imports: guards.map((guard) => guard.name), code: guards.flatMap((guard) => guard.code) }, pkg, seed.slug),
    '',
  ];
}
