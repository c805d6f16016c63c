export {
  detectMaturity,
  levelOf,
  LEVEL_THRESHOLDS,
  type Maturity,
  type MaturityFeature,
  type MaturityLevel,
} from './detect-maturity.js';

/**
 * Paths the maturity detector may read (manifests, container files, YAML and the config files its
 * signals look into): read before it runs, it needs one pass instead of a pass to learn what to read.
 * A path it reads that this misses only costs a second pass.
 */
export const MATURITY_READS =
  /(^|\/)(package\.json|pyproject\.toml|setup\.cfg|setup\.py|tox\.ini|Pipfile|environment\.ya?ml|requirements[\w.-]{0,40}\.(txt|in)|jsconfig\.json|(dockerfile|containerfile)[^/]{0,40})$|(^|\/)requirements\/[\w.-]{1,60}\.(txt|in)$|\.ya?ml$/i;
