import { Option } from 'commander';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Handler } from '../../src/context.js';
import { DECLARATIONS } from '../../src/declarations.js';
import { option, type Declaration, type OptionsOf } from '../../src/options/declare.js';

// A handler's options are typed from the flags that declare them, by the rule commander
// follows to store them: checked here at compile time (npm run lint type-checks the tests)
// and, for every declared option, against commander itself.

/** The property commander stores `flags` under, by the rule the types follow. */
function keyOf(flags: string): string {
  const long = /--([\w-]+)/.exec(flags)![1].replace(/^no-/, '');
  return long.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
}

function everyDeclaration(declarations: readonly Declaration[]): Declaration[] {
  return declarations.flatMap((declaration) => [declaration, ...everyDeclaration(declaration.subcommands ?? [])]);
}

describe('declared options', () => {
  it('type each option as commander hands it over', () => {
    const options = [
      option('-o, --output <file>', 'opt.export.output'),
      option('--purchase-date <date>', 'opt.w.purchaseDate'),
      option('--format <format>', 'opt.report.format', { default: 'text' }),
      option('--json', 'opt.json'),
      option('--no-input', 'opt.noInput'),
    ] as const;
    expectTypeOf<OptionsOf<typeof options>>().toEqualTypeOf<{
      output: string | undefined;
      purchaseDate: string | undefined;
      format: string;
      json: boolean | undefined;
      input: boolean;
    }>();
    expect(options.map(({ flags }) => new Option(flags).attributeName())).toEqual([
      'output',
      'purchaseDate',
      'format',
      'json',
      'input',
    ]);
  });

  it('type the arguments from the command spec', () => {
    expectTypeOf<Parameters<Handler<typeof DECLARATIONS.backup>>[0]>().toEqualTypeOf<[string | undefined]>();
    expectTypeOf<Parameters<Handler<typeof DECLARATIONS.show>>[0]>().toEqualTypeOf<[string]>();
    expectTypeOf<Parameters<Handler<typeof DECLARATIONS.due>>[0]>().toEqualTypeOf<[]>();
  });

  it('are stored by commander under the names their types give them', () => {
    for (const declaration of everyDeclaration(Object.values(DECLARATIONS)))
      for (const { flags } of declaration.options) expect(new Option(flags).attributeName(), flags).toBe(keyOf(flags));
  });
});
