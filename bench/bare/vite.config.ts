import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The bench builds this page itself (main/bench/bareCanvasPage.ts) with --outDir into a folder of its own.
export default defineConfig({
  root: path.dirname(fileURLToPath(import.meta.url)),
  base: './',
  plugins: [react()],
  build: { emptyOutDir: true, chunkSizeWarningLimit: 4000 },
});
