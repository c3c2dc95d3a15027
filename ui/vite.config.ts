import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// The UI is served by Tauri from ui/dist, under a strict CSP: relative asset paths, no
// inline scripts or styles, no source maps in the shipped bundle.
export default defineConfig({
  base: './',
  plugins: [svelte()],
  clearScreen: false,
  server: {
    port: 5173,
    strictPort: true,
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2021',
    // Keep every asset as a file: CSS and images must come from 'self', never data: styles.
    assetsInlineLimit: 0,
    rollupOptions: {
      output: {
        // A language's message files (the window's and the core's) are one file to fetch at
        // start, not one request each: `words-fr.js` (see `lib/shared/i18n.ts`).
        manualChunks(id: string) {
          const words = /\/locales\/([a-z]{2,3})\/[^/]+\.ftl/.exec(id);
          return words ? `words-${words[1]}` : undefined;
        },
      },
    },
  },
});
