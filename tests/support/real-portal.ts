/** The portal's real data, validated, and its indicators: what the built site must show. */
import { diskFiles } from '../../src/site/disk-files.ts';
import { datasetIndicators } from '../../src/lib/indicators/model.ts';
import { validatePortal } from '../../src/lib/validate/portal.ts';
import type { Portal } from '../../src/lib/contract/portal-types.ts';
import { REPO_ROOT } from './repo-root.ts';

export { REPO_ROOT };

export function realPortal(): Portal {
  const result = validatePortal(diskFiles(REPO_ROOT), '2026-11-26');
  if (!result.portal) throw new Error(`data/ is invalid:\n${result.problems.map((p) => p.message).join('\n')}`);
  return result.portal;
}

export function realIndicators(portal = realPortal()) {
  const context = { areas: portal.areas, units: portal.units, targets: portal.targets, province: portal.province };
  return portal.datasets.flatMap((dataset) => datasetIndicators(dataset, context));
}
