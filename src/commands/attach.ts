import { withStore, type Handler } from '../context.js';
import type { DECLARATIONS } from '../declarations.js';
import { EXIT, UserError } from '../errors.js';
import { sanitize } from '../format/sanitize.js';
import { t, tn } from '../i18n/index.js';
import { attachmentLimit, readAttachmentFile } from '../options/attachments.js';
import { parseId } from '../options/values.js';
import { attachmentLines } from '../render/attachments.js';
import { printJson, printLine, printMessage, stdoutIsTerminal } from '../render/output.js';
import { openSink } from '../transfer/sink.js';

// `plainte attach <id> FILE…` keeps a photo, a receipt, a letter with the complaint; alone it
// lists them; with --get N -o FILE it gives one back as it was (README, "Joindre une pièce").

type AttachOptions = Parameters<Handler<typeof DECLARATIONS.attach>>[1];

function checkUsage(files: readonly string[], options: AttachOptions): void {
  if (options.get !== undefined && files.length > 0) throw new UserError('attach.getWithFiles', {}, EXIT.usage);
  if (options.get === undefined && options.output !== undefined)
    throw new UserError('attach.outputWithoutGet', {}, EXIT.usage);
}

export const run: Handler<typeof DECLARATIONS.attach> = async ([idText, files], options, context) => {
  const id = parseId(idText);
  checkUsage(files, options);
  const number = options.get === undefined ? null : parseId(options.get);
  if (number !== null && options.output === undefined) throw new UserError('attach.noOutput', { number }, EXIT.usage);
  // Bytes are not for a terminal: `-o -` writes to a pipe or a file the shell opened.
  if (number !== null && options.output === '-' && stdoutIsTerminal())
    throw new UserError('attach.terminal', { number });
  await withStore(context, async (store) => {
    if (number !== null) {
      const found = await store.readAttachment(id, number);
      if (!found) {
        if (!(await store.getComplaint(id))) throw new UserError('error.notFound', { id });
        throw new UserError('attach.unknown', { id, number });
      }
      const path = options.output === '-' ? undefined : options.output;
      const sink = openSink(path);
      try {
        await sink.write(found.bytes);
        await sink.close();
      } finally {
        sink.discard();
      }
      if (path !== undefined) printMessage(t('attach.written', { number, id, path: sanitize(path) }));
      return;
    }
    if (files.length > 0) {
      const max = await attachmentLimit(store);
      const read = files.map((path) => readAttachmentFile(path, max));
      const operator = await context.operatorFor(store, options.operator);
      const added = await store.addAttachments(id, read, operator);
      if (options.json) printJson(added);
      const names = added
        .map((attachment) => t('attach.name', { number: attachment.number, name: sanitize(attachment.name) }))
        .join(', ');
      printMessage(tn('attach.added', added.length, { id, names }));
      return;
    }
    if (!(await store.getComplaint(id))) throw new UserError('error.notFound', { id });
    const attachments = await store.listAttachments(id);
    if (options.json) return printJson(attachments);
    if (attachments.length === 0) return printMessage(t('attach.none', { id }));
    printLine(attachmentLines(attachments).join('\n'));
  });
};
