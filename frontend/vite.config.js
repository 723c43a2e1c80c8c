import { defineConfig } from 'vite';

// Vite bundles the scripts and styles that Anxue's server-rendered (Qute) pages include.
// Quinoa copies dist/ into the Quarkus build and serves it under /static/ (quarkus.quinoa.ui-root-path),
// so `base` must match that prefix. There is no index.html: the pages come from Qute.
export default defineConfig({
  base: '/static/',
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Anxue reads this file (org.anxue.web.Assets) to link the hashed file names.
    manifest: 'manifest.json',
    target: 'es2020',
    rollupOptions: {
      input: { app: 'src/app.js' },
    },
  },
  test: {
    environment: 'node',
    include: ['test/**/*.test.js'],
  },
});
