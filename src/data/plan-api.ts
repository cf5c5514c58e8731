import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { sectionKeys, sectionSchemas, type SectionKey, type Sections } from '@/domain/plan';
import type { Backend } from './backend';
import { BackendError } from './errors';
import { userKeys } from './query-keys';
import { checkedAgainst, type ReturnedRow } from './rows';

// Every field null before the first save.
const planSchema = checkedAgainst<ReturnedRow<'get_my_plan'>>()(
  z.object({
    id: z.uuid().nullable(),
    sections: z.record(z.string(), z.unknown()).nullable(),
    updated_at: z.string().nullable(),
  }),
);
export type MyPlan = { id: string; sections: Sections; updatedAt: string } | null;

export async function getMyPlan(backend: Backend): Promise<MyPlan> {
  const data = planSchema.parse(await backend.rpc('get_my_plan', {}));
  if (data.id === null || data.sections === null || data.updated_at === null) return null;
  const sections: Sections = {};
  for (const key of sectionKeys) {
    const parsed = sectionSchemas[key].safeParse(data.sections[key]);
    // A section this version cannot read is left out rather than breaking the whole plan.
    if (parsed.success) Object.assign(sections, { [key]: parsed.data });
  }
  return { id: data.id, sections, updatedAt: data.updated_at };
}

export function myPlanOptions(backend: Backend, userId: string | null) {
  return queryOptions({ queryKey: userKeys.plan(userId ?? ''), queryFn: () => getMyPlan(backend), enabled: userId !== null });
}

export const savePlanSectionInput = z.object({
  section: z.enum(sectionKeys),
  data: z.record(z.string(), z.unknown()),
});
export type SavePlanSectionInput = z.infer<typeof savePlanSectionInput>;

export async function savePlanSection(backend: Backend, input: SavePlanSectionInput): Promise<void> {
  const { section, data } = savePlanSectionInput.parse(input);
  const checked = sectionSchemas[section as SectionKey].safeParse(data);
  if (!checked.success) throw new BackendError('invalid_section', checked.error.message);
  await backend.rpc('save_plan_section', { p_section: section, p_data: checked.data as never });
}
