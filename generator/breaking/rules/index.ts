import type { BreakingRule } from '../types.js';
import { codeAdded } from './code-added.js';
import { codeRemoved } from './code-removed.js';
import { fieldAdded } from './field-added.js';
import { fieldRemoved } from './field-removed.js';
import { kindChanged } from './kind-changed.js';
import { memberRenamed } from './member-renamed.js';
import { moduleRenamed } from './module-renamed.js';
import { tableAdded } from './table-added.js';
import { tableRemoved } from './table-removed.js';
import { tableRenamed } from './table-renamed.js';
import { textChanged } from './text-changed.js';
import { valueChanged } from './value-changed.js';

export { versionBump } from './version-bump.js';

/**
 * The breaking-change rules, in the order they run and the README lists
 * them: what goes with a whole table first, then its entries' properties,
 * then its rows, breaking changes before additions before text.
 */
export const breakingRules: readonly BreakingRule[] = [
  tableRemoved,
  tableRenamed,
  moduleRenamed,
  kindChanged,
  fieldRemoved,
  codeRemoved,
  memberRenamed,
  valueChanged,
  codeAdded,
  fieldAdded,
  tableAdded,
  textChanged,
];
