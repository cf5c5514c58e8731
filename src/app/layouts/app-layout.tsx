import { Link, NavLink, Outlet } from 'react-router';
import { appConfig } from '@/config/env';
import { useAdoptRuntimeTimeZone } from '@/data/profile/set-my-time-zone';
import { useT } from '@/i18n/i18n';
import { DbStatus } from '../components/db-status';
import { InboxLink } from '../components/inbox-link';
import { LanguageSwitch } from '../components/language-switch';
import { ProfileSwitcher } from '../components/profile-switcher';
import { PlanSync } from '../plan-sync';

export function AppLayout() {
  const t = useT();
  const embedded = appConfig.mode !== 'supabase';
  useAdoptRuntimeTimeZone();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header-row">
          <Link to="/plan/niche" className="brand">
            {t('app.name')}
          </Link>
          <span className={`mode-badge mode-${embedded ? 'embedded' : 'supabase'}`}>
            {embedded ? t('mode.embedded') : t('mode.supabase')}
          </span>
          <nav aria-label={t('app.mainNav')} className="main-nav">
            <NavLink to="/plan/niche">{t('nav.plan')}</NavLink>
            <NavLink to="/coach">{t('nav.coach')}</NavLink>
            <InboxLink />
            <NavLink to="/account">{t('account.nav')}</NavLink>
            <NavLink to="/help/local-mode">{t('nav.help')}</NavLink>
          </nav>
          <LanguageSwitch />
        </div>
        <div className="app-header-row">
          <ProfileSwitcher />
        </div>
      </header>
      {embedded ? (
        <aside className="mode-banner" aria-label={t('mode.embedded')}>
          <p>
            {t('mode.banner')} <Link to="/help/local-mode">{t('mode.bannerLink')}</Link>
          </p>
        </aside>
      ) : null}
      <DbStatus />
      <main id="main" tabIndex={-1} className="page">
        <Outlet />
      </main>
      <PlanSync />
    </>
  );
}
