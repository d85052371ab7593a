import {execFile} from 'node:child_process';
import {copyFile, mkdir, mkdtemp, readdir, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';

/**
 * Reading PDFs back with poppler-utils (installed by `npm test`, scripts/lib/ensure.sh): an
 * independent implementation, so a PDF that only our own code could read would fail here.
 */
const run = promisify(execFile);

/** A word on a page with its box in PDF points, y downwards from the top (pdftotext -bbox). */
export interface PdfWord {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
}

async function withFile<T>(pdf: Buffer, fn: (file: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ht-pdf-'));
  try {
    const file = path.join(dir, 'doc.pdf');
    await writeFile(file, pdf);
    return await fn(file);
  } finally {
    await rm(dir, {recursive: true, force: true});
  }
}

/** Page count and each page's size in points. */
export async function pdfPages(pdf: Buffer): Promise<{width: number; height: number}[]> {
  const {stdout} = await withFile(pdf, (f) => run('pdfinfo', ['-f', '1', '-l', '100000', f]));
  return [...stdout.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
}

export async function pdfFonts(pdf: Buffer): Promise<PdfFont[]> {
  const {stdout} = await withFile(pdf, (f) => run('pdffonts', [f]));
  return stdout
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((line) => {
      const cols = line.trim().split(/\s+/);
      // name, type (1–2 words), encoding, emb, sub, uni, object, id
      const [emb, sub] = cols.slice(-5, -3);
      return {
        name: cols[0]!,
        type: cols.slice(1, -6).join(' '),
        embedded: emb === 'yes',
        subset: sub === 'yes',
      };
    });
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

export async function pdfWords(pdf: Buffer): Promise<PdfWord[]> {
  const {stdout} = await withFile(pdf, (f) =>
    run('pdftotext', ['-bbox', f, '-'], {maxBuffer: 64 * 1024 * 1024}),
  );
  const words: PdfWord[] = [];
  stdout
    .split('<page ')
    .slice(1)
    .forEach((page, i) => {
      for (const m of page.matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
      )) {
        words.push({
          page: i + 1,
          text: unescape(m[5]!),
          xMin: Number(m[1]),
          yMin: Number(m[2]),
          xMax: Number(m[3]),
          yMax: Number(m[4]),
        });
      }
    });
  return words;
}

/** Renders the first `pages` pages as PNGs into `dir` as `<name>-<page>.png`; returns their paths. */
export async function pdfToPngs(
  pdf: Buffer,
  dir: string,
  name: string,
  {pages = 1, dpi = 110} = {},
): Promise<string[]> {
  await mkdir(dir, {recursive: true});
  const tmp = await mkdtemp(path.join(tmpdir(), 'ht-png-'));
  try {
    await withFile(pdf, (f) =>
      run('pdftoppm', [
        '-png',
        '-r',
        String(dpi),
        '-f',
        '1',
        '-l',
        String(pages),
        f,
        path.join(tmp, 'p'),
      ]),
    );
    const files = (await readdir(tmp)).filter((f) => f.endsWith('.png')).sort();
    const out: string[] = [];
    for (const [i, f] of files.entries()) {
      const target = path.join(dir, `${name}-${i + 1}.png`);
      await copyFile(path.join(tmp, f), target);
      out.push(target);
    }
    return out;
  } finally {
    await rm(tmp, {recursive: true, force: true});
  }
}
