import { describe, expect, it } from 'vitest';
import { profileParts, profileTable, type CpuProfile } from '../../src/lib/bench/profile-parts.ts';

/** A profile whose call tree is given as paths of [function, file] frames from the root, each sampled for `ms`. */
function profile(stacks: { frames: [string, string][]; ms: number }[]): CpuProfile {
  const nodes: CpuProfile['nodes'] = [{ id: 1, callFrame: { functionName: '(root)', url: '' }, children: [] }];
  const samples: number[] = [];
  const timeDeltas: number[] = [];
  for (const { frames, ms } of stacks) {
    let parent = nodes[0]!;
    for (const [functionName, url] of frames) {
      let node = nodes.find((n) => parent.children!.includes(n.id) && n.callFrame.functionName === functionName && n.callFrame.url === url);
      if (node === undefined) {
        node = { id: nodes.length + 1, callFrame: { functionName, url }, children: [] };
        nodes.push(node);
        parent.children!.push(node.id);
      }
      parent = node;
    }
    samples.push(parent.id);
    timeDeltas.push(ms * 1000);
  }
  return { nodes, samples, timeDeltas };
}

describe('where a build\'s main thread spent its time', () => {
  const built = profileParts(
    profile([
      { frames: [['generatePages', 'astro/generate.js'], ['svgToPng', 'chunks/download-store.mjs'], ['Resvg', 'node_modules/@resvg/resvg-js/index.js']], ms: 300 },
      { frames: [['generatePages', 'astro/generate.js'], ['datasetXlsx', 'chunks/download-store.mjs'], ['write', 'node_modules/exceljs/lib/xlsx.js']], ms: 50 },
      { frames: [['datasetXlsx', 'chunks/download-store.mjs'], ['restampZip', 'chunks/stable-zip.mjs'], ['zipSync', 'node_modules/fflate/esm/index.mjs']], ms: 20 },
      { frames: [['getHistories', 'chunks/dataset-histories.mjs'], ['execFileSync', 'node:child_process']], ms: 100 },
      { frames: [['(idle)', '']], ms: 25 },
      { frames: [['(garbage collector)', '']], ms: 5 },
      { frames: [['generatePages', 'astro/generate.js'], ['renderPage', 'chunks/jsx-runtime.mjs']], ms: 500 },
    ]),
  );

  it('counts each sample once, under the innermost part on its stack', () => {
    expect(built.total).toBeCloseTo(1);
    expect(Object.fromEntries([...built.seconds].map(([name, s]) => [name, Math.round(s * 1000)]))).toMatchObject({
      'PNG (resvg)': 300,
      'XLSX (exceljs, JSZip, pako)': 50,
      'ZIP (fflate)': 20,
      'git (child processes)': 100,
      idle: 25,
      'garbage collection': 5,
      'everything else': 500,
    });
  });

  it('prints the parts largest first with their shares, leaving out those that took nothing', () => {
    const table = profileTable(built).split('\n');
    expect(table[2]).toBe('| everything else | 0.5 | 50 % |');
    expect(table[3]).toBe('| PNG (resvg) | 0.3 | 30 % |');
    expect(table.some((line) => line.startsWith('| chart SVG'))).toBe(false);
  });
});
