import { readlinkSync } from 'node:fs';
import { Chalk, type ChalkInstance } from 'chalk';
import { EXIT, writeFailure } from '../errors.js';
import { escapeJsonControls, sanitize } from '../format/sanitize.js';
import { t } from '../i18n/index.js';
import { writeWhole } from './fd.js';
import { surelyNoTerminal } from './terminal.js';

// Results go to stdout, messages to stderr (clig.dev). Colour only on a terminal, and
// never with NO_COLOR or --no-color: cron mails and pipes get plain text.
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

export function setColor(enabled: boolean): void {
  palette = new Chalk({ level: enabled ? 1 : 0 });
}

/** Whether colour is wanted on stdout: a terminal, no NO_COLOR, no --no-color. The
 * terminal is asked last, since asking loads Node's terminal module. */
export function colorWanted(optionColor: boolean, env: NodeJS.ProcessEnv, isTTY: () => boolean): boolean {
  if (!optionColor) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return isTTY();
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

/** Writes `text` to stdout (1) or stderr (2), whole, before returning. */
function writeTo(fd: 1 | 2, text: string): void {
  if (redirect) return redirect.write(fd, text);
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

export function printMessage(text: string): void {
  writeTo(2, `${text}\n`);
}

/** Stable JSON for machines: two-space indented, one trailing newline. */
export function printJson(value: unknown): void {
  writeOut(`${escapeJsonControls(JSON.stringify(value, null, 2))}\n`);
}
