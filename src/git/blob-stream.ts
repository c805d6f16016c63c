import { spawn } from 'node:child_process';
import { fail, ok, type Result } from '../findings/result.js';
import { gitEnv } from './exec.js';

/**
 * One `git cat-file --batch` kept open for reads in rounds (each round's names depend on what the
 * last one found): one spawn instead of one per round, and git's delta-base cache stays warm, so
 * versions of the same file read in later rounds inflate from bases already in memory.
 */
export interface BlobStream {
  read(shas: readonly string[]): Promise<Result<Map<string, Buffer>>>;
  close(): void;
}

export function openBlobStream(cwd: string): BlobStream {
  const child = spawn('git', ['cat-file', '--batch'], { cwd, env: gitEnv(), stdio: ['pipe', 'pipe', 'ignore'] });
  let failure: string | undefined;
  let pending: { count: number; done: (result: Result<Map<string, Buffer>>) => void; names: string[] } | undefined;
  // unparsed output: chunks are joined only once an object's bytes are all there (joining every
  // chunk onto a growing buffer copies a 10 MB round ~100 times)
  let parts: Buffer[] = [];
  let partsLength = 0;
  let body: { name: string; want: number } | undefined;
  let parsed = new Map<string, Buffer>();
  let answered = 0;
  const settle = (result: Result<Map<string, Buffer>>) => {
    const current = pending;
    pending = undefined;
    current?.done(result);
  };
  const broken = (message: string) => {
    failure ??= message;
    settle(
      fail({
        code: 'GIT_FAILED',
        message: `git cat-file failed: ${failure}`,
        fix: 'run `git fsck` to check the repository',
      }),
    );
  };
  child.on('error', (error) => broken(error.message));
  child.on('close', () => broken('it stopped'));
  child.stdin.on('error', (error) => broken(error.message));
  const rest = (buffer: Buffer, from: number) => {
    const left = buffer.subarray(from);
    parts = left.length ? [left] : [];
    partsLength = left.length;
  };
  // "<sha> blob <size>\n<bytes>\n" per object, or "<sha> missing\n"
  child.stdout.on('data', (chunk: Buffer) => {
    parts.push(chunk);
    partsLength += chunk.length;
    while (pending && answered < pending.count) {
      if (!body) {
        const joined = parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts);
        const headerEnd = joined.indexOf(10);
        if (headerEnd === -1) {
          rest(joined, 0);
          break;
        }
        const [name, type, size] = joined.toString('latin1', 0, headerEnd).split(' ');
        rest(joined, headerEnd + 1);
        if (type === 'missing' || type === 'ambiguous' || size === undefined) answered++;
        else body = { name: type === 'blob' ? (name as string) : '', want: Number(size) + 1 };
        continue;
      }
      if (partsLength < body.want) break;
      const joined = parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts);
      if (body.name) parsed.set(body.name, Buffer.from(joined.subarray(0, body.want - 1)));
      rest(joined, body.want);
      body = undefined;
      answered++;
    }
    if (pending && answered === pending.count) settle(ok(parsed));
  });
  return {
    read(shas) {
      const names = [...new Set(shas)];
      if (names.length === 0) return Promise.resolve(ok(new Map()));
      if (failure)
        return Promise.resolve(
          fail({
            code: 'GIT_FAILED',
            message: `git cat-file failed: ${failure}`,
            fix: 'run `git fsck` to check the repository',
          }),
        );
      return new Promise((done) => {
        parsed = new Map();
        answered = 0;
        pending = { count: names.length, done, names };
        child.stdin.write(`${names.join('\n')}\n`);
      });
    },
    close() {
      child.stdin.end();
      child.removeAllListeners('close');
      child.kill();
    },
  };
}
