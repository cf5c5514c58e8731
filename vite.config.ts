import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { defineConfig, loadEnv, type HtmlTagDescriptor, type Plugin } from 'vite';
import { dbImagePlugin } from './scripts/vite-plugin-db-image';
import { messagesPlugin } from './scripts/vite-plugin-messages';

/** The configured Supabase origin, or null (local mode, or a value the app will refuse). */
function supabaseOrigin(url: string | undefined): string | null {
  try {
    const parsed = new URL((url ?? '').trim());
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : null;
  } catch {
    return null;
  }
}

/**
 * A Supabase build's only inline script: on /s/:slug it asks PostgREST for the survey while the
 * HTML is parsed, before any of the page's code has arrived, and leaves the pending response in
 * window.__noyauEarlyCall, keyed as postgrestRpc's callKey (src/data/public-rpc.ts) so that the
 * page's first identical call takes it. The slug is read as respond-main.tsx reads it.
 */
export function earlySurveyScript(url: string, anonKey: string): string {
  const base = JSON.stringify(url.trim().replace(/\/$/, ''));
  const key = JSON.stringify(anonKey.trim());
  return (
    `(function(){var p=location.pathname;if(p.indexOf('/s/')!==0)return;` +
    `var s=p.slice(3).replace(/\\/$/,'');try{s=decodeURIComponent(s)}catch(e){}` +
    `var a=JSON.stringify({p_slug:s}),u=${base},k=${key};` +
    `var r=fetch(u+'/rest/v1/rpc/get_public_survey',{method:'POST',headers:{apikey:k,Authorization:'Bearer '+k,'Content-Type':'application/json'},body:a});` +
    `r.catch(function(){});window.__noyauEarlyCall={key:u+'\\nget_public_survey\\n'+a,sent:r}})();`
  );
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The Content-Security-Policy of the built page, as a <meta> in index.html so that any static host
 * serves it (README: Hosting). Scripts come from the app only (Vite bundles index.html's module
 * script into a file; a Supabase build's one inline script is allowed by its hash); connections go
 * to the app's origin and the configured Supabase origin only. 'wasm-unsafe-eval' lets PGlite
 * compile its WebAssembly in local mode and is left out in Supabase mode, where nothing compiles
 * any. Not in dev: Vite's dev server injects inline scripts of its own.
 */
export function contentSecurityPolicy(origin: string | null, inlineScript: string | null): string {
  return [
    "default-src 'self'",
    `script-src 'self'${origin ? '' : " 'wasm-unsafe-eval'"}${inlineScript ? ` ${sha256(inlineScript)}` : ''}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${origin ? ` ${origin}` : ''}`,
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

function publicPageHead(env: Record<string, string>): Plugin {
  const origin = supabaseOrigin(env.VITE_SUPABASE_URL);
  const key = env.VITE_SUPABASE_ANON_KEY?.trim();
  const url = env.VITE_SUPABASE_URL;
  const inline = origin && key && url ? earlySurveyScript(url, key) : null;
  const tags: HtmlTagDescriptor[] = [
    { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(origin, inline) }, injectTo: 'head-prepend' },
  ];
  if (origin) tags.push({ tag: 'link', attrs: { rel: 'preconnect', href: origin, crossorigin: true }, injectTo: 'head' });
  if (inline) tags.push({ tag: 'script', children: inline, injectTo: 'head' });
  return { name: 'noyau-public-page-head', apply: 'build', transformIndexHtml: { order: 'post', handler: () => tags } };
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, fileURLToPath(new URL('.', import.meta.url)), 'VITE_');
  return {
    plugins: [react(), publicPageHead(env), dbImagePlugin(), messagesPlugin()],
    resolve: {
      alias: [{ find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) }],
    },
    // PGlite ships its own WebAssembly and data files: let Vite serve them as they are.
    optimizeDeps: { exclude: ['@electric-sql/pglite'] },
    worker: { format: 'es' },
    build: {
      target: 'es2022',
      manifest: true,
      sourcemap: false,
      // Every browser the app supports (es2022) knows <link rel="modulepreload">: no polyfill in the
      // public page's first script.
      modulePreload: { polyfill: false },
      // zod and src/config/zod-jitless.ts share one chunk, so the setting runs before any other
      // chunk creates a schema (no eval under the CSP). The public page loads neither.
      rolldownOptions: {
        output: { codeSplitting: { groups: [{ name: 'zod', test: /[\\/]node_modules[\\/]zod[\\/]|[\\/]src[\\/]config[\\/]zod-jitless\.ts$/ }] } },
      },
    },
    server: { port: 5173 },
    preview: { port: 4173 },
  };
});
