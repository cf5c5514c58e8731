import { sectionKeys, sectionSchemas, type Sections } from '@/domain/plan';

/** A client's plan sections as the wizard reads them; a section this version cannot read is left out. */
export function parseSections(raw: Record<string, unknown>): Sections {
  const sections: Sections = {};
  for (const key of sectionKeys) {
    const parsed = sectionSchemas[key].safeParse(raw[key]);
    if (parsed.success) Object.assign(sections, { [key]: parsed.data });
  }
  return sections;
}
