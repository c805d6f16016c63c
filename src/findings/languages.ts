// Language keys by file name. Analyzers declare which keys they handle; the runner loads only those.

const byExtension: Record<string, string> = {
  js: 'js',
  mjs: 'js',
  cjs: 'js',
  jsx: 'js',
  ts: 'ts',
  mts: 'ts',
  cts: 'ts',
  tsx: 'ts',
  py: 'py',
  pyi: 'py',
  go: 'go',
  java: 'java',
  kt: 'kotlin',
  kts: 'kotlin',
  scala: 'scala',
  c: 'c',
  h: 'c',
  cc: 'cpp',
  cpp: 'cpp',
  cxx: 'cpp',
  hpp: 'cpp',
  hh: 'cpp',
  cs: 'csharp',
  rb: 'ruby',
  php: 'php',
  rs: 'rust',
  swift: 'swift',
  sh: 'shell',
  bash: 'shell',
  zsh: 'shell',
  yml: 'yaml',
  yaml: 'yaml',
  md: 'markdown',
  markdown: 'markdown',
  toml: 'toml',
  ini: 'ini',
  cfg: 'ini',
  conf: 'ini',
  properties: 'properties',
  json: 'json',
  xml: 'xml',
  html: 'html',
  sql: 'sql',
  tf: 'terraform',
  hcl: 'terraform',
  lua: 'lua',
  pl: 'perl',
  r: 'r',
  dart: 'dart',
  vue: 'vue',
  svelte: 'svelte',
  css: 'css',
  scss: 'css',
  less: 'css',
  env: 'dotenv',
};

const byName: Record<string, string> = {
  dockerfile: 'dockerfile',
  makefile: 'make',
  '.env': 'dotenv',
  gemfile: 'ruby',
  rakefile: 'ruby',
  '.bashrc': 'shell',
  '.zshrc': 'shell',
  '.profile': 'shell',
};

// Asked for the same path by every analyzer and for every finding: a full scan made ~1M calls.
const cache = new Map<string, string>();

export function languageOf(path: string): string {
  let language = cache.get(path);
  if (language === undefined) {
    language = detectLanguage(path);
    if (cache.size > 50_000) cache.clear();
    cache.set(path, language);
  }
  return language;
}

function detectLanguage(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  if (byName[name]) return byName[name];
  if (name.startsWith('.env.') || name.endsWith('.env')) return 'dotenv';
  if (name.startsWith('dockerfile')) return 'dockerfile';
  const dot = name.lastIndexOf('.');
  return dot > 0 ? (byExtension[name.slice(dot + 1)] ?? 'other') : 'other';
}
