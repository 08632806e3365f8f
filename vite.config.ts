import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { securityHeaders } from './shared/security/contentSecurityPolicy.ts';

// The renderer is built to static files that Electron serves from app://bundle/ and that
// `npm run web` serves from localhost, both under the same security headers.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  worker: { format: 'es' },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    assetsInlineLimit: 0,
  },
  preview: { port: 5173, host: '127.0.0.1', headers: securityHeaders },
  server: { port: 5173, host: '127.0.0.1' },
});
