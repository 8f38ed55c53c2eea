// generator/emit/ts-morph.ts writes out the ts-morph enum values the emitters
// use, so that emitting loads ts-morph only when it prints or compiles: they
// must be ts-morph's own.
import { StructureKind as Kind, VariableDeclarationKind as DeclarationKind } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { StructureKind, VariableDeclarationKind } from '../../generator/emit/ts-morph.js';

describe('the structure kinds written out', () => {
  it.each(Object.entries(StructureKind))('%s is ts-morph’s', (name, value) => {
    expect(value).toBe(Kind[name as keyof typeof Kind]);
  });

  it('const is ts-morph’s', () => {
    expect(VariableDeclarationKind.Const).toBe(DeclarationKind.Const);
  });
});
