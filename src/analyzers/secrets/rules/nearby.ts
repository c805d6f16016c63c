// Many providers issue keys with no prefix (32 hex, a UUID): such a value is only a finding when the
// provider's name sits before it on the same line. The gap is bounded so the scan stays linear.
const GAP = '[^\\n]{0,40}?';
// A stricter gap for keys named only by their setting: no '/', '#' or '@' between the name and the value,
// so a URL, a lock-file checksum or an e-mail address that mentions the provider is not read as its key.
export const SETTING_GAP = '[^\\n/#@]{0,40}?';
export const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/**
 * `context` (a regex source, matched case-insensitively) followed on the same line by `secret`,
 * which becomes the named group `secret`. `edge` lists the characters that may not touch the value,
 * so a 32-hex key is not found inside a 40-hex one. '=' only pads the end of base64, so it may
 * precede the value (`KEY=value`).
 */
export function nearbyPattern(context: string, secret: string, edge = 'A-Za-z0-9_-', gap = GAP): RegExp {
  const before = edge.replace('=', '');
  return new RegExp(`(?:${context})${gap}(?<![${before}])(?<secret>${secret})(?![${edge}])`, 'i');
}
