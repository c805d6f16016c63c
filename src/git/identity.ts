import { runGitText } from './exec.js';

/** `Name <email>` of the person running the command (git's user.name and user.email), for the audit trail. */
export function readIdentity(root: string): string {
  const name = runGitText(['config', 'user.name'], { cwd: root, okCodes: [1] });
  const email = runGitText(['config', 'user.email'], { cwd: root, okCodes: [1] });
  const who = [name.ok ? name.value.trim() : '', email.ok && email.value.trim() ? `<${email.value.trim()}>` : '']
    .filter(Boolean)
    .join(' ');
  return who || 'unknown';
}
