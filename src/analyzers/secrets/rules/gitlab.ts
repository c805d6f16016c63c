import { ALNUM, BASE64URL, fakeToken, HEX } from '../fake-token.js';
import type { SecretRule } from '../rule-types.js';
import { prefixedRule as prefixed } from './prefixed-rule.js';

// GitLab token prefixes: https://docs.gitlab.com/ee/security/tokens/#token-prefixes
const urlSafe = (length: number) => () => fakeToken(BASE64URL, length);

export default [
  prefixed(
    'gitlab-pat',
    'GitLab personal, project or group access token',
    'glpat-',
    '[A-Za-z0-9_-]{20,128}',
    urlSafe(20),
    'critical',
  ),
  prefixed('gitlab-deploy-token', 'GitLab deploy token', 'gldt-', '[A-Za-z0-9_-]{20,64}', urlSafe(20)),
  prefixed('gitlab-runner-token', 'GitLab runner authentication token', 'glrt-', '[A-Za-z0-9_-]{20,64}', urlSafe(20)),
  prefixed('gitlab-pipeline-trigger-token', 'GitLab pipeline trigger token', 'glptt-', '[0-9a-f]{40}', () =>
    fakeToken(HEX, 40),
  ),
  prefixed(
    'gitlab-ci-job-token',
    'GitLab CI/CD job token',
    'glcbt-',
    '[0-9a-zA-Z]{1,5}_[0-9a-zA-Z_-]{20}',
    () => `${fakeToken(ALNUM, 2)}_${fakeToken(BASE64URL, 20)}`,
  ),
  prefixed(
    'gitlab-runner-registration-token',
    'GitLab runner registration token (deprecated format)',
    'GR1348941',
    '[A-Za-z0-9_-]{20}',
    urlSafe(20),
  ),
  prefixed('gitlab-oauth-app-secret', 'GitLab OAuth application secret', 'gloas-', '[A-Za-z0-9_-]{64}', urlSafe(64)),
  prefixed('gitlab-feed-token', 'GitLab feed token', 'glft-', '[A-Za-z0-9_-]{20}', urlSafe(20), 'medium'),
  prefixed(
    'gitlab-incoming-mail-token',
    'GitLab incoming mail token',
    'glimt-',
    '[A-Za-z0-9_-]{25}',
    urlSafe(25),
    'medium',
  ),
  prefixed('gitlab-agent-token', 'GitLab agent for Kubernetes token', 'glagent-', '[A-Za-z0-9_-]{50}', urlSafe(50)),
  prefixed('gitlab-scim-token', 'GitLab SCIM OAuth access token', 'glsoat-', '[A-Za-z0-9_-]{20}', urlSafe(20)),
  prefixed(
    'gitlab-feature-flags-client-token',
    'GitLab feature flags client token',
    'glffct-',
    '[A-Za-z0-9_-]{20}',
    urlSafe(20),
    'medium',
  ),
] satisfies SecretRule[];
