// How parse time grows with hostile input: times the generator's parser
// (unified + remark-parse + remark-gfm, as `parseMarkdown` runs it) on inputs
// of each family, doubling their size until one parse takes longer than the
// budget, and prints the seconds and the growth exponent per doubling
// (1 is linear, 2 quadratic). Run `npm run build:generator` first.
//
//   node bench/parse-growth.mjs [--budget <s>] [--max <chars>] [--family <name>] [--context cell|paragraph|lines]
//
// Each family is one unit repeated: in a table cell (`200 OK|…`, one line), in
// a paragraph of 80-character lines, or on separate lines (one block each).
import { parseArgs } from 'node:util';
import { parseMarkdown } from '../dist/parse/index.js';

export const families = {
  'emphasis *_': '*_',
  'emphasis *a': '*a',
  'emphasis _a': '_a',
  'strong **a': '**a',
  'strikethrough ~a': '~a',
  'strikethrough ~~a': '~~a',
  'mixed *_~': '*_~a',
  'comment <!--': '<!--',
  'html <a': '<a ',
  'html </a': '</a',
  'html <?': '<?',
  'html <!X': '<!X',
  'cdata <![CDATA[': '<![CDATA[',
  'autolink <http:': '<http:',
  'autolink <a@': '<a@',
  'bracket [': '[',
  'bracket ![': '![',
  'link [a](': '[a](',
  'link ](': '](',
  'link [a]': '[a]',
  'footnote [^': '[^a',
  'backtick `': '`a',
  'backticks ``': '``a',
  'entity &a': '&a',
  'entity &#': '&#',
  'escape \\': '\\',
  'literal www.': 'www.',
  'literal http://': 'http://',
  'literal a@': 'a@',
  'literal a.': 'a.',
  'pipe |': '|a',
  'text': 'ab',
  // Built whole: one list item a line, each indented one level deeper (the context is ignored).
  'nested list': (size) => {
    let text = '';
    for (let depth = 0; text.length < size; depth++) text += `${'  '.repeat(depth)}- a\n`;
    return text;
  },
  'nested list, blank lines': (size) => {
    let text = '';
    for (let depth = 0; text.length < size; depth++) text += `${'  '.repeat(depth)}- a\n\n`;
    return text;
  },
  'nested quote lines': (size) => {
    let text = '';
    for (let depth = 1; text.length < size; depth = (depth % 60) + 1) text += `${'>'.repeat(depth)} a\n`;
    return text;
  },
};

const { values } = parseArgs({
  options: {
    budget: { type: 'string', default: '1.5' },
    max: { type: 'string', default: '256000' },
    family: { type: 'string', multiple: true },
    context: { type: 'string', multiple: true },
  },
});
const budget = Number(values.budget);
const max = Number(values.max);
const contexts = values.context ?? ['cell', 'paragraph'];

/** `size` characters of `unit` repeated, placed in `context`. */
export function hostileText(unit, size, context) {
  if (typeof unit === 'function') return unit(size);
  const text = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  if (context === 'cell') return `Code | Description\n---|---\n200 OK|${text}\n`;
  // A paragraph of 80-character lines, each starting with `x` so that no line opens a block of its own.
  const lines = [];
  for (let start = 0; start < text.length; start += 79) lines.push(`x${text.slice(start, start + 79)}`);
  return `${lines.join('\n')}\n`;
}

/** Wall and CPU seconds of one parse. */
function time(text) {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  parseMarkdown(text);
  const used = process.cpuUsage(cpu);
  return { wall: Number(process.hrtime.bigint() - start) / 1e9, cpu: (used.user + used.system) / 1e6 };
}

time(hostileText('ab', 1000, 'cell')); // warm up
console.log('family\tcontext\tcharacters\twall s\tcpu s\texponent (cpu)');
for (const [name, unit] of Object.entries(families)) {
  if (values.family && !values.family.includes(name)) continue;
  for (const context of contexts) {
    let previous;
    for (let size = 4000; size <= max; size *= 2) {
      const { wall, cpu } = time(hostileText(unit, size, context));
      const exponent = previous ? Math.log2(cpu / previous).toFixed(2) : '';
      console.log(`${name}\t${context}\t${size}\t${wall.toFixed(3)}\t${cpu.toFixed(3)}\t${exponent}`);
      previous = cpu;
      if (wall > budget) break;
    }
  }
}
