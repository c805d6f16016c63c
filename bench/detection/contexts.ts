// Realistic surroundings for one credential: the file it would live in, a few neighbouring lines, and
// the variable name in that file type's own convention.

export interface PlacedFile {
  path: string;
  lines: string[];
  /** 0-based index of the line holding the secret. */
  secretLine: number;
}

type Render = (dir: string, name: string, value: string) => PlacedFile;

const words = (name: string): string[] =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
const upperSnake = (name: string): string => words(name).join('_').toUpperCase();
const lowerSnake = (name: string): string => words(name).join('_');
const camel = (name: string): string =>
  words(name)
    .map((word, i) => (i ? word[0]!.toUpperCase() + word.slice(1) : word))
    .join('');
const dotted = (name: string): string => words(name).join('.');

function place(path: string, before: string[], line: string, after: string[]): PlacedFile {
  return { path, lines: [...before, line, ...after], secretLine: before.length };
}

export const CONTEXTS: readonly Render[] = [
  (dir, name, value) =>
    place(`${dir}/.env`, ['# service settings', 'NODE_ENV=production', 'PORT=8080'], `${upperSnake(name)}=${value}`, [
      'LOG_LEVEL=info',
    ]),
  (dir, name, value) =>
    place(
      `${dir}/config.yaml`,
      ['service:', '  name: billing', '  replicas: 3', '  credentials:'],
      `    ${camel(name)}: "${value}"`,
      ['  timeoutSeconds: 30'],
    ),
  (dir, name, value) =>
    place(
      `${dir}/settings.json`,
      ['{', '  "region": "eu-west-1",', '  "retries": 3,'],
      `  "${camel(name)}": "${value}",`,
      ['  "debug": false', '}'],
    ),
  (dir, name, value) =>
    place(`${dir}/client.ts`, ["import { createClient } from './http.js';", ''], `const ${camel(name)} = '${value}';`, [
      '',
      `export const client = createClient({ auth: ${camel(name)} });`,
    ]),
  (dir, name, value) =>
    place(`${dir}/settings.py`, ['import logging', '', 'DEBUG = False'], `${upperSnake(name)} = "${value}"`, [
      'TIMEOUT = 30',
    ]),
  (dir, name, value) =>
    place(`${dir}/main.go`, ['package main', '', 'import "net/http"', ''], `const ${camel(name)} = "${value}"`, [
      '',
      'func main() { http.ListenAndServe(":8080", nil) }',
    ]),
  (dir, name, value) =>
    place(
      `${dir}/Dockerfile`,
      ['FROM node:20-alpine', 'WORKDIR /app', 'COPY . .'],
      `ENV ${upperSnake(name)}=${value}`,
      ['CMD ["node", "server.js"]'],
    ),
  (dir, name, value) =>
    place(`${dir}/main.tf`, ['provider "acme" {', '  region = "eu-west-1"'], `  ${lowerSnake(name)} = "${value}"`, [
      '}',
    ]),
  (dir, name, value) =>
    place(
      `${dir}/application.properties`,
      ['server.port=8080', 'spring.application.name=orders'],
      `${dotted(name)}=${value}`,
      ['logging.level.root=INFO'],
    ),
  (dir, name, value) =>
    place(`${dir}/deploy.sh`, ['#!/bin/sh', 'set -eu'], `export ${upperSnake(name)}="${value}"`, [
      './bin/deploy --env production',
    ]),
];

/** A statement already written out (an assignment, a connection string, a JSON pair) among neighbours. */
export function placeStatement(dir: string, statement: string): PlacedFile {
  if (/^[A-Z][A-Z0-9_]*=/.test(statement))
    return place(`${dir}/.env`, ['# production', 'PORT=8080'], statement, ['LOG_LEVEL=info']);
  if (/^"[^"]+"\s*:/.test(statement))
    return place(`${dir}/config.json`, ['{', '  "region": "eu-west-1",'], `  ${statement.replace(/,$/, '')},`, [
      '  "debug": false',
      '}',
    ]);
  if (/^[\w.-]+:\s/.test(statement))
    return place(`${dir}/values.yaml`, ['replicaCount: 2', 'image: app:1.4.2'], statement, ['resources: {}']);
  return place(`${dir}/config.txt`, ['# connection settings for the worker', ''], statement, ['', '# end']);
}

// Names of credential files a path-scoped rule may expect, tried in order.
export const CREDENTIAL_FILE_NAMES = [
  '.netrc',
  '_netrc',
  '.pgpass',
  '.git-credentials',
  '.npmrc',
  '.yarnrc.yml',
  '.pypirc',
  '.gem/credentials',
  '.docker/config.json',
  '.dockercfg',
  '.htpasswd',
  'htpasswd',
  'wp-config.php',
  'config/master.key',
  'config/credentials/production.key',
  '.aws/credentials',
  '.s3cfg',
  '.boto',
  'settings.xml',
  'terraform.tfvars',
  '.env',
  'id_rsa',
  'id_ed25519',
  'credentials.json',
  'service-account.json',
  '.vault-token',
];
