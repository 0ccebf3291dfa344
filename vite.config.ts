import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { scenarioIndex } from './scripts/vite-scenario-index.js';

// Relative base so the built app runs from any static host or sub-folder (hash routes need no server rewrites).
export default defineConfig({
  base: './',
  plugins: [react(), scenarioIndex()],
  server: { port: 5173 },
  preview: { port: 4173, host: '127.0.0.1' },
  // The player's chunk carries the scoring engine with all three language packs (about 650 KB raw, 180 KB gzip). It loads
  // only when a scenario opens; the catalogue's own first download is what `npm run bench:ui` holds to its budget.
  build: { chunkSizeWarningLimit: 800 },
  test: {
    environment: 'node',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
  },
});
