import {defineConfig} from 'vite';

// React without @vitejs/plugin-react: esbuild compiles the JSX (no fast refresh needed here).
export default defineConfig({
  root: __dirname,
  esbuild: {jsx: 'automatic'},
  build: {outDir: 'dist', emptyOutDir: true, sourcemap: true},
});
