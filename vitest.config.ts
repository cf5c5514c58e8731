import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { messagesPlugin } from './scripts/vite-plugin-messages';

const alias = { '@': fileURLToPath(new URL('./src', import.meta.url)) };

export default defineConfig({
  plugins: [react(), messagesPlugin()],
  resolve: { alias },
  test: {
    // Vitest's default is one worker per core minus one: a single worker on a two-core machine.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', setupFiles: ['tests/support/catalogues-setup.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'components',
          include: ['tests/components/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/support/catalogues-setup.ts', 'tests/support/components-setup.ts'],
          globalSetup: ['tests/support/pglite-snapshot.ts'],
          // Bounds for a test that hangs, far above what a loaded two-core machine needs: tests
          // wait for states, never for times.
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'db',
          setupFiles: ['tests/support/catalogues-setup.ts'],
          include: ['tests/db/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/pglite-snapshot.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
