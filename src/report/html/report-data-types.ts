// The data the HTML report embeds (one JSON block) and its browser code draws. Shared by the renderer
// (Node) and the client (browser), so this file imports nothing: both sides compile it on their own.

export const REPORT_DATA_VERSION = 1;

/** Enumerations the items refer to by index, so 20,000 items stay a few megabytes. */
export interface ReportEnums {
  categories: string[];
  categoryLabels: string[];
  severities: string[];
  contexts: string[];
  statuses: string[];
}

/**
 * One item as a row of numbers and string-table indexes:
 * [id, path, line, rule, title, category, severity, context, status, composite, effort hours].
 * Open items come first, ranked (rank = position + 1); allowed items follow.
 */
export type ItemRow = [
  id: string,
  path: number,
  line: number,
  rule: number,
  title: number,
  category: number,
  severity: number,
  context: number,
  status: number,
  composite: number,
  effortHours: number,
];

/** Counts per category index (absent = 0). */
export type PerCategory = Record<string, number>;

/** One period of the ledger's own history: its state at the period's last ledger commit. */
export interface TrendPeriod {
  /** '2026-03-14' (day), '2026-W11' (ISO week) or '2026-03' (month). */
  period: string;
  /** First day of the period (YYYY-MM-DD; a Monday for weeks). */
  start: string;
  commit: string;
  /** Commit date of that ledger version. */
  date: string;
  open: PerCategory;
  debtHours: PerCategory;
  /** Open now but not at the previous period's end; absent on the first period (the baseline). */
  added?: PerCategory;
  /** Open at the previous period's end, resolved (or gone) now. */
  resolved?: PerCategory;
  /** Open at the previous period's end, allowed now. */
  allowed?: PerCategory;
}

export interface TrendData {
  granularity: 'day' | 'week' | 'month';
  periods: TrendPeriod[];
  /** Ledger commits in the history, all of them (the periods keep the last of each period). */
  commits: number;
  /** Periods left out because they are older than the window shown. */
  omittedPeriods: number;
}

export interface HotspotFile {
  path: string;
  /** Lines of the file as committed (its size in code). */
  lines: number;
  /** Commits that touched it within the hotspot window. */
  commits: number;
  /** Highest function complexity measured in it (0 when none). */
  complexity: number;
  /** Change frequency (share of the busiest file) × complexity factor: the scoring's hotspot term, 0–2. */
  hotspot: number;
  /** Open items in the file. */
  items: number;
}

export interface HotspotData {
  windowDays: number;
  maxChurn: number;
  files: HotspotFile[];
  /** Files with open items or recent changes that are not drawn (the map keeps the hottest). */
  omittedFiles: number;
}

export interface ScoreTermRow {
  score: string;
  name: string;
  value: number;
  source: string;
}

/** One top item as `git-value explain` gives it. */
export interface TopItem {
  id: string;
  rank: number;
  title: string;
  ruleId: string;
  category: number;
  severity: string;
  context: string;
  contextReason: string;
  path: string;
  line: number;
  firstSeen: string;
  evidence?: string;
  composite: number;
  wsjf: number;
  ice: number;
  technicalDebt: number;
  effortHours: number;
  risk: number;
  /** The composite's parts (points of the 0–100 score, each its share of the weighted sum): WSJF, ICE, debt, security boost. */
  parts: { wsjf: number; ice: number; debt: number; security: number };
  terms: ScoreTermRow[];
}

export interface ModuleCoverage {
  module: string;
  files: number;
  documented: number;
  public: number;
}

export interface CalibrationSample {
  id: string;
  category: number;
  path: string;
  line: number;
  predicted: number;
  actual: number;
}

export interface CalibrationRow {
  category: number;
  samples: number;
  factor: number;
  mapeBefore: number;
  mapeAfter: number;
}

export interface CalibrationData {
  minSamples: number;
  samples: CalibrationSample[];
  categories: CalibrationRow[];
  mapeBefore: number | null;
  mapeAfter: number | null;
}

export interface ReportData {
  version: number;
  repo: string;
  generatedAt: string;
  toolVersion?: string;
  head?: string;
  maturity: { level: string; percent: number };
  highValueScore: number;
  /** Link to a file at a line: `{path}` and `{line}` are replaced (a web host's URL, or a path relative to the report). */
  fileLink: string;
  /** Link to a commit (`{commit}` replaced), when the repository's remote is a known web host. */
  commitLink?: string;
  enums: ReportEnums;
  /**
   * Strings the items refer to. A path is a folder index and a file name: deep trees repeat their
   * folders thousands of times.
   */
  strings: { folders: string[]; paths: Array<[folder: number, name: string]>; rules: string[]; titles: string[] };
  items: ItemRow[];
  /** Open debt hours (estimated effort of the open items). */
  debtHours: number;
  resolvedCount: number;
  trend: TrendData;
  hotspots: HotspotData;
  top: TopItem[];
  coverage: ModuleCoverage[] | null;
  calibration: CalibrationData;
  notes: string[];
}
