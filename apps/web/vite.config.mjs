// The web client's build (npm run build:web) and dev server (npm run dev). Plain JavaScript: it runs in Node, outside
// the client's browser-only TypeScript project.
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
// The API that `npm run dev` starts (scripts/dev.mjs); the dev server forwards its paths there.
const api = process.env.FORUM_API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/apps/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // The first page's budget is checked after the build (scripts/first-page-budget.mjs), gzipped.
    chunkSizeWarningLimit: 400,
  },
  server: {
    port: Number(process.env.WEB_DEV_PORT ?? 5173),
    strictPort: true,
    proxy: {
      '/graphql': api,
      '/api': api,
      '/health': api,
      '/graphiql-assets': api,
      '/socket.io': { target: api, ws: true },
    },
  },
});
