// Where the report's file:line and commit links point: the file on the repository's web host at the
// reported commit when its remote is one we know, else the file in the work tree, relative to the report.

export interface LinkTemplates {
  /** `{path}` and `{line}` are replaced in the browser. */
  file: string;
  commit?: string;
}

const HOSTS: Record<string, (base: string, head: string) => LinkTemplates> = {
  'github.com': (base, head) => ({ file: `${base}/blob/${head}/{path}#L{line}`, commit: `${base}/commit/{commit}` }),
  'gitlab.com': (base, head) => ({
    file: `${base}/-/blob/${head}/{path}#L{line}`,
    commit: `${base}/-/commit/{commit}`,
  }),
  'bitbucket.org': (base, head) => ({
    file: `${base}/src/${head}/{path}#lines-{line}`,
    commit: `${base}/commits/{commit}`,
  }),
};

/**
 * `https://host/owner/repo` from the remote forms git accepts (scp-like `git@host:owner/repo.git`,
 * `ssh://`, `https://user:token@host/…`); credentials in the URL are dropped, never copied.
 */
export function webBase(remote: string): { host: string; base: string } | undefined {
  const scp = /^[\w.-]+@([\w.-]+):(?!\/)(.+)$/.exec(remote);
  let host: string;
  let path: string;
  if (scp) {
    host = scp[1] as string;
    path = scp[2] as string;
  } else {
    let url: URL;
    try {
      url = new URL(remote);
    } catch {
      return undefined;
    }
    if (!['https:', 'http:', 'ssh:', 'git:'].includes(url.protocol)) return undefined;
    host = url.hostname;
    path = url.pathname;
  }
  const clean = path
    .replace(/^\/+/, '')
    .replace(/\.git\/?$/, '')
    .replace(/\/+$/, '');
  if (!/^[\w.-]+(?:\/[\w.-]+)+$/.test(clean)) return undefined;
  return { host: host.toLowerCase(), base: `https://${host.toLowerCase()}/${clean}` };
}

/**
 * `relativeRoot`: the repository's top folder as seen from the report's folder (`..` for
 * `.value/report.html`), used when the remote is not a known web host or there is no commit.
 */
export function linkTemplates(
  remote: string | undefined,
  head: string | undefined,
  relativeRoot: string,
): LinkTemplates {
  const web = remote ? webBase(remote) : undefined;
  const known = web ? HOSTS[web.host] : undefined;
  if (web && known && head) return known(web.base, head);
  return { file: `${relativeRoot ? `${relativeRoot}/` : ''}{path}` };
}
