// The article's ranges: a micro-community holds 50 to 5,000 people; start with 20 to 50.
export const START_SIZE = { min: 20, max: 50 } as const;
export const TARGET_SIZE = { min: 50, max: 5_000 } as const;
/** Dunbar's number: about the number of relationships one person can really keep. */
export const DUNBAR = 150;

export type SizeAdvice = 'start_too_big' | 'start_too_small' | 'target_too_big' | 'target_too_small' | 'start_over_target';

export function sizeAdvice({ startSize, targetSize }: { startSize?: number | null; targetSize?: number | null }): SizeAdvice[] {
  const advice: SizeAdvice[] = [];
  if (startSize != null) {
    if (startSize > START_SIZE.max) advice.push('start_too_big');
    else if (startSize < START_SIZE.min) advice.push('start_too_small');
  }
  if (targetSize != null) {
    if (targetSize > TARGET_SIZE.max) advice.push('target_too_big');
    else if (targetSize < TARGET_SIZE.min) advice.push('target_too_small');
  }
  if (startSize != null && targetSize != null && startSize > targetSize) advice.push('start_over_target');
  return advice;
}
