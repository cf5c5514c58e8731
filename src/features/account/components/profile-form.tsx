import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { useErrorText } from '@/components/ui/error-message';
import { Field } from '@/components/ui/field';
import { profileRoles, type Profile } from '@/data/profile/get-my-profile';
import { PROFILE_NAME_MAX, useSaveMyProfile } from '@/data/profile/save-my-profile';
import { useT } from '@/i18n/i18n';

/** Display name and roles: a creator plans, a coach follows clients' plans; both is fine. */
export function ProfileForm({ profile }: { profile: Profile }) {
  const t = useT();
  const errorText = useErrorText();
  const save = useSaveMyProfile();
  const [name, setName] = useState(profile.displayName);
  const [roles, setRoles] = useState(profile.roles);
  const [problem, setProblem] = useState<'name' | 'roles' | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = name.trim().length > PROFILE_NAME_MAX ? 'name' : roles.length === 0 ? 'roles' : null;
    setProblem(found);
    if (!found) save.mutate({ displayName: name, roles });
  }

  return (
    <form className="panel profile-form" onSubmit={submit} noValidate aria-labelledby="profile-form-title">
      <h2 id="profile-form-title">{t('account.profile.title')}</h2>
      <Field
        label={t('account.profile.name')}
        hint={t('account.profile.nameHint')}
        error={problem === 'name' ? t('account.profile.nameTooLong', { max: PROFILE_NAME_MAX }) : undefined}
      >
        {(props) => <input {...props} value={name} autoComplete="name" onChange={(event) => setName(event.target.value)} />}
      </Field>
      <fieldset className="field" aria-describedby={problem === 'roles' ? 'profile-roles-error' : undefined}>
        <legend>{t('account.profile.roles')}</legend>
        {profileRoles.map((role) => (
          <label key={role} className="inline-choice">
            <input
              type="checkbox"
              checked={roles.includes(role)}
              onChange={(event) =>
                setRoles((current) => (event.target.checked ? [...current.filter((r) => r !== role), role] : current.filter((r) => r !== role)))
              }
            />
            {t(`account.role.${role}`)}
          </label>
        ))}
        <p className="hint">{t('account.profile.rolesHint')}</p>
        {problem === 'roles' ? (
          <p id="profile-roles-error" className="field-error">
            {t('account.profile.rolesEmpty')}
          </p>
        ) : null}
      </fieldset>
      {save.isError ? (
        <p role="alert" className="field-error">
          {errorText(save.error)}
        </p>
      ) : null}
      {save.isSuccess ? <p role="status">{t('account.profile.saved')}</p> : null}
      <Button type="submit" variant="primary" disabled={save.isPending}>
        {t('account.profile.save')}
      </Button>
    </form>
  );
}
