/** Basic credentials are base64 of user:password; anything else (or an empty password) is not one. */
export function isBasicCredential(secret: string): boolean {
  const decoded = Buffer.from(secret, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon > 0 && decoded.length - colon - 1 >= 4 && !/[^\x20-\x7e]/.test(decoded);
}

export const encodeBasic = (user: string, password: string) => Buffer.from(`${user}:${password}`).toString('base64');
