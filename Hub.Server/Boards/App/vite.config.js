import { defineConfig } from 'vite';
import { resolve } from 'node:path';

// One page per board, sharing their chunks. The server puts a <base href> into each page (the pages live at
// /live and /desk, their files below /boards/), so every reference in the build is relative.
// Hub.Server.csproj passes the output folder (--outDir, under obj/).
export default defineConfig({
  base: './',
  build: {
    emptyOutDir: true,
    sourcemap: false,
    reportCompressedSize: false,
    rollupOptions: {
      input: {
        live: resolve(import.meta.dirname, 'live.html'),
      },
    },
  },
});
