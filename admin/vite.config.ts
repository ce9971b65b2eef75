import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The admin console, built to admin/dist and served by the central API at /admin/. Nothing inline (the
 * API's Content-Security-Policy allows only this origin's files), and one chunk per screen later on.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: '/admin/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Office PCs run a current Chrome, Edge or Firefox.
    target: 'es2022',
    assetsInlineLimit: 0,
    rollupOptions: {
      onwarn(warning, warn) {
        // zod's sources carry comments Rollup cannot place: harmless, and not ours to fix.
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
        warn(warning);
      },
    },
  },
});
