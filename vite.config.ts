import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import path from 'node:path';

// JOURNEY_DIST builds into another folder (default dist/), e.g. to test two checkouts side by side.
const dist = path.resolve(process.env.JOURNEY_DIST ?? 'dist');

// The renderer is one static bundle served by Electron (app:// protocol) and by
// the browser host; relative asset URLs work for both.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: path.join(dist, 'renderer'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    // The app, and the print view main opens to export PDF, PNG and SVG.
    rollupOptions: { input: { main: path.resolve('renderer/index.html'), print: path.resolve('renderer/print/print.html') } },
  },
});
