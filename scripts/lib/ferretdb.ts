import {spawn, type ChildProcess} from 'node:child_process';
import {mkdirSync} from 'node:fs';
import path from 'node:path';

/** A running embedded FerretDB (SQLite backend) and how to stop it. */
export interface EmbeddedDb {
  /** mongodb:// URI without a database name. */
  uri: string;
  process: ChildProcess;
  stop: () => Promise<void>;
}

export interface StartOptions {
  /** Folder for the SQLite files; created if missing. */
  dataDir: string;
  /** Folder holding bin/ferretdb (defaults to $HT_TOOLS_DIR or <repo>/.tools). */
  toolsDir?: string;
  /** 0 picks a free loopback port. */
  port?: number;
}

/** Starts FerretDB on loopback and resolves once it accepts connections. */
export function startFerretDb({dataDir, toolsDir, port = 0}: StartOptions): Promise<EmbeddedDb> {
  const tools = toolsDir ?? process.env.HT_TOOLS_DIR ?? path.resolve(__dirname, '../../.tools');
  mkdirSync(dataDir, {recursive: true});
  const child = spawn(
    path.join(tools, 'bin', 'ferretdb'),
    ['-listen-addr', `127.0.0.1:${port}`, '-sqlite-url', `file:${path.resolve(dataDir)}/`],
    {stdio: ['ignore', 'pipe', 'pipe']},
  );
  return new Promise((resolve, reject) => {
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`ferretdb exited (${code}): ${stderr.trim()}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      const match = /ferretdb listening (mongodb:\/\/\S+)/.exec(chunk.toString());
      if (match?.[1])
        resolve({uri: match[1].replace(/\/$/, ''), process: child, stop: () => stop(child)});
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5000).unref();
  });
}
