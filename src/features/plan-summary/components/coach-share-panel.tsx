import { useState } from 'react';
import { ReviewStatus } from '@/components/plan/review-status';
import { Button } from '@/components/ui/button';
import { useErrorText } from '@/components/ui/error-message';
import { Form, FormField, useZodForm } from '@/components/ui/form';
import { useCreateCoachInvitation, type CreatedInvitation } from '@/data/plan-review/create-coach-invitation';
import { useMyCoachAccess, type CoachAccess } from '@/data/plan-review/list-my-coach-access';
import { useRevokeCoach } from '@/data/plan-review/revoke-coach';
import { useRevokeCoachInvitation } from '@/data/plan-review/revoke-coach-invitation';
import { useMyProfile, type Profile } from '@/data/profile/get-my-profile';
import { useSaveMyProfile, visibleNameInput, type VisibleNameInput } from '@/data/profile/save-my-profile';
import { useLocale, useT } from '@/i18n/i18n';
import { formatInstant } from '@/i18n/format';

// The coach-review messages live in the coach area (src/i18n/areas/coach.ts, keys coach.share.*).

function useDate() {
  const locale = useLocale();
  return (iso: string) => formatInstant(iso, locale);
}

/** The code just made: shown once, with the link that carries it. */
function NewInvitation({ invitation }: { invitation: CreatedInvitation }) {
  const t = useT();
  const date = useDate();
  const [copied, setCopied] = useState<'code' | 'link' | null>(null);
  // The code travels in the fragment: it stays out of server logs and Referer headers.
  const link = `${window.location.origin}/coach/join#${invitation.code}`;
  const copy = (what: 'code' | 'link', text: string) =>
    void navigator.clipboard?.writeText(text).then(
      () => setCopied(what),
      () => setCopied(null),
    );
  return (
    <div className="new-invitation" role="status">
      <p className="alert-title">{t('coach.share.created')}</p>
      <p>
        {t('coach.share.code')} <code className="invitation-code">{invitation.code}</code>
      </p>
      <p className="invitation-link">
        {t('coach.share.link')} <code>{link}</code>
      </p>
      <div className="actions">
        <Button onClick={() => copy('link', link)}>{t('coach.share.copyLink')}</Button>
        <Button onClick={() => copy('code', invitation.code)}>{t('coach.share.copyCode')}</Button>
        {copied ? <span className="hint">{t('coach.share.copied')}</span> : null}
      </div>
      <p className="hint">{t('coach.share.once', { date: date(invitation.expires_at) })}</p>
    </div>
  );
}

function CoachRow({ coach }: { coach: CoachAccess['coaches'][number] }) {
  const t = useT();
  const date = useDate();
  const errorText = useErrorText();
  const revoke = useRevokeCoach();
  const [confirming, setConfirming] = useState(false);
  const name = coach.display_name || t('coach.comments.aCoach');
  return (
    <li className="coach-access-item">
      <p>
        <strong dir="auto">{name}</strong>{' '}
        <span className="muted">
          {coach.revoked_at ? t('coach.share.revokedOn', { date: date(coach.revoked_at) }) : t('coach.share.since', { date: date(coach.since) })}
        </span>
      </p>
      {coach.review ? <ReviewStatus status={coach.review.status} updatedAt={coach.review.updated_at} version={coach.review.version} /> : null}
      {!coach.revoked_at && !confirming ? (
        <Button variant="danger" onClick={() => setConfirming(true)}>
          {t('coach.share.revoke', { name })}
        </Button>
      ) : null}
      {!coach.revoked_at && confirming ? (
        <div className="confirm-inline" role="group" aria-label={t('coach.share.confirmLabel')}>
          <p>{t('coach.share.confirm', { name })}</p>
          <div className="actions">
            <Button variant="danger" busy={revoke.isPending} busyLabel={t('common.busy')} onClick={() => revoke.mutate({ linkId: coach.id }, { onSuccess: () => setConfirming(false) })}>
              {t('coach.share.confirmRevoke')}
            </Button>
            <Button onClick={() => setConfirming(false)}>{t('coach.share.keep')}</Button>
          </div>
        </div>
      ) : null}
      {revoke.isError ? (
        <p role="alert" className="field-error">
          {errorText(revoke.error)}
        </p>
      ) : null}
    </li>
  );
}

