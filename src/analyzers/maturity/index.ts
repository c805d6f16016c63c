export { detectMaturity, levelOf, LEVEL_THRESHOLDS, type Maturity, type MaturityFeature, type MaturityLevel } from './detect-maturity.js';
