import { describe, expect, it } from 'vitest';
import { useColor } from '../../generator/report/color.js';

const colourTty = { isTTY: true, hasColors: () => true };
const monoTty = { isTTY: true, hasColors: () => false };
const pipe = { isTTY: false };

describe.each([
  ['a pipe', { env: {}, stream: pipe, want: false }],
  ['a colour terminal', { env: {}, stream: colourTty, want: true }],
  ['a terminal without colours', { env: {}, stream: monoTty, want: false }],
  ['NO_COLOR=1 on a colour terminal', { env: { NO_COLOR: '1' }, stream: colourTty, want: false }],
  ['NO_COLOR set but empty', { env: { NO_COLOR: '' }, stream: colourTty, want: true }],
  ['NO_COLOR=1 with FORCE_COLOR=1', { env: { NO_COLOR: '1', FORCE_COLOR: '1' }, stream: colourTty, want: false }],
  ['FORCE_COLOR=0 on a colour terminal', { env: { FORCE_COLOR: '0' }, stream: colourTty, want: false }],
  ['FORCE_COLOR=1 on a pipe', { env: { FORCE_COLOR: '1' }, stream: pipe, want: true }],
  ['FORCE_COLOR=3 on a pipe', { env: { FORCE_COLOR: '3' }, stream: pipe, want: true }],
  ['FORCE_COLOR=true on a pipe', { env: { FORCE_COLOR: 'true' }, stream: pipe, want: true }],
  ['FORCE_COLOR=false on a colour terminal', { env: { FORCE_COLOR: 'false' }, stream: colourTty, want: false }],
  ['FORCE_COLOR set but empty, on a pipe', { env: { FORCE_COLOR: '' }, stream: pipe, want: false }],
  ['FORCE_COLOR not a number, on a pipe', { env: { FORCE_COLOR: 'yes' }, stream: pipe, want: false }],
])('useColor with %s', (_name, { env, stream, want }) => {
  it(`is ${want ? 'on' : 'off'}`, () => {
    expect(useColor(env, stream)).toBe(want);
  });
});
