// What a long workflow reports while it runs (files or commits done, bytes read); cli/progress.ts
// draws it on a terminal, and is silent elsewhere.

export interface ProgressSnapshot {
  /** Units done so far and in all (files, commits), when the total is known. */
  done: number;
  total?: number;
  unit: string;
  /** Bytes read so far, for the rate. */
  bytes?: number;
}

export interface Progress {
  /** False when nothing is drawn: a total that costs work to count is not asked for. */
  shown: boolean;
  /** A new phase's label ("history", "scan"); the rate and ETA restart with it. */
  phase(label: string): void;
  update(snapshot: ProgressSnapshot): void;
  /** Erase the line (call before printing anything else). */
  end(): void;
}

export const silentProgress: Progress = { shown: false, phase() {}, update() {}, end() {} };
