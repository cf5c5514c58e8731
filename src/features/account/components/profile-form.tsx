import type { UseFormRegister } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { useErrorText } from '@/components/ui/error-message';
import { Form, FormField, useFieldError, useZodForm } from '@/components/ui/form';
import { profileRoles, type Profile } from '@/data/profile/get-my-profile';
import { PROFILE_NAME_MAX, saveMyProfileInput, useSaveMyProfile, type SaveMyProfileInput } from '@/data/profile/save-my-profile';
import { useT } from '@/i18n/i18n';

/** Display name and roles: a creator plans, a coach follows clients' plans; both is fine. */
export function ProfileForm({ profile }: { profile: Profile }) {
  const t = useT();
  const errorText = useErrorText();
  const save = useSaveMyProfile();
  const form = useZodForm(saveMyProfileInput, { defaultValues: { displayName: profile.displayName, roles: profile.roles } });
  const message = (code: string) =>
    code === 'roles_empty' ? t('account.profile.rolesEmpty') : t('account.profile.nameTooLong', { max: PROFILE_NAME_MAX });

  return (
    <Form form={form} onSubmit={(values) => save.mutate(values)} message={message} className="panel profile-form" aria-labelledby="profile-form-title">
      <h2 id="profile-form-title">{t('account.profile.title')}</h2>
      <FormField<SaveMyProfileInput> name="displayName" label={t('account.profile.name')} hint={t('account.profile.nameHint')}>
        {(props) => <input {...props} autoComplete="name" {...form.register('displayName')} />}
      </FormField>
      <RolesField register={form.register} />
      {save.isError ? (
        <p role="alert" className="field-error">
          {errorText(save.error)}
        </p>
      ) : null}
      {save.isSuccess ? <p role="status">{t('account.profile.saved')}</p> : null}
      <Button type="submit" variant="primary" disabled={save.isPending}>
        {t('account.profile.save')}
      </Button>
    </Form>
  );
}

function RolesField({ register }: { register: UseFormRegister<SaveMyProfileInput> }) {
  const t = useT();
  const error = useFieldError('roles');
  return (
    <fieldset className="field" aria-describedby={error ? 'profile-roles-error' : undefined} aria-invalid={error ? true : undefined}>
      <legend>{t('account.profile.roles')}</legend>
      {profileRoles.map((role) => (
        <label key={role} className="inline-choice">
          <input type="checkbox" value={role} {...register('roles')} />
          {t(`account.role.${role}`)}
        </label>
      ))}
      <p className="hint">{t('account.profile.rolesHint')}</p>
      {error ? (
        <p id="profile-roles-error" className="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
