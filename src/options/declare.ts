import type { LabelGroup, MessageKey } from '../i18n/index.js';

// How a command is declared: its name and arguments as commander writes them, and its
// options as a list of flags. The types a handler receives are read from the same text, the
// way commander reads it: `show <id>` hands over [string], `backup [file]` [string |
// undefined], `search <words...>` [string[]]; `--purchase-date <date>` is `purchaseDate:
// string | undefined`, `--json` `json: boolean | undefined`, `--no-input` `input: boolean`.
// Nothing is written twice.

export interface OptionSpec {
  readonly flags: string;
  /** Its line in the command's help. */
  readonly help: MessageKey;
  /** The value when the option is not given. */
  readonly default?: string;
  /** The values it takes, offered by the shell's completion; another is a usage error (exit
   * 2), unless they are `suggested` only (a category the shop added is taken too). */
  readonly values?: readonly string[];
  readonly suggested?: boolean;
  /** The group whose printed words name its `values` too (`--status "rappel prévu"`). */
  readonly labels?: LabelGroup;
  /** Several of its `values`, separated by commas. */
  readonly several?: boolean;
  /** Its value is checked by its command alone, which takes words outside its `values` too. */
  readonly ownCheck?: boolean;
  /** What refuses a value off its list ({value}), when not the common message. */
  readonly refused?: MessageKey;
  /** A whole number above 0 (`--limit`, `--within`); another is a usage error (exit 2). */
  readonly count?: boolean;
  /** Left out of the help: for the program's own use (the completion scripts ask for
   * complaint numbers with one). */
  readonly hidden?: boolean;
}

type OptionExtras = Omit<OptionSpec, 'flags' | 'help'>;

/** An option: its flags (`--within <days>`, `-o, --output <file>`, `--no-input`), its help,
 * and what else it has (a default, the values it takes). */
export function option<F extends string, const X extends OptionExtras = Record<never, never>>(
  flags: F,
  help: MessageKey,
  extras?: X,
): { readonly flags: F; readonly help: MessageKey } & X {
  return { flags, help, ...extras } as { readonly flags: F; readonly help: MessageKey } & X;
}

/** The long name of flags: `-o, --output <file>` -> output. */
type LongName<F extends string> = F extends `${string}--${infer Rest}`
  ? Rest extends `${infer Name} ${string}`
    ? Name
    : Rest
  : never;
type Camel<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;
/** The property commander stores an option under: --purchase-date -> purchaseDate, --no-input -> input. */
type Key<F extends string> = LongName<F> extends `no-${infer Name}` ? Camel<Name> : Camel<LongName<F>>;
type Value<O extends OptionSpec> = O['flags'] extends `${string}<${string}>`
  ? O extends { default: string }
    ? string
    : string | undefined
  : O['flags'] extends `${string}--no-${string}`
    ? boolean
    : boolean | undefined;

/** The options a handler receives, from the list that declares them. */
export type OptionsOf<L extends readonly OptionSpec[]> = { [O in L[number] as Key<O['flags']>]: Value<O> };

type Words<S extends string> = S extends `${infer Word} ${infer Rest}` ? [Word, ...Words<Rest>] : [S];
type Argument<W> = W extends `${string}...${string}` ? string[] : W extends `[${string}]` ? string | undefined : string;
type Arguments<W extends string[]> = W extends [string, ...infer Rest extends string[]]
  ? { [I in keyof Rest]: Argument<Rest[I]> }
  : [];
/** The arguments a handler receives, from `name <required> [optional]`. */
type ArgumentsOf<Spec extends string> = Arguments<Words<Spec>>;

export interface Declaration {
  /** The name and arguments, as commander takes them. */
  readonly spec: string;
  readonly description: MessageKey;
  readonly options: readonly OptionSpec[];
  /** A paragraph after the options in the command's help. */
  readonly helpAfter?: MessageKey;
  /** The function of the command's module (src/commands/<name>.ts) that runs it. */
  readonly handler: string;
  /** Subcommands (`config get`), each run by its own function of the same module. */
  readonly subcommands?: readonly Declaration[];
}

/** What runs a declared command: plain values in, nothing of commander. */
export type HandlerOf<D extends Declaration, Context> = (
  args: ArgumentsOf<D['spec']>,
  options: OptionsOf<D['options']>,
  context: Context,
) => Promise<void>;