/**
 * "Share with my coach": make a single-use invitation, see who has access and since when, revoke
 * an invitation or a coach's access (at once). Only the chosen coach ever reads the plan.
 */
export function CoachSharePanel() {
  const t = useT();
  const date = useDate();
  const errorText = useErrorText();
  const access = useMyCoachAccess();
  const create = useCreateCoachInvitation();
  const profile = useMyProfile();
  const revokeInvitation = useRevokeCoachInvitation();
  const coaches = access.data?.coaches ?? [];
  const active = coaches.filter((c) => !c.revoked_at);
  const waiting = (access.data?.invitations ?? []).filter((i) => i.status === 'pending' && i.id !== create.data?.id);

  return (
    <section className="coach-share" aria-labelledby="coach-share-title">
      <h2 id="coach-share-title">{t('coach.share.title')}</h2>
      <p>{t('coach.share.body')}</p>
      <p className="hint">{t('coach.share.private')}</p>
      {profile.data && profile.data.displayName.trim() === '' ? (
        // Without a name the coach would see "Unnamed client": asked once, before the first invitation.
        <NameBeforeInviting roles={profile.data.roles} creating={create.isPending} onNamed={() => create.mutate()} />
      ) : (
        <Button variant="primary" busy={create.isPending} busyLabel={t('coach.share.creating')} onClick={() => create.mutate()}>
          {t('coach.share.create')}
        </Button>
      )}
      {create.isError ? (
        <p role="alert" className="field-error">
          {errorText(create.error)}
        </p>
      ) : null}
      {create.data ? <NewInvitation invitation={create.data} /> : null}

      <h3>{t('coach.share.whoTitle')}</h3>
      {access.isError ? (
        <p role="alert" className="field-error">
          {errorText(access.error)}
        </p>
      ) : active.length === 0 ? (
        <p className="muted">{t(coaches.length === 0 ? 'coach.share.nobody' : 'coach.share.nobodyNow')}</p>
      ) : null}
      {coaches.length > 0 ? (
        <ul className="coach-access-list">
          {coaches.map((coach) => (
            <CoachRow key={coach.id} coach={coach} />
          ))}
        </ul>
      ) : null}

      {waiting.length > 0 ? (
        <>
          <h3>{t('coach.share.waitingTitle')}</h3>
          <ul className="coach-access-list">
            {waiting.map((invitation) => (
              <li key={invitation.id} className="coach-access-item">
                <span>{t('coach.share.waiting', { created: date(invitation.created_at), expires: date(invitation.expires_at) })}</span>{' '}
                <Button
                  variant="link"
                  disabled={revokeInvitation.isPending}
                  onClick={() => revokeInvitation.mutate({ invitationId: invitation.id })}
                  aria-label={t('coach.share.revokeInvitationLabel', { created: date(invitation.created_at) })}
                >
                  {t('coach.share.revokeInvitation')}
                </Button>
              </li>
            ))}
          </ul>
          {revokeInvitation.isError ? (
            <p role="alert" className="field-error">
              {errorText(revokeInvitation.error)}
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

function NameBeforeInviting({ roles, creating, onNamed }: { roles: Profile['roles']; creating: boolean; onNamed: () => void }) {
  const t = useT();
  const errorText = useErrorText();
  const save = useSaveMyProfile();
  const form = useZodForm(visibleNameInput, { defaultValues: { displayName: '' } });
  const message = (code: string) => t(code === 'name_too_long' ? 'coach.share.nameTooLong' : 'coach.share.nameRequired');
  return (
    <Form form={form} message={message} className="name-before-inviting" onSubmit={({ displayName }) =>
        // The panel swaps this form for the plain button once the name is saved: the invitation
        // follows the promise, which outlives the form (a mutate callback would not).
        save.mutateAsync({ displayName, roles }).then(onNamed, () => undefined)
      }
    >
      <FormField<VisibleNameInput> name="displayName" label={t('coach.share.nameLabel')} hint={t('coach.share.nameHint')}>
        {(props) => <input {...props} type="text" autoComplete="name" {...form.register('displayName')} />}
      </FormField>
      {save.isError ? (
        <p role="alert" className="field-error">
          {errorText(save.error)}
        </p>
      ) : null}
      <Button type="submit" variant="primary" busy={save.isPending || creating} busyLabel={t('coach.share.creating')}>
        {t('coach.share.nameAndCreate')}
      </Button>
    </Form>
  );
}
