import type { Fact, PlatformId } from '@/domain/platform-facts';
import { platformFacts, PRICE_CURRENCY } from '@/domain/platform-facts';
import type { MessageKey } from '@/i18n/en';
import { useT } from '@/i18n/i18n';
import { useFormatParams, useMoney } from '../hooks/use-format-params';

/** Each fact about a platform with its source, third-party figures marked as such. */
export function PlatformFactsList({ id }: { id: PlatformId }) {
  const t = useT();
  const format = useFormatParams();
  const money = useMoney();
  const facts = platformFacts[id];
  const yesNo = (key: 'liveSessions' | 'events' | 'courses' | 'builtInPayments' | 'freePlan', fact: Fact<boolean>) =>
    [`platform.fact.${key}.${fact.value ? 'yes' : 'no'}` as MessageKey, fact] as const;
  const rows: (readonly [MessageKey, Fact<unknown>, Record<string, string>?])[] = [
    facts.maxMembers.value === null
      ? (['platform.fact.maxMembersNone', facts.maxMembers] as const)
      : (['platform.fact.maxMembers', facts.maxMembers, format({ value: facts.maxMembers.value })] as const),
    ...(facts.advisedMaxMembers
      ? [['platform.fact.advisedMaxMembers', facts.advisedMaxMembers, format({ value: facts.advisedMaxMembers.value })] as const]
      : []),
    yesNo('liveSessions', facts.liveSessions),
    ...(facts.maxCallParticipants
      ? [['platform.fact.maxCallParticipants', facts.maxCallParticipants, format({ value: facts.maxCallParticipants.value })] as const]
      : []),
    yesNo('events', facts.events),
    yesNo('courses', facts.courses),
    yesNo('builtInPayments', facts.builtInPayments),
    yesNo('freePlan', facts.freePlan),
    ...(facts.priceFrom ? [['platform.fact.priceFrom', facts.priceFrom, { value: money(facts.priceFrom.value, PRICE_CURRENCY) }] as const] : []),
    ...(facts.historyDays ? [['platform.fact.historyDays', facts.historyDays, format({ value: facts.historyDays.value })] as const] : []),
    ...facts.notes.map((note) => [`platform.note.${note.value}` as MessageKey, note] as const),
  ];
  return (
    <ul className="facts-list">
      {rows.map(([key, fact, params]) => (
        <li key={key}>
          {t(key, params)} <SourceNote fact={fact} />
        </li>
      ))}
    </ul>
  );
}

export function SourceNote({ fact }: { fact: Fact<unknown> }) {
  const t = useT();
  const marks = [
    fact.thirdParty ? t('platform.source.thirdParty') : null,
    fact.unverified ? t('platform.source.unverified') : null,
    fact.source.kind === 'article' ? t('platform.source.article') : null,
  ].filter(Boolean);
  const { title, about, url } = fact.source;
  const source = t('platform.source', { source: about ? t(`platform.sourceAbout.${about}`, { title }) : title });
  return (
    <span className="fact-source">
      (
      {url ? (
        <a href={url} target="_blank" rel="noreferrer noopener">
          {source}
        </a>
      ) : (
        source
      )}
      {marks.length > 0 ? <strong className="fact-mark">{` — ${marks.join(', ')}`}</strong> : null})
    </span>
  );
}
