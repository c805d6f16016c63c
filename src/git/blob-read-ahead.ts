import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ok, type Result } from '../findings/result.js';
import { parseBatchOutput, readBlobs } from './blobs.js';
import { gitEnv } from './exec.js';

// A full scan reads blobs in batches and analyses each. Run one after the other, git's inflating
// (~0.4 s of a 20,000-file scan here) and the analysis take turns; this starts git on the next
// batch while the current one is analysed. git reads the names from a file and writes the blobs to a
// file, so it never waits on this (busy) thread to drain a pipe; no second JavaScript thread is
// needed (a worker thread doing the same cost ~55 MB of peak memory).

export interface BlobRead {
  result: Promise<Result<Map<string, Buffer>>>;
}

export function readBlobsAhead(cwd: string, shas: readonly string[]): BlobRead {
  const unique = [...new Set(shas)];
  if (unique.length === 0) return { result: Promise.resolve(ok(new Map())) };
  let dir: string;
  let input: number;
  let output: number;
  try {
    dir = mkdtempSync(join(tmpdir(), 'git-value-blobs-'));
    writeFileSync(join(dir, 'names'), `${unique.join('\n')}\n`);
    input = openSync(join(dir, 'names'), 'r');
    output = openSync(join(dir, 'blobs'), 'w');
  } catch {
    return { result: Promise.resolve(readBlobs(cwd, unique)) }; // no writable temporary folder: read in turn
  }
  const result = new Promise<Result<Map<string, Buffer>>>((resolve) => {
    const child = spawn('git', ['cat-file', '--batch', '--buffer'], {
      cwd,
      stdio: [input, output, 'ignore'],
      env: gitEnv(),
    });
    closeSync(input);
    closeSync(output);
    // anything wrong with the read-ahead (no git, a full temporary folder) is left to the plain
    // read, which reports git's own error: the temporary files must never be why a scan fails
    let settled = false;
    const inTurn = () => {
      if (!settled) resolve(readBlobs(cwd, unique));
      settled = true;
    };
    child.on('error', () => {
      rmSync(dir, { recursive: true, force: true });
      inTurn();
    });
    child.on('close', (status) => {
      if (settled) return;
      try {
        if (status !== 0) return inTurn();
        const parsed = parseBatchOutput(readFileSync(join(dir, 'blobs')), unique.length);
        if (!parsed.ok) return inTurn();
        const blobs = new Map<string, Buffer>();
        parsed.value.forEach((bytes, index) => {
          if (bytes) blobs.set(unique[index] as string, bytes);
        });
        settled = true;
        resolve(ok(blobs));
      } catch {
        inTurn();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
  return { result };
}
