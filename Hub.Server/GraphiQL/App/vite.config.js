import { defineConfig } from 'vite';

// The server decides where the files are served from (it puts a <base href> into index.html), so every
// reference in the build is relative. Hub.Server.csproj passes the output folder (--outDir, under obj/).
export default defineConfig({
  base: './',
  build: {
    emptyOutDir: true,
    sourcemap: false,
    // Monaco is one large chunk by design; the server sends it compressed and browsers cache it for good.
    chunkSizeWarningLimit: 4096,
    reportCompressedSize: false,
    rollupOptions: {
      onwarn(warning, warn) {
        // framer-motion marks its modules "use client" for React Server Components; meaningless in a bundle.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') {
          return;
        }
        warn(warning);
      },
    },
  },
  worker: {
    format: 'es',
  },
});
