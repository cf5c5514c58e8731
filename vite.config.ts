import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, loadEnv, type Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built page, as a <meta> in index.html so that any static host
 * serves it (README: Hosting). Scripts come from the app only (the page has no inline script once
 * built: Vite bundles index.html's into a file); connections go to the app's origin and the
 * configured Supabase URL only. 'wasm-unsafe-eval' lets PGlite compile its WebAssembly in local
 * mode and is left out in Supabase mode, where nothing compiles any. Not in dev: Vite's dev server
 * injects inline scripts of its own.
 */
export function contentSecurityPolicy(supabaseUrl: string | undefined): string {
  let supabaseOrigin = '';
  try {
    supabaseOrigin = supabaseUrl?.trim() ? new URL(supabaseUrl.trim()).origin : '';
  } catch {
    // A malformed URL adds nothing: the page says the configuration is wrong.
  }
  return [
    "default-src 'self'",
    `script-src 'self'${supabaseOrigin ? '' : " 'wasm-unsafe-eval'"}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${supabaseOrigin ? ` ${supabaseOrigin}` : ''}`,
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

function cspMeta(policy: string): Plugin {
  return {
    name: 'noyau-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }],
  };
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, fileURLToPath(new URL('.', import.meta.url)), 'VITE_');
  return {
    plugins: [react(), cspMeta(contentSecurityPolicy(env.VITE_SUPABASE_URL))],
    resolve: {
      alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
    },
    // PGlite ships its own WebAssembly and data files: let Vite serve them as they are.
    optimizeDeps: { exclude: ['@electric-sql/pglite'] },
    worker: { format: 'es' },
    build: {
      target: 'es2022',
      manifest: true,
      sourcemap: false,
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
