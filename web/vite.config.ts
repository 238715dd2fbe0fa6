/**
 * Builds the clinician console into web/dist, which `tandem serve` serves from its own origin.
 * `npm run dev:web` proxies the API to a running gateway (TANDEM_URL, default 127.0.0.1:8787), so
 * the session cookie stays same-origin in development too.
 */
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const gateway = process.env.TANDEM_URL ?? 'http://127.0.0.1:8787';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No source maps: the package ships web/dist, and the source is in the repository.
    sourcemap: false,
    target: 'es2022',
  },
  server: {
    proxy: {
      '/api': { target: gateway, changeOrigin: false },
      '/v1': { target: gateway, changeOrigin: false },
    },
  },
});
