/**
 * The scale a source states for one part of a composite index (the minimum and maximum of its
 * category in the parts table), so each part is drawn against what it could have scored.
 */
import type { Indicator, Series } from '../../indicators/model.ts';
import type { Category } from '../../contract/table-schema.ts';

/** The category of the parts table that a series (or an observation's dims) stands for. */
export function partCategory(indicator: Indicator, dims: Record<string, string>): Category | null {
  if (indicator.partsOf === null) return null;
  const field = indicator.dimensions[0];
  if (!field?.categories) return null;
  return field.categories.find((c) => String(c.value) === dims[field.name]) ?? null;
}

/** Both ends of a part's stated scale, or null when the source states none (or only one end). */
export function partScale(indicator: Indicator, series: Pick<Series, 'dims'>): { minimum: number; maximum: number } | null {
  const category = partCategory(indicator, series.dims);
  return category?.minimum !== undefined && category.maximum !== undefined ? { minimum: category.minimum, maximum: category.maximum } : null;
}
