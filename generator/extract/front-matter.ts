import type { Definition, Root } from 'mdast';
import type { VFile } from 'vfile';
import { report } from '../diagnostics.js';
import type { FrontMatter } from '../model.js';
import { spanOf } from './span.js';

const titlePattern = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?: (\d{1,2}):(\d{2}))?((?:\|[^|]*)*)$/;

/**
 * Read the front-matter comment `[//]:# "2024/11/7 14:33|api"`: a root-level
 * definition labelled `//` whose title is `DATE|TAG|TAG...`. The date becomes
 * an ISO-style local time (`2024-11-07T14:33`), computed by hand: no `Date`,
 * no time zone.
 */
export function extractFrontMatter(tree: Root, file: VFile): FrontMatter | undefined {
  const definitions = tree.children.filter(
    (node): node is Definition => node.type === 'definition' && node.label === '//',
  );
  const [first, ...others] = definitions;
  for (const other of others) {
    report(
      file,
      'error',
      'front-matter-duplicate',
      `Found a second front-matter comment \`[//]:# "..."\`; expected one, and there is one on line ${first!.position!.start.line}: merge them into that line`,
      spanOf(other),
    );
  }
  if (!first) {
    report(
      file,
      'info',
      'front-matter-missing',
      'Found no front-matter comment; it is optional: write `[//]:# "YYYY/M/D H:MM|tag"` as the first line to record a date and tags',
      { line: 1, column: 1 },
    );
    return undefined;
  }
  const span = spanOf(first);
  const title = first.title ?? '';
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
  const problem = impossibleDate(+year!, +month!, +day!, hour === undefined ? 0 : +hour, minute === undefined ? 0 : +minute);
  if (problem) {
    report(file, 'error', 'front-matter-date', `Found the date \`${title.split('|')[0]}\`, ${problem}; expected a real date and time: correct it`, span);
    return undefined;
  }
  const tags = rest!.split('|').slice(1).map((tag) => tag.trim());
  if (tags.some((tag) => tag === '')) {
    report(file, 'error', 'front-matter-format', `Found an empty tag in \`${title}\`; expected \`DATE|TAG|TAG\` with no empty tag: remove the extra \`|\``, span);
    return undefined;
  }
  const date = `${year}-${pad(month!)}-${pad(day!)}` + (hour === undefined ? '' : `T${pad(hour)}:${minute}`);
  return { date, tags, span };
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
