import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { dbImagePlugin } from './scripts/vite-plugin-db-image';

export default defineConfig({
  plugins: [react(), dbImagePlugin()],
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
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
