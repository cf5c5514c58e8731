// Scaling without losing the spirit: past a size, the article's author splits the community into
// cells (ten groups of 500 rather than one of 5,000), each with its own leader, and keeps a VIP
// core of 50 to 100 of the most loyal members.
import { DUNBAR } from './community-size';

/** Past this, one group stops being personal: the article's "invisible limit" of 500 active members. */
export const CELL_THRESHOLD = 500;
/** A cell: from Dunbar's number to the article's 500. */
export const CELL_SIZE = { min: DUNBAR, max: 500 } as const;
export const VIP_CORE = { min: 50, max: 100 } as const;
/** The VIP core as a share of the whole community, kept within VIP_CORE. */
export const VIP_SHARE = 0.02;

export type CellPlan =
  | { split: false; targetSize: number }
  | { split: true; targetSize: number; groups: number; groupSize: number; leaders: number; vipCore: number };

/**
 * How to organise `targetSize` members: one group up to CELL_THRESHOLD; past it, as few groups
 * as hold at most `cellSize` members each (sizes evened out), one leader each, and a VIP core.
 */
export function cellPlan(targetSize: number, cellSize: number = CELL_SIZE.max): CellPlan {
  const size = Math.max(0, Math.floor(targetSize));
  if (size <= CELL_THRESHOLD) return { split: false, targetSize: size };
  const capacity = Math.min(CELL_SIZE.max, Math.max(CELL_SIZE.min, Math.floor(cellSize)));
  const groups = Math.ceil(size / capacity);
  const vipCore = Math.min(VIP_CORE.max, Math.max(VIP_CORE.min, Math.round(size * VIP_SHARE)));
  return { split: true, targetSize: size, groups, groupSize: Math.ceil(size / groups), leaders: groups, vipCore };
}
