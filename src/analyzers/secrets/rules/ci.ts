import { ALNUM, BASE64URL, fakeToken, HEX, UPPER_ALNUM } from '../fake-token.js';
import type { SecretRule } from '../rule-types.js';
import { fakeUuid } from './fake-parts.js';
import { namedRule } from './named-rule.js';
import { UUID } from './nearby.js';
import { prefixedRule as prefixed } from './prefixed-rule.js';

export default [
  prefixed('bitbucket-app-password', 'Bitbucket app password', 'ATBB', '[A-Za-z0-9_=.-]{32}', () =>
    fakeToken(ALNUM, 32),
  ),
  // Atlassian-issued repository / workspace access tokens share the ATCTT3 prefix.
  prefixed(
    'bitbucket-access-token',
    'Bitbucket repository, project or workspace access token',
    'ATCTT3',
    '[A-Za-z0-9_=-]{150,250}',
    () => fakeToken(BASE64URL, 186),
  ),
  prefixed(
    'circleci-personal-token',
    'CircleCI personal API token',
    'CCIPAT_',
    '[A-Za-z0-9]{22}_[a-f0-9]{40}',
    () => `${fakeToken(ALNUM, 22)}_${fakeToken(HEX, 40)}`,
  ),
  prefixed(
    'circleci-project-token',
    'CircleCI project API token',
    'CCIPRJ_',
    '[A-Za-z0-9]{22}_[a-f0-9]{40}',
    () => `${fakeToken(ALNUM, 22)}_${fakeToken(HEX, 40)}`,
  ),
  prefixed('buildkite-api-token', 'Buildkite user API access token', 'bkua_', '[a-f0-9]{40}', () => fakeToken(HEX, 40)),
  prefixed('octopus-deploy-api-key', 'Octopus Deploy API key', 'API-', '[A-Z0-9]{26}', () =>
    fakeToken(UPPER_ALNUM, 26),
  ),
  {
    id: 'secret/sonarqube-token',
    description: 'SonarQube / SonarCloud user, project or global analysis token',
    keywords: ['squ_', 'sqp_', 'sqa_'],
    pattern: /\bsq[uap]_[a-f0-9]{40}\b/,
    minEntropy: 3,
    severity: 'high',
    confidence: 0.95,
    examples: {
      positive: () => [`squ_${fakeToken(HEX, 40)}`, `sqp_${fakeToken(HEX, 40)}`],
      negative: () => [`squ_${'0'.repeat(40)}`, `sqa_${fakeToken(HEX, 20)}`, 'tokens start with squ_'],
    },
  },
  prefixed(
    'harness-pat',
    'Harness personal access or service account token',
    'pat.',
    '[A-Za-z0-9_-]{22}\\.[a-f0-9]{24}\\.[A-Za-z0-9]{20}',
    () => `${fakeToken(ALNUM, 22)}.${fakeToken(HEX, 24)}.${fakeToken(ALNUM, 20)}`,
  ),
  namedRule({
    id: 'jenkins-api-token',
    description: 'Jenkins API token next to the server name',
    keywords: ['jenkins'],
    context: 'jenkins',
    // Jenkins 2.129+ tokens: "11" then 32 hex.
    secret: '11[a-f0-9]{32}',
    fake: () => `11${fakeToken(HEX, 32)}`,
    setting: 'JENKINS_API_TOKEN',
  }),
  namedRule({
    id: 'travis-ci-token',
    description: 'Travis CI API token next to the provider name',
    keywords: ['travis'],
    context: 'travis',
    secret: '[A-Za-z0-9_-]{22}',
    fake: () => fakeToken(BASE64URL, 22),
    setting: 'TRAVIS_API_TOKEN',
  }),
  namedRule({
    id: 'codecov-upload-token',
    description: 'Codecov upload token next to the provider name',
    keywords: ['codecov'],
    context: 'codecov',
    secret: UUID,
    fake: fakeUuid,
    setting: 'CODECOV_TOKEN',
  }),
  namedRule({
    id: 'snyk-api-token',
    description: 'Snyk API token next to the provider name',
    keywords: ['snyk'],
    context: 'snyk',
    secret: UUID,
    fake: fakeUuid,
    setting: 'SNYK_TOKEN',
  }),
  namedRule({
    id: 'drone-ci-token',
    description: 'Drone CI personal token next to the provider name',
    keywords: ['drone'],
    context: 'drone',
    secret: '[A-Za-z0-9]{32}',
    fake: () => fakeToken(ALNUM, 32),
    setting: 'DRONE_TOKEN',
  }),
] satisfies SecretRule[];
