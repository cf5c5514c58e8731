import { Field } from '@/components/ui/field';
import { NICHE_MAX_WORDS, NICHE_STATEMENT_MAX } from '@/domain/niche-lint';
import { countWords } from '@/domain/word-count';
import { useT } from '@/i18n/i18n';

export function StatementField({ statement, onChange }: { statement: string; onChange: (statement: string) => void }) {
  const t = useT();
  const count = countWords(statement);
  const over = count - NICHE_MAX_WORDS;
  return (
    <Field
      label={t('niche.statement.label')}
      hint={t('niche.statement.hint')}
      extra={
        <p className={over > 0 ? 'word-count word-count-over' : 'word-count'} data-testid="word-count">
          {over > 0 ? t('niche.wordCountOver', { count, over }) : t('niche.wordCount', { count, max: NICHE_MAX_WORDS })}
        </p>
      }
    >
      {(props) => (
        <textarea
          {...props}
          rows={2}
          maxLength={NICHE_STATEMENT_MAX}
          value={statement}
          onChange={(event) => onChange(event.target.value)}
          className="statement-input"
          dir="auto"
        />
      )}
    </Field>
  );
}
