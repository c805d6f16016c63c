import type { SecretRule } from '../rule-types.js';
import aiPlatforms from './ai-platforms.js';
import appSecrets from './app-secrets.js';
import ai from './ai.js';
import aws from './aws.js';
import azure from './azure.js';
import businessApps from './business-apps.js';
import ci from './ci.js';
import clientConfigFiles from './client-config-files.js';
import cloudPlatforms from './cloud-platforms.js';
import cloud from './cloud.js';
import commerce from './commerce.js';
import connectionStrings from './connection-strings.js';
import connectionUrls from './connection-urls.js';
import credentialFiles from './credential-files.js';
import databaseConfigFiles from './database-config-files.js';
import devTools from './dev-tools.js';
import emailAndChat from './email-and-chat.js';
import github from './github.js';
import gitlab from './gitlab.js';
import homeAndServerFiles from './home-and-server-files.js';
import google from './google.js';
import mailAndVoiceConfigs from './mail-and-voice-configs.js';
import messaging from './messaging.js';
import monitoring from './monitoring.js';
import observability from './observability.js';
import passwordHashes from './password-hashes.js';
import payments from './payments.js';
import privateKeys from './private-keys.js';
import registries from './registries.js';
import saas from './saas.js';
import serverConfigFiles from './server-config-files.js';
import slack from './slack.js';
import socialMedia from './social-media.js';
import stripe from './stripe.js';
import tokens from './tokens.js';

// Every provider file's rules, in one list. Adding a provider = one file here + one import line.
// Order matters only when two rules claim the very same value: the earlier one reports it.
export const allRules: SecretRule[] = [
  ...credentialFiles,
  ...serverConfigFiles,
  ...databaseConfigFiles,
  ...clientConfigFiles,
  ...mailAndVoiceConfigs,
  ...homeAndServerFiles,
  ...privateKeys,
  ...aws,
  ...google,
  ...azure,
  ...github,
  ...gitlab,
  ...slack,
  ...stripe,
  ...ai,
  ...registries,
  ...messaging,
  ...payments,
  ...ci,
  ...cloud,
  ...observability,
  ...saas,
  ...socialMedia,
  ...commerce,
  ...businessApps,
  ...aiPlatforms,
  ...emailAndChat,
  ...monitoring,
  ...cloudPlatforms,
  ...devTools,
  ...appSecrets,
  ...tokens,
  ...passwordHashes,
  ...connectionUrls,
  ...connectionStrings,
];
