import {readFileSync, readdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';
import {defineConfig, type Plugin} from 'vite';

const COMPRESSIBLE = /\.(js|css|html|svg|json|map)$/;

/**
 * Writes `.gz` and `.br` beside every text asset at build time, so the server sends them as
 * they are (Content-Encoding) instead of compressing per request. See docs/PERFORMANCE.md.
 */
function precompress(): Plugin {
  return {
    name: 'human-touch-precompress',
    apply: 'build',
    closeBundle() {
      const dir = path.join(__dirname, 'dist', 'assets');
      for (const name of readdirSync(dir).filter((n) => COMPRESSIBLE.test(n))) {
        const file = path.join(dir, name);
        const bytes = readFileSync(file);
        writeFileSync(`${file}.gz`, gzipSync(bytes, {level: 9}));
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(bytes, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}),
        );
      }
    },
  };
}

// React without @vitejs/plugin-react: esbuild compiles the JSX (no fast refresh needed here).
export default defineConfig({
  root: __dirname,
  esbuild: {jsx: 'automatic'},
  plugins: [precompress()],
  build: {outDir: 'dist', emptyOutDir: true, sourcemap: true},
});
