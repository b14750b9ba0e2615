/**
 * Where a build's main thread spent its time, from a V8 CPU profile (`node --cpu-prof`, the format
 * Chrome's DevTools opens): each sample is counted once, under the innermost part found on its
 * stack, so that the ZIP library counts as ZIP whether it re-stamps a workbook or packs the portal.
 */

/** The parts of a `.cpuprofile` that matter here: its call tree, its samples and their intervals. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string }; children?: number[] }[];
  samples: number[];
  /** Microseconds since the previous sample. */
  timeDeltas: number[];
}

/** A part of the build: a frame belongs to it when its function or its file matches. */
export interface ProfilePart {
  name: string;
  functions?: RegExp;
  files?: RegExp;
}

/** The build's parts issue 19 asked about, tried in this order at each frame of a stack. */
export const BUILD_PROFILE_PARTS: readonly ProfilePart[] = [
  { name: 'PNG (resvg)', functions: /^(svgToPng|renderAsync)$/ },
  { name: 'git (child processes)', functions: /^(execFileSync|spawnSync)$/ },
  { name: 'XLSX (exceljs, JSZip, pako)', functions: /^datasetXlsx$/, files: /node_modules\/(exceljs|jszip|pako)\// },
  { name: 'ZIP (fflate)', files: /node_modules\/fflate\// },
  { name: 'chart SVG', functions: /^renderChartSvg$/ },
  { name: 'Pagefind', files: /node_modules\/pagefind\// },
];

/** Seconds per part, then "idle", "garbage collection" and "everything else"; and the profile's total. */
export function profileParts(profile: CpuProfile, parts: readonly ProfilePart[] = BUILD_PROFILE_PARTS): { total: number; seconds: Map<string, number> } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const partOf = new Map<number, string>();
  const classify = (id: number): string => {
    const known = partOf.get(id);
    if (known !== undefined) return known;
    const { functionName, url } = byId.get(id)!.callFrame;
    const own = parts.find((part) => part.functions?.test(functionName) || part.files?.test(url))?.name;
    const parent = parentOf.get(id);
    const name =
      own ?? (functionName === '(idle)' ? 'idle' : functionName === '(garbage collector)' ? 'garbage collection' : parent === undefined ? 'everything else' : classify(parent));
    partOf.set(id, name);
    return name;
  };
  const seconds = new Map<string, number>([...parts.map((part) => [part.name, 0] as const), ['idle', 0], ['garbage collection', 0], ['everything else', 0]]);
  let total = 0;
  profile.samples.forEach((id, k) => {
    const interval = (profile.timeDeltas[k] ?? 0) / 1e6;
    total += interval;
    const name = classify(id);
    seconds.set(name, seconds.get(name)! + interval);
  });
  return { total, seconds };
}

/** The parts as a Markdown table, largest first, with each one's share of the total. */
export function profileTable({ total, seconds }: ReturnType<typeof profileParts>): string {
  const rows = [...seconds].filter(([, s]) => s > 0).sort((a, b) => b[1] - a[1]);
  return ['| part | s | share |', '|---|---:|---:|', ...rows.map(([name, s]) => `| ${name} | ${s.toFixed(1)} | ${Math.round((100 * s) / total)} % |`)].join('\n');
}
