/**
 * How a workbook names the codes the site already translates (provenance, confidence, pillars,
 * units): asked of the caller, which holds those names (its UI strings and reference data), rather
 * than repeated here. The workbook's own headings are UI strings (src/i18n, `workbook.…`).
 */

/**
 * How the caller names a code the site already translates (its i18n strings or reference data):
 * return undefined to print the code itself.
 */
export type CodeLabel = (kind: 'provenance' | 'confidence' | 'pillar' | 'unit', code: string) => string | undefined;
