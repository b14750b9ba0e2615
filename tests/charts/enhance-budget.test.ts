import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CHART_ENHANCE_SOURCE_BUDGET } from '../support/budgets.ts';

describe('chart-enhance.ts', () => {
  it('stays under 6 kB gzipped once its types are stripped', () => {
    const source = readFileSync(new URL('../../src/scripts/chart-enhance.ts', import.meta.url), 'utf8');
    const js = ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, removeComments: true } }).outputText;
    expect(gzipSync(js).length).toBeLessThan(CHART_ENHANCE_SOURCE_BUDGET);
  });

  it('imports nothing, so the bundle is the file itself', () => {
    const source = readFileSync(new URL('../../src/scripts/chart-enhance.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/^import /m);
  });
});
