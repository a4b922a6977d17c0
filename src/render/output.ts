import { readlinkSync } from 'node:fs';
import { Chalk, type ChalkInstance } from 'chalk';
import { EXIT, writeFailure } from '../errors.js';
import { escapeJsonControls, sanitize } from '../format/sanitize.js';
import { t } from '../i18n/index.js';
import { writeWhole } from './fd.js';
import { surelyNoTerminal } from './terminal.js';
import { valuesKept, wrap } from './width.js';

// Results go to stdout, messages to stderr (clig.dev). Colour only on a terminal, and
// never with NO_COLOR or --no-color: cron mails and pipes get plain text. FORCE_COLOR asks
// for it anyway (README, "Environment").
//
// Results and messages are written to file descriptors 1 and 2 directly, as Node writes to
// files and pipes itself (synchronously, on Linux): process.stdout and process.stderr are
// streams that Node builds on first use, loading its stream and socket modules, which
// costs `plainte due` from cron a tenth of its run. A stream is used only when its
// descriptor cannot take a write at once.

/** Where results and messages go instead of descriptors 1 and 2: a run inside another
 * program (the tests' in-process runner, test/helpers/run.ts). */
interface Redirect {
  write(fd: 1 | 2, text: string): void;
  /** What streams to stdout (an export). */
  readonly stdout: NodeJS.WritableStream;
}

let redirect: Redirect | null = null;

export function redirectOutput(to: Redirect | null): void {
  redirect = to;
}

let palette: ChalkInstance = new Chalk({ level: 0 });

/** Colour levels as chalk counts them: none, 16 colours, 256, millions. */
type ColorLevel = 0 | 1 | 2 | 3;

export function setColor(level: ColorLevel): void {
  palette = new Chalk({ level });
}

/**
 * The colour of stdout: none with --no-color or NO_COLOR (no-color.org: any value but the
 * empty one), else FORCE_COLOR's level when it is set (0 or false: none; 1, 2, 3; true or
 * empty: 16 colours), as chalk reads it, pipe or not; else 16 colours on a terminal other
 * than TERM=dumb. The terminal is asked last, since asking loads Node's terminal module.
 */
export function colorWanted(optionColor: boolean, env: NodeJS.ProcessEnv, isTTY: () => boolean): ColorLevel {
  if (!optionColor) return 0;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const forced = env.FORCE_COLOR;
  if (forced !== undefined) {
    if (forced === '' || forced === 'true') return 1;
    if (forced === 'false') return 0;
    const level = Number.parseInt(forced, 10);
    if (Number.isNaN(level)) return 1;
    return Math.max(0, Math.min(level, 3)) as ColorLevel;
  }
  if (env.TERM === 'dumb') return 0;
  return isTTY() ? 1 : 0;
}

/** Whether stdout is a terminal (see terminal.ts). */
export function stdoutIsTerminal(): boolean {
  return redirect === null && !surelyNoTerminal() && process.stdout.isTTY === true;
}

/** A closed pipe on stdout (plainte list | head): the reader has what it wanted, so the
 * run ends quietly with the status it had; it is not an error. */
function readerGone(): never {
  process.exit(process.exitCode ?? 0);
}

/** What stdout is, to name it when a write fails: the file or device it goes to, if any. */
function stdoutName(): string {
  try {
    const target = readlinkSync('/proc/self/fd/1');
    if (target.startsWith('/')) return t('write.stdoutFile', { path: sanitize(target) });
  } catch {
    // No /proc (not Linux): stdout stays unnamed.
  }
  return t('write.stdout');
}

/** Stdout failed for another reason than a reader gone (a full disk behind `>`): said in
 * one line naming it, exit 1. Met by a stream, the failure comes outside any command's
 * code, so it ends the run here. */
function stdoutFailed(error: unknown): never {
  writeTo(2, `${t('error.prefix')} ${writeFailure(stdoutName(), error).message}\n`);
  process.exit(EXIT.error);
}

let guarded = false;

/** process.stdout, for output that streams, with a closed pipe ending the run quietly and
 * any other failure said and ending it with exit 1. */
export function stdoutStream(): NodeJS.WritableStream {
  if (redirect) return redirect.stdout;
  if (!guarded) {
    guarded = true;
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') readerGone();
      stdoutFailed(error);
    });
  }
  return process.stdout;
}

/** The descriptors that met EAGAIN once: their stream now takes everything, in order. */
const streaming = { 1: false, 2: false };

/** What was written to each descriptor, in order, while held (pager.ts). */
export type Held = { fd: 1 | 2; text: string }[];
let held: Held | null = null;

/** Holds what the run writes until the returned function is called: it gives back what
 * was held, and writing goes to the descriptors again. */
export function holdOutput(): () => Held {
  held = [];
  return () => {
    const kept = held ?? [];
    held = null;
    return kept;
  };
}

/** Writes `text` to stdout (1) or stderr (2), whole, before returning. */
export function writeTo(fd: 1 | 2, text: string): void {
  if (redirect) return redirect.write(fd, text);
  if (held) {
    held.push({ fd, text });
    return;
  }
  const stream = () => (fd === 1 ? stdoutStream() : process.stderr);
  if (streaming[fd]) {
    stream().write(text);
    return;
  }
  const data = Buffer.from(text, 'utf8');
  const end = writeWhole(fd, data);
  // Nobody reads any more: stdout ends the run quietly, a message to stderr is dropped.
  if (end.ended === 'gone' && fd === 1) readerGone();
  // A result that cannot be written is an error naming stdout; a message that cannot be
  // written has nowhere else to go.
  if (end.ended === 'failed' && fd === 1) throw writeFailure(stdoutName(), end.error);
  if (end.ended === 'blocked') {
    // A descriptor left non-blocking by whoever started us: the stream waits for it.
    streaming[fd] = true;
    stream().write(data.subarray(end.written));
  }
}

export function writeOut(text: string): void {
  writeTo(1, text);
}

export function color(): ChalkInstance {
  return palette;
}

export function printLine(text = ''): void {
  writeOut(`${text}\n`);
}

/** The columns a message may take: the terminal's when stderr is one, else unlimited. */
function messageWidth(): number {
  if (redirect !== null || surelyNoTerminal(2) || process.stderr.isTTY !== true) return Infinity;
  const columns = process.stderr.columns;
  return columns > 0 ? columns : 80;
}

/** A message on stderr; at a terminal it wraps at spaces to the terminal's width. */
export function printMessage(text: string): void {
  const width = messageWidth();
  writeTo(2, `${width === Infinity ? text : wrap(valuesKept(text), width).join('\n')}\n`);
}

/** Stable JSON for machines: two-space indented, one trailing newline. */
export function printJson(value: unknown): void {
  writeOut(`${escapeJsonControls(JSON.stringify(value, null, 2))}\n`);
}
