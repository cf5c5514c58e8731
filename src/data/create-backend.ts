import type { AppConfig } from '@/config/env';
import type { Backend } from './backend';

/** Loads only the adapter the configuration needs, so neither weighs on the other's bundle. */
export async function createBackend(config: Exclude<AppConfig, { mode: 'invalid' }>): Promise<Backend> {
  if (config.mode === 'supabase') {
    const { SupabaseBackend } = await import('./supabase-backend');
    return new SupabaseBackend(config.supabaseUrl, config.supabaseAnonKey);
  }
  const { createBrowserEmbeddedBackend } = await import('./embedded/browser-backend');
  return createBrowserEmbeddedBackend();
}
