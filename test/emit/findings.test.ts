// Docs carry the findings: the committed package's TSDoc (`@remarks`) and
// README mark every row the registry rules have something to say about.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownText, tsdocText } from '../../generator/emit/escape.js';
import { rowFindings } from '../../generator/validate/index.js';
import { readText, root, seedBytes } from '../helpers.js';

const enumSource = readFileSync(join(root, 'generated/src/http-status/enum.ts'), 'utf8');
const readme = readFileSync(join(root, 'generated/README.md'), 'utf8');
const { table: seed } = readText(seedBytes, 'http-status');

/** The doc comment right before `Name = code,` in the enum. */
function memberDoc(name: string, code: number): string {
  const member = enumSource.indexOf(`  ${name} = ${code},`);
  expect(member).toBeGreaterThan(-1);
  const start = enumSource.lastIndexOf('/**', member);
  return enumSource.slice(start, member);
}

/** The README table row of a code. */
function readmeRow(code: number): string {
  return readme.split('\n').find((line) => line.startsWith(`| ${code} | `)) ?? '';
}

describe('the generated docs of seeds/http-status.md', () => {
  it('show the registry finding of SeeOther203 under @remarks, and in its README row', () => {
    const doc = memberDoc('SeeOther203', 203);
    expect(doc).toMatch(/\* @remarks\n\s+\* The HTTP status registry names 203 "Non-Authoritative Information"; "See Other" is 303\.\n/);
    expect(readmeRow(203)).toBe('| 203 | `SeeOther203` | See Other | 重定向，如重定向到登录页面 | The HTTP status registry names 203 "Non-Authoritative Information"; "See Other" is 303. |');
  });

  it('carry 419’s former name', () => {
    expect(memberDoc('AuthenticationTimeout', 419)).toContain('It is known as "Page Expired" from Laravel framework, formerly known as "Authentication Timeout".');
  });

  it('have no @remarks and an empty note for a row without findings', () => {
    expect(memberDoc('Ok', 200)).not.toContain('@remarks');
    expect(readmeRow(200)).toMatch(/ \|  \|$/);
  });

  it('carry every finding of every row, in the enum and the README', () => {
    const names = new Map(seed!.rows.map((row, index) => [row, seed!.names[index]!]));
    let marked = 0;
    for (const row of seed!.rows) {
      const findings = rowFindings(row, seed!);
      const doc = memberDoc(names.get(row)!, row.code as number);
      expect(doc.includes('@remarks')).toBe(findings.length > 0);
      for (const finding of findings) {
        expect(doc).toContain(tsdocText(finding.note));
        expect(readmeRow(row.code as number)).toContain(markdownText(finding.note));
      }
      if (findings.length > 0) marked++;
    }
    expect(marked).toBe(14);
  });
});
