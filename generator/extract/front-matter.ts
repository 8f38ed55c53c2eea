import { createRequire } from 'node:module';
import type { Definition, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import type * as YamlModule from 'yaml';
import { report } from '../diagnostics.js';
import type { FrontMatter, Point, Span } from '../model.js';
import { spanOf } from './span.js';

const titlePattern = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?: (\d{1,2}):(\d{2}))?((?:\|[^|]*)*)$/;
const yamlDate = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?(Z|[+-]\d{2}:\d{2})?$/;

type Yaml = Extract<RootContent, { type: 'yaml' }>;

/** The YAML parser, loaded for the first document that has YAML front matter (30 ms; the seed has none): its Node.js entry is CommonJS. */
let yaml: typeof YamlModule | undefined;
const yamlParser = () => (yaml ??= createRequire(import.meta.url)('yaml') as typeof YamlModule);

/**
 * Read the front matter: YAML (`title`, `date`, `tags`; other keys are the
 * document's own and left alone) or the comment `[//]:# "2024/11/7 14:33|api"`,
 * a root-level definition labelled `//` whose title is `DATE|TAG|TAG...`.
 * Dates become ISO-style local times as written (`2024-11-07T14:33`),
 * computed by hand: no `Date`, no time zone.
 */
export function extractFrontMatter(tree: Root, file: VFile): FrontMatter | undefined {
  const yaml = tree.children.find((node): node is Yaml => node.type === 'yaml');
  const comments = tree.children.filter((node): node is Definition => node.type === 'definition' && node.label === '//');
  const [first, ...others] = yaml ? [yaml, ...comments] : comments;
  for (const other of others) {
    report(
      file,
      'error',
      'front-matter-duplicate',
      `Found a second front-matter comment \`[//]:# "..."\`; expected one, and there is one on line ${first!.position!.start.line}${first!.type === 'yaml' ? ' (YAML)' : ''}: merge them into that ${first!.type === 'yaml' ? 'front matter' : 'line'}`,
      spanOf(other),
    );
  }
  if (!first) {
    report(
      file,
      'info',
      'front-matter-missing',
      'Found no front matter; it is optional: write `[//]:# "YYYY/M/D H:MM|tag"` as the first line, or YAML (`title:`, `date:`, `tags:`), to record a date and tags',
      { line: 1, column: 1 },
    );
    return undefined;
  }
  return first.type === 'yaml' ? readYaml(first, file) : readComment(first, file);
}

function readComment(node: Definition, file: VFile): FrontMatter | undefined {
  const span = spanOf(node);
  const title = node.title ?? '';
  const match = titlePattern.exec(title);
  if (!match) {
    report(
      file,
      'error',
      'front-matter-format',
      `Found ${title === '' ? 'an empty front-matter title' : `the front-matter title \`${title}\``}; expected \`DATE|TAG...\`: write it as \`YYYY/M/D\` or \`YYYY/M/D H:MM\`, then \`|\` and each tag (\`2024/11/7 14:33|api\`)`,
      span,
    );
    return undefined;
  }
  const [, year, month, day, hour, minute, rest] = match;
  const date = checkedDate(file, span, title.split('|')[0]!, year!, month!, day!, hour, minute);
  if (date === undefined) return undefined;
  const tags = rest!.split('|').slice(1).map((tag) => tag.trim());
  if (tags.some((tag) => tag === '')) {
    report(file, 'error', 'front-matter-format', `Found an empty tag in \`${title}\`; expected \`DATE|TAG|TAG\` with no empty tag: remove the extra \`|\``, span);
    return undefined;
  }
  return { date, tags, span };
}

function readYaml(node: Yaml, file: VFile): FrontMatter | undefined {
  const span = spanOf(node);
  const document = yamlParser().parseDocument(node.value, { prettyErrors: false, uniqueKeys: true });
  const [error] = document.errors;
  if (error) {
    // Lines of the YAML start one line after the opening `---`.
    const place: Point = error.linePos ? { line: span.start.line + error.linePos[0].line, column: error.linePos[0].col } : span.start;
    report(file, 'error', 'front-matter-format', `Found YAML front matter that does not parse (${error.message.split('\n')[0]}); expected YAML keys such as \`title:\`, \`date:\`, \`tags:\`: fix the YAML`, place);
    return undefined;
  }
  const data: unknown = document.toJS();
  if (data === null || data === undefined) return { date: undefined, tags: [], span };
  if (typeof data !== 'object' || Array.isArray(data)) return badKey(file, span, 'the front matter', 'YAML keys such as `title:`, `date:`, `tags:`');
  const { title, date, tags } = data as Record<string, unknown>;
  if (title !== undefined && typeof title !== 'string') return badKey(file, span, '`title`', 'text');
  if (tags !== undefined && typeof tags !== 'string' && !(Array.isArray(tags) && tags.every((tag) => typeof tag === 'string' || typeof tag === 'number'))) {
    return badKey(file, span, '`tags`', 'a list of tags, or one tag');
  }
  const tagList = (tags === undefined ? [] : Array.isArray(tags) ? tags.map(String) : [tags]).map((tag) => tag.trim());
  if (tagList.some((tag) => tag === '')) return badKey(file, span, '`tags` with an empty tag', 'tags that are not empty');
  let iso: string | undefined;
  if (date !== undefined) {
    const match = typeof date === 'string' ? yamlDate.exec(date.trim()) : null;
    if (!match) return badKey(file, span, `\`date\` (${JSON.stringify(date)})`, '`YYYY-MM-DD`, `YYYY-MM-DD HH:MM` or `YYYY-MM-DDTHH:MM:SS`, with an optional `Z` or offset');
    const [, year, month, day, hour, minute, second, zone] = match;
    iso = checkedDate(file, span, String(date), year!, month!, day!, hour, minute);
    if (iso === undefined) return undefined;
    if (second !== undefined) {
      if (+second > 59) return badKey(file, span, `\`date\` (${JSON.stringify(date)}), which has no second ${+second}`, 'a real time');
      iso += `:${second}`;
    }
    if (zone !== undefined) iso += zone;
  }
  return { date: iso, tags: tagList, ...(title === undefined ? {} : { title }), span };
}

function badKey(file: VFile, span: Span, found: string, expected: string): undefined {
  report(file, 'error', 'front-matter-format', `Found ${found} in the YAML front matter; expected ${expected}: correct it`, span);
  return undefined;
}

/** `2024-11-07T14:33` from its parts, or `undefined` after reporting an impossible date. */
function checkedDate(file: VFile, span: Span, written: string, year: string, month: string, day: string, hour: string | undefined, minute: string | undefined): string | undefined {
  const problem = impossibleDate(+year, +month, +day, hour === undefined ? 0 : +hour, minute === undefined ? 0 : +minute);
  if (problem) {
    report(file, 'error', 'front-matter-date', `Found the date \`${written}\`, ${problem}; expected a real date and time: correct it`, span);
    return undefined;
  }
  return `${year}-${pad(month)}-${pad(day)}` + (hour === undefined ? '' : `T${pad(hour)}:${minute}`);
}

function pad(value: string): string {
  return value.padStart(2, '0');
}

function impossibleDate(year: number, month: number, day: number, hour: number, minute: number): string | undefined {
  if (month < 1 || month > 12) return `which has no month ${month}`;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  if (day < 1 || day > days) return `which has no day ${day} in month ${month}`;
  if (hour > 23) return `which has no hour ${hour}`;
  if (minute > 59) return `which has no minute ${minute}`;
  return undefined;
}
