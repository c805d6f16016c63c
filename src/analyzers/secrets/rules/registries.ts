import { ALNUM, BASE64URL, fakeToken, HEX, LOWER_ALNUM } from '../fake-token.js';
import type { SecretRule } from '../rule-types.js';
import { prefixedRule as prefixed } from './prefixed-rule.js';

// PyPI macaroons are base64 of a header naming the index: "pypi.org" or "test.pypi.org".
const PYPI = 'pypi-AgEIcHlwaS5vcmc';
const TEST_PYPI = 'pypi-AgENdGVzdC5weXBpLm9yZw';

export default [
  prefixed('npm-access-token', 'npm access token', 'npm_', '[A-Za-z0-9]{36}', () => fakeToken(ALNUM, 36), 'critical'),
  prefixed(
    'pypi-upload-token',
    'PyPI upload token',
    PYPI,
    '[A-Za-z0-9_-]{50,1000}',
    () => fakeToken(BASE64URL, 140),
    'critical',
  ),
  prefixed(
    'test-pypi-upload-token',
    'TestPyPI upload token',
    TEST_PYPI,
    '[A-Za-z0-9_-]{50,1000}',
    () => fakeToken(BASE64URL, 140),
    'medium',
  ),
  prefixed('rubygems-api-key', 'RubyGems API key', 'rubygems_', '[a-f0-9]{48}', () => fakeToken(HEX, 48), 'critical'),
  prefixed('nuget-api-key', 'NuGet.org API key', 'oy2', '[a-z0-9]{43}', () => fakeToken(LOWER_ALNUM, 43)),
  prefixed('dockerhub-pat', 'Docker Hub personal access token', 'dckr_pat_', '[A-Za-z0-9_-]{27}', () =>
    fakeToken(BASE64URL, 27),
  ),
  prefixed('dockerhub-org-access-token', 'Docker Hub organization access token', 'dckr_oat_', '[A-Za-z0-9_-]{32}', () =>
    fakeToken(BASE64URL, 32),
  ),
  prefixed('jfrog-api-key', 'JFrog Artifactory API key', 'AKCp', '[A-Za-z0-9]{69}', () => fakeToken(ALNUM, 69)),
  // Identity (reference) tokens are base64 of "reftkn:01:...".
  prefixed('jfrog-identity-token', 'JFrog identity / reference token', 'cmVmdGtuOjAxOj', '[A-Za-z0-9]{50,100}', () =>
    fakeToken(ALNUM, 50),
  ),
  prefixed('crates-io-api-token', 'crates.io API token', 'cio', '[A-Za-z0-9]{32}', () => fakeToken(ALNUM, 32)),
  prefixed('clojars-deploy-token', 'Clojars deploy token', 'CLOJARS_', '[a-z0-9]{60}', () =>
    fakeToken(LOWER_ALNUM, 60),
  ),
] satisfies SecretRule[];
