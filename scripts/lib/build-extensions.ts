import {readdirSync, readFileSync, existsSync} from 'node:fs';
import path from 'node:path';
import {build, type Metafile} from 'esbuild';

/** One `[[extensions.targeting]]` of a `shopify.extension.toml`. */
export interface ExtensionTarget {
  extension: string;
  target: string;
  /** The module's path, absolute. */
  module: string;
}

export interface ExtensionToml {
  dir: string;
  handle: string;
  apiVersion: string;
  targets: ExtensionTarget[];
}

const field = (text: string, name: string) =>
  text.match(new RegExp(`^\\s*${name}\\s*=\\s*"([^"]*)"`, 'm'))?.[1];

/**
 * Reads every `extensions/<name>/shopify.extension.toml` (the few keys the build needs; the Shopify
 * CLI reads the same files: https://shopify.dev/docs/apps/build/app-extensions/configure-app-extensions).
 */
export function readExtensions(root: string): ExtensionToml[] {
  const base = path.join(root, 'extensions');
  return readdirSync(base, {withFileTypes: true})
    .filter((d) => d.isDirectory() && existsSync(path.join(base, d.name, 'shopify.extension.toml')))
    .map((d) => {
      const dir = path.join(base, d.name);
      const text = readFileSync(path.join(dir, 'shopify.extension.toml'), 'utf8');
      const targets = text
        .split(/\[\[extensions\.targeting\]\]/)
        .slice(1)
        .map((block) => ({
          extension: d.name,
          target: field(block, 'target') ?? '',
          module: path.resolve(dir, field(block, 'module') ?? ''),
        }));
      return {
        dir,
        handle: field(text, 'handle') ?? d.name,
        apiVersion: field(text, 'api_version') ?? '',
        targets,
      };
    });
}

/**
 * Bundles each extension module as the Shopify CLI would (ESM, Preact JSX, one file each) into
 * `extensions/<name>/dist/`, so CI proves the extensions build without the CLI. Fails on any error.
 */
export async function buildExtensions(root: string, {write = true} = {}) {
  const outputs: {target: ExtensionTarget; outfile: string; bytes: number; text: string}[] = [];
  for (const ext of readExtensions(root)) {
    const modules = [...new Set(ext.targets.map((t) => t.module))];
    for (const module of modules) {
      const outfile = path.join(
        ext.dir,
        'dist',
        `${path.basename(module).replace(/\.[jt]sx?$/, '')}.js`,
      );
      const result = await build({
        entryPoints: [module],
        outfile,
        bundle: true,
        format: 'esm',
        target: 'es2020',
        platform: 'browser',
        minify: true,
        jsx: 'automatic',
        jsxImportSource: 'preact',
        write,
        metafile: true,
        logLevel: 'silent',
        absWorkingDir: root,
        tsconfig: path.join(root, 'extensions', 'tsconfig.json'),
      });
      const text = result.outputFiles?.[0]?.text ?? readFileSync(outfile, 'utf8');
      const meta: Metafile = result.metafile!;
      const bytes = Object.values(meta.outputs).reduce((n, o) => n + o.bytes, 0);
      for (const target of ext.targets.filter((t) => t.module === module))
        outputs.push({target, outfile, bytes, text});
    }
  }
  return outputs;
}
