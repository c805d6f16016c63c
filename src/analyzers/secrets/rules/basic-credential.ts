import { isChosenPassword } from './url-password.js';

/** Basic credentials are base64 of user:password; anything else (or an empty password) is not one. */
export function isBasicCredential(secret: string): boolean {
  const decoded = Buffer.from(secret, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon > 0 && decoded.length - colon - 1 >= 4 && !/[^\x20-\x7e]/.test(decoded);
}

/** Basic credentials whose password looks chosen: not `user:password`, `admin:admin` or a template. */
export function isChosenBasicCredential(secret: string): boolean {
  if (!isBasicCredential(secret)) return false;
  const decoded = Buffer.from(secret, 'base64').toString('utf8');
  return isChosenPassword(decoded.slice(decoded.indexOf(':') + 1));
}

export const encodeBasic = (user: string, password: string) => Buffer.from(`${user}:${password}`).toString('base64');
