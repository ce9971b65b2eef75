import { join } from 'node:path';

/** Where `npm run build` puts the sandboxed preload bundle, relative to the app's root. */
export const PRELOAD_BUNDLE = 'dist/electron/preload/kiosk-preload.cjs';
/** Where Vite puts the built renderer, relative to the app's root. */
export const RENDERER_DIR = 'renderer/dist';

/** The shell's files inside the app (the asar archive once packaged, the repository in development). */
export function appPaths(appRoot: string): { preload: string; rendererDir: string } {
  return { preload: join(appRoot, PRELOAD_BUNDLE), rendererDir: join(appRoot, RENDERER_DIR) };
}
