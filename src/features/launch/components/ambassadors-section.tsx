import { useRef } from 'react';
import { Button } from '@/components/ui/button';
import { MEMBER_LIST_MAX, MEMBER_NAME_MAX, orbitLevels, suggestAmbassadors, type Candidate, type MemberEntry } from '@/domain/ambassadors';
import type { IsoDate } from '@/domain/calendar-date';
import type { Checkin } from '@/domain/engagement';
import type { LaunchSection } from '@/domain/monetization';
import { useLocale, useT } from '@/i18n/i18n';
import { formatDate } from '@/i18n/format';

interface AmbassadorsProps {
  launch: LaunchSection;
  update: (patch: Partial<LaunchSection>) => void;
  checkins: readonly Checkin[];
  overBudget: boolean;
  today: IsoDate;
}

const newId = () => `m-${(globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random()}`).replace(/[^A-Za-z0-9-]/g, '').slice(0, 40)}`;

export function AmbassadorsSection({ launch, update, checkins, overBudget, today }: AmbassadorsProps) {
  const t = useT();
  const locale = useLocale();
  const members = launch.members ?? [];
  const list = useRef<HTMLTableSectionElement>(null);
  const candidates = suggestAmbassadors({ members, checkins, overBudget, today });

  const setMembers = (next: MemberEntry[]) => update({ members: next });
  const change = (id: string, patch: Partial<MemberEntry>) => setMembers(members.map((m) => (m.id === id ? { ...m, ...patch } : m)));
  const add = () => {
    setMembers([...members, { id: newId(), name: '', level: 'participating' }]);
    // Focus the new name once it is rendered.
    requestAnimationFrame(() => list.current?.querySelector<HTMLInputElement>('tr:last-child input')?.focus());
  };

  const moment = (c: Candidate) =>
    c.moment.key === 'small_role_first' ? t('launch.ambassadors.moment.small_role_first', { date: formatDate(c.moment.from, locale) }) : t(`launch.ambassadors.moment.${c.moment.key}`);

  return (
    <section aria-labelledby="launch-ambassadors" className="launch-section">
      <h2 id="launch-ambassadors">{t('launch.ambassadors.title')}</h2>
      <p>{t('launch.ambassadors.intro')}</p>

      <div className="panel">
        <h3>{t('launch.ambassadors.suggested')}</h3>
        {candidates.length === 0 ? (
          <p className="muted">{t('launch.ambassadors.none')}</p>
        ) : (
          <ul className="candidate-list">
            {candidates.map((c) => (
              <li key={c.memberId ?? `note-${c.name}`}>
                <p className="candidate-name" dir="auto">{c.name}</p>
                <p className="muted">
                  {c.level ? t(`launch.orbit.${c.level}`) : t('launch.ambassadors.notListed')}
                  {c.weeksMentioned > 0 ? ` · ${t('launch.ambassadors.mentioned', { count: c.weeksMentioned })}` : ''}
                </p>
                <p>{moment(c)}</p>
              </li>
            ))}
          </ul>
        )}
        <p className="hint how">{t('launch.ambassadors.how')}</p>
      </div>

      <div className="panel">
        <h3 id="launch-members">{t('launch.ambassadors.list')}</h3>
        <p className="hint">{t('launch.ambassadors.levels')}</p>
        {members.length === 0 ? <p className="muted">{t('launch.ambassadors.listEmpty')}</p> : null}
        <table className="member-table" aria-labelledby="launch-members" hidden={members.length === 0}>
          <thead>
            <tr>
              <th scope="col">{t('launch.ambassadors.name')}</th>
              <th scope="col">{t('launch.ambassadors.level')}</th>
              <th scope="col"><span className="visually-hidden">{t('launch.checkins.actions')}</span></th>
            </tr>
          </thead>
          <tbody ref={list}>
            {members.map((member, index) => (
              <tr key={member.id}>
                <td>
                  <input
                    type="text"
                    dir="auto"
                    aria-label={t('launch.ambassadors.nameOf', { n: index + 1 })}
                    maxLength={MEMBER_NAME_MAX}
                    value={member.name}
                    onChange={(event) => change(member.id, { name: event.target.value })}
                  />
                </td>
                <td>
                  <select
                    aria-label={t('launch.ambassadors.levelOf', { name: member.name || String(index + 1) })}
                    value={member.level}
                    onChange={(event) => change(member.id, { level: event.target.value as MemberEntry['level'] })}
                  >
                    {orbitLevels.map((level) => (
                      <option key={level} value={level}>
                        {t(`launch.orbit.${level}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <Button
                    variant="danger"
                    onClick={() => setMembers(members.filter((m) => m.id !== member.id))}
                    aria-label={t('launch.ambassadors.remove', { name: member.name || String(index + 1) })}
                  >
                    {t('launch.ambassadors.removeShort')}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <Button onClick={add} disabled={members.length >= MEMBER_LIST_MAX}>
          {t('launch.ambassadors.add')}
        </Button>
        {members.length >= MEMBER_LIST_MAX ? <p className="hint">{t('launch.ambassadors.full', { max: MEMBER_LIST_MAX })}</p> : null}
      </div>
    </section>
  );
}
