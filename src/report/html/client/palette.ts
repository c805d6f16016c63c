// Colour-blind-safe colours: Okabe and Ito's palette for categories (distinct under the common colour
// vision deficiencies), ColorBrewer's sequential YlOrBr for severity and YlOrRd for heat, both listed
// as colour-blind safe. Every chart also has its table, and colour is never the only cue (labels,
// order and tables carry the same facts).

export const CATEGORY_COLORS: Record<string, string> = {
  secret: '#D55E00',
  vuln: '#CC79A7',
  debt: '#E69F00',
  quality: '#0072B2',
  perf: '#009E73',
  modern: '#56B4E9',
};

export const SEVERITY_COLORS: Record<string, string> = {
  critical: '#993404',
  high: '#d95f0e',
  medium: '#fe9929',
  low: '#fed98e',
  info: '#ffffd4',
};

export const PART_COLORS: Record<string, string> = {
  WSJF: '#0072B2',
  ICE: '#56B4E9',
  'technical debt': '#E69F00',
  'security boost': '#D55E00',
};

export const HEAT_SCHEME = 'YlOrRd';

/** Black or white text, whichever reads better on `color` (#rrggbb or rgb(r, g, b)). */
export function textOn(color: string): string {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  const rgb = /^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(color);
  const parts = hex ? hex.slice(1).map((part) => parseInt(part, 16)) : rgb ? rgb.slice(1).map(Number) : [255, 255, 255];
  const [r, g, b] = parts.map((value) => {
    const channel = (value ?? 0) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.4 ? '#111111' : '#ffffff';
}
