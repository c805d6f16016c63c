import { parseArgs } from 'node:util';
import { fail, ok, type Result } from '../findings/result.js';
import { usageTexts } from './messages.js';

// A command's arguments are data: one table entry gives parseArgs its options and renders the usage
// line and the --help page, so the help can never list a flag the parser refuses or miss one it takes.

export interface OptionSpec {
  type: 'boolean' | 'string';
  short?: string;
  /** The value's placeholder in the usage (`FILE`, `A..B`); string options only. */
  value?: string;
  /** The only values accepted, checked when parsing and listed in the help. */
  choices?: readonly string[];
  /** One or more lines for --help. */
  help: string;
}

/** One way to call the command: its tokens are option names (`[--x]` when optional) and positional names. */
export interface CommandForm {
  args: readonly string[];
  /** Its line in `git-value --help`. */
  summary: string;
}

export interface CommandSpec {
  name: string;
  forms: readonly CommandForm[];
  options: Readonly<Record<string, OptionSpec>>;
  /** Positional arguments: their names (as the forms write them) and how many are accepted. */
  positionals?: { names: readonly string[]; min: number; max: number };
  /** The --help page's text between the usage lines and the options. */
  description: string;
  /** After the options (exit codes, advice). */
  footer?: string;
}

type ValueOf<O extends OptionSpec> = O['type'] extends 'boolean' ? boolean : string;

export interface ParsedArgs<S extends CommandSpec = CommandSpec> {
  values: { [K in keyof S['options']]?: ValueOf<S['options'][K]> };
  positionals: string[];
}

const OPTION_TOKEN = /^\[?(--[a-z][a-z-]*)\]?$/;

export function parseCommandArgs<S extends CommandSpec>(spec: S, args: readonly string[]): Result<ParsedArgs<S>> {
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: spec.positionals !== undefined,
      options: Object.fromEntries(
        Object.entries(spec.options).map(([name, option]) => [
          name,
          option.short ? { type: option.type, short: option.short } : { type: option.type },
        ]),
      ),
    });
  } catch (error) {
    return usageError(spec, (error as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
  }
  for (const [name, option] of Object.entries(spec.options)) {
    const value = parsed.values[name];
    if (option.choices && typeof value === 'string' && !option.choices.includes(value))
      return usageError(
        spec,
        usageTexts.unknownChoice(name, value),
        `use ${option.choices.map((choice) => `--${name} ${choice}`).join(' or ')}`,
      );
  }
  const count = parsed.positionals.length;
  const { min = 0, max = 0 } = spec.positionals ?? {};
  if (count < min || count > max)
    return usageError(
      spec,
      count < min
        ? usageTexts.missingArguments(spec.name, spec.positionals?.names.slice(count, min) ?? [])
        : usageTexts.tooManyArguments(spec.name, max, parsed.positionals[max] ?? ''),
    );
  return ok(parsed as ParsedArgs<S>);
}

export function usageError(spec: CommandSpec, message: string, fix?: string): Result<never> {
  return fail({ code: 'USAGE', message, fix: fix ?? synopsis(spec).join(' or ') });
}

/** `git-value check --range A..B`, one per form. */
export function synopsis(spec: CommandSpec): string[] {
  return spec.forms.map((form) =>
    ['git-value', spec.name, ...form.args.map((token) => renderToken(spec, token))].join(' '),
  );
}

function renderToken(spec: CommandSpec, token: string): string {
  const name = OPTION_TOKEN.exec(token)?.[1];
  const option = name ? spec.options[name.slice(2)] : undefined;
  if (!option?.value) return token;
  return token.startsWith('[') ? `${token.slice(0, -1)} ${option.value}]` : `${token} ${option.value}`;
}

/** The option and positional names a form mentions, for the table's own test. */
export function formTokens(form: CommandForm): { options: string[]; positionals: string[] } {
  const options: string[] = [];
  const positionals: string[] = [];
  for (const token of form.args) {
    const name = OPTION_TOKEN.exec(token)?.[1];
    if (name) options.push(name.slice(2));
    else positionals.push(token.replace(/^\[|\]$|…$/g, ''));
  }
  return { options, positionals };
}

/** `git-value <command> --help`. */
export function renderCommandHelp(spec: CommandSpec): string {
  const [first = '', ...rest] = synopsis(spec);
  const lines = [`Usage: ${first}`, ...rest.map((line) => `       ${line}`), '', spec.description.trimEnd()];
  const rows = Object.entries(spec.options).map(([name, option]) => {
    const flag = `--${name}${option.short ? `, -${option.short}` : ''}${option.value ? ` ${option.value}` : ''}`;
    const choices = option.choices ? ` (${option.choices.join(', ')})` : '';
    return [flag, `${option.help}${choices}`] as const;
  });
  if (rows.length > 0) {
    const width = Math.max(...rows.map(([flag]) => flag.length));
    lines.push('', 'Options:');
    for (const [flag, help] of rows)
      lines.push(`  ${flag.padEnd(width)}  ${help.split('\n').join(`\n  ${' '.repeat(width)}  `)}`);
  }
  if (spec.footer) lines.push('', spec.footer.trimEnd());
  return `${lines.join('\n')}\n`;
}

/** `git-value --help`: one line per form of every command. */
export function renderUsage(specs: readonly CommandSpec[], header: string, footer: string): string {
  const forms = specs.flatMap((spec) =>
    spec.forms.map((form) => [
      [spec.name, ...form.args.map((token) => renderToken(spec, token))].join(' '),
      form.summary,
    ]),
  );
  const width = 40;
  const lines = forms.map(([call = '', summary = '']) =>
    call.length < width - 2 ? `  ${call.padEnd(width - 2)}${summary}` : `  ${call}\n${' '.repeat(width)}${summary}`,
  );
  return `${header.trimEnd()}\n\nCommands:\n${lines.join('\n')}\n\n${footer.trimEnd()}\n`;
}
