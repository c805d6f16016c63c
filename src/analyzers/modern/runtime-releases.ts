// Release and end-of-life dates of the runtimes the modernization analyzer checks, shipped with the
// tool so a scan needs no network. Sources: nodejs/Release schedule.json, the Python devguide's
// version status page (PEP 602/2026 for 3.13+), go.dev/doc/devel/release. Dates marked `estimated`
// are announced plans or the usual cadence, not yet confirmed: update them when the release happens.

export const RELEASES_REVIEWED_ON = '2026-11-24';

export type Runtime = 'node' | 'python' | 'go';

export interface RuntimeRelease {
  runtime: Runtime;
  /** Node: the major ('20'); Python and Go: major.minor ('3.12', '1.23'). */
  version: string;
  released: string;
  /** Node only: the day the major entered long-term support. */
  ltsFrom?: string;
  endOfLife: string;
  /** True when a date here is a plan or a cadence guess rather than a fact. */
  estimated?: boolean;
}

const node: RuntimeRelease[] = [
  { runtime: 'node', version: '12', released: '2019-04-23', ltsFrom: '2019-10-21', endOfLife: '2022-04-30' },
  { runtime: 'node', version: '13', released: '2019-10-22', endOfLife: '2020-06-01' },
  { runtime: 'node', version: '14', released: '2020-04-21', ltsFrom: '2020-10-27', endOfLife: '2023-04-30' },
  { runtime: 'node', version: '15', released: '2020-10-20', endOfLife: '2021-06-01' },
  // Node 16 ended early, with OpenSSL 1.1.1.
  { runtime: 'node', version: '16', released: '2021-04-20', ltsFrom: '2021-10-26', endOfLife: '2023-09-11' },
  { runtime: 'node', version: '17', released: '2021-10-19', endOfLife: '2022-06-01' },
  { runtime: 'node', version: '18', released: '2022-04-19', ltsFrom: '2022-10-25', endOfLife: '2025-04-30' },
  { runtime: 'node', version: '19', released: '2022-10-18', endOfLife: '2023-06-01' },
  { runtime: 'node', version: '20', released: '2023-04-18', ltsFrom: '2023-10-24', endOfLife: '2026-04-30' },
  { runtime: 'node', version: '21', released: '2023-10-17', endOfLife: '2024-06-01' },
  { runtime: 'node', version: '22', released: '2024-04-24', ltsFrom: '2024-10-29', endOfLife: '2027-04-30' },
  { runtime: 'node', version: '23', released: '2024-10-16', endOfLife: '2025-06-01' },
  { runtime: 'node', version: '24', released: '2025-05-06', ltsFrom: '2025-10-28', endOfLife: '2028-04-30' },
  { runtime: 'node', version: '25', released: '2025-10-15', endOfLife: '2026-06-01', estimated: true },
  {
    runtime: 'node',
    version: '26',
    released: '2026-04-21',
    ltsFrom: '2026-10-27',
    endOfLife: '2029-04-30',
    estimated: true,
  },
];

const python: RuntimeRelease[] = [
  { runtime: 'python', version: '3.6', released: '2016-12-23', endOfLife: '2021-12-23' },
  { runtime: 'python', version: '3.7', released: '2018-06-27', endOfLife: '2023-06-27' },
  { runtime: 'python', version: '3.8', released: '2019-10-14', endOfLife: '2024-10-07' },
  { runtime: 'python', version: '3.9', released: '2020-10-05', endOfLife: '2025-10-31' },
  { runtime: 'python', version: '3.10', released: '2021-10-04', endOfLife: '2026-10-31', estimated: true },
  { runtime: 'python', version: '3.11', released: '2022-10-24', endOfLife: '2027-10-31', estimated: true },
  { runtime: 'python', version: '3.12', released: '2023-10-02', endOfLife: '2028-10-31', estimated: true },
  { runtime: 'python', version: '3.13', released: '2024-10-07', endOfLife: '2029-10-31', estimated: true },
  { runtime: 'python', version: '3.14', released: '2025-10-07', endOfLife: '2030-10-31', estimated: true },
];

// A Go release is supported until two newer majors exist, so its end of life is the release of N+2.
const goReleases: Array<[version: string, released: string, estimated?: boolean]> = [
  ['1.19', '2022-08-02'],
  ['1.20', '2023-02-01'],
  ['1.21', '2023-08-08'],
  ['1.22', '2024-02-06'],
  ['1.23', '2024-08-13'],
  ['1.24', '2025-02-11'],
  ['1.25', '2025-08-12'],
  ['1.26', '2026-02-10', true],
  ['1.27', '2026-08-11', true],
  ['1.28', '2027-02-09', true],
];

const go: RuntimeRelease[] = goReleases.slice(0, -2).map(([version, released, estimated], index) => {
  const [, successorDate, successorEstimated] = goReleases[index + 2] as [string, string, boolean?];
  const release: RuntimeRelease = { runtime: 'go', version, released, endOfLife: successorDate };
  if (estimated || successorEstimated) release.estimated = true;
  return release;
});

// The floor a Go library raises its `go` line to, when its code needs more than it declares: Go 1.21 is
// the first release that reads the line as a minimum and fetches the toolchain a module asks for
// (GOTOOLCHAIN=auto), so importers on any toolchain since then keep building. Advising the oldest
// supported release (the two newest) instead would force every importer's upgrade (spf13/cobra#1866).
export const GO_LIBRARY_FLOOR = '1.21';

export const RUNTIME_RELEASES: readonly RuntimeRelease[] = [...node, ...python, ...go];
