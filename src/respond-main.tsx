// The public survey page's own entry: React and the form, nothing of the creator app
// (no router, no query cache, no charts, and no PGlite or Supabase client in Supabase mode).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { appConfig } from '@/config/env';
import type { PublicRpc } from '@/data/public-rpc';
import { postgrestRpc } from '@/data/public-rpc';
import { RespondPage } from '@/features/survey-respond/components/respond-page';
import { fallbackLocale, loadRespondCatalogue } from '@/i18n/respond';
import './app/base.css';

// As written when it is not valid percent-encoding (decodeURIComponent would throw).
const slug = (() => {
  const raw = location.pathname.replace(/^\/s\//, '').replace(/\/$/, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
})();

async function publicRpc(): Promise<PublicRpc | null> {
  if (appConfig.mode === 'supabase') return postgrestRpc(appConfig.supabaseUrl, appConfig.supabaseAnonKey);
  if (appConfig.mode === 'embedded') {
    const { createBrowserEmbeddedBackend } = await import('@/data/embedded/browser-backend');
    const backend = createBrowserEmbeddedBackend();
    return (fn, args) => backend.rpc(fn, args as never, { asAnon: true });
  }
  return null;
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');
const root = createRoot(container);
const render = (rpc: PublicRpc | null) =>
  root.render(
    <StrictMode>
      <RespondPage slug={slug} rpc={rpc} localMode={appConfig.mode === 'embedded'} />
    </StrictMode>,
  );
// The page's messages in the visitor's language first (the survey's, if another, once it is known).
const rpc = publicRpc();
void loadRespondCatalogue(fallbackLocale()).then(() => {
  render(null);
  void rpc.then(render);
});
