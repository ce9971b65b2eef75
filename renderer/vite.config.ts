import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The kiosk screens, built to renderer/dist. Relative asset paths, because the same build is loaded from
 * Electron's kitdesk://app/ scheme and from the browser host's root.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Electron's Chromium and the Debian Chromium the tests drive are both recent.
    target: 'chrome120',
    rollupOptions: {
      onwarn(warning, warn) {
        // zod's sources carry comments Rollup cannot place: harmless, and not ours to fix.
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
        warn(warning);
      },
    },
  },
});
