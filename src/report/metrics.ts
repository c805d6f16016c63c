import type { Category } from '../findings/types.js';
import type { ScoredItem } from '../scoring/types.js';
import type { BacklogModel } from './backlog-model.js';

export interface CategoryMetrics {
  category: Category;
  count: number;
  averageScore: number;
  totalEffort: number;
  totalScore: number;
}

export interface EffortBands {
  quickWins: number;
  medium: number;
  large: number;
}

export interface BacklogMetrics {
  total: number;
  highValue: number;
  averageScore: number;
  categories: number;
  /** Items whose risk exceeds backlog.maxRisk. */
  highRisk: number;
  totalEffort: number;
  totalDebtHours: number;
  byCategory: CategoryMetrics[];
  effortBands: EffortBands;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

export function summariseCategories(items: readonly ScoredItem[]): CategoryMetrics[] {
  const groups = new Map<Category, ScoredItem[]>();
  for (const item of items) {
    const group = groups.get(item.category);
    if (group) group.push(item);
    else groups.set(item.category, [item]);
  }
  return [...groups]
    .map(([category, group]) => {
      const totalScore = sum(group.map((item) => item.scores.composite));
      return {
        category,
        count: group.length,
        averageScore: totalScore / group.length,
        totalEffort: sum(group.map((item) => item.effortHours)),
        totalScore,
      };
    })
    .sort((a, b) => b.count - a.count || b.totalScore - a.totalScore || (a.category < b.category ? -1 : 1));
}

/** Quick wins ≤ 2 h, medium 2–5 h, large > 5 h (the seed's bands). */
export function bandEfforts(items: readonly ScoredItem[]): EffortBands {
  const bands: EffortBands = { quickWins: 0, medium: 0, large: 0 };
  for (const item of items) {
    if (item.effortHours <= 2) bands.quickWins++;
    else if (item.effortHours <= 5) bands.medium++;
    else bands.large++;
  }
  return bands;
}

export function summariseMetrics(model: Pick<BacklogModel, 'open' | 'config'>): BacklogMetrics {
  const items = model.open;
  const scores = items.map((item) => item.scores.composite);
  return {
    total: items.length,
    highValue: scores.filter((score) => score >= model.config.scoring.highValueScore).length,
    averageScore: items.length ? sum(scores) / items.length : 0,
    categories: new Set(items.map((item) => item.category)).size,
    highRisk: items.filter((item) => item.risk > model.config.backlog.maxRisk).length,
    totalEffort: sum(items.map((item) => item.effortHours)),
    totalDebtHours: sum(items.map((item) => item.scores.technicalDebt)),
    byCategory: summariseCategories(items),
    effortBands: bandEfforts(items),
  };
}
