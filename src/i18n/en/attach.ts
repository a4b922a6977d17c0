import type { attach as fr } from '../fr/attach.js';

// English messages: attachments (plainte attach), the evidence kept with a complaint.
export const attach: Record<keyof typeof fr, string> = {
  'cmd.attach': 'attach a photo, a receipt, a letter to a complaint; list them; give one back',
  'arg.files': 'files',
  'opt.attach.get': 'give back attachment number N (with -o)',
  'opt.attach.output': 'where to write the attachment given back ("-": standard output)',
  'attach.added.one': 'Attachment added to complaint #{id}: {names}.',
  'attach.added.other': '{count} attachments added to complaint #{id}: {names}.',
  'attach.missing': '"{path}": no file there. Check the path; nothing was attached.',
  'attach.notAFile':
    '"{path}" is not a file (a folder, a device…): give the path of a photo or a document; nothing was attached.',
  'attach.unreadable': '"{path}" cannot be read ({detail}); nothing was attached.',
  'attach.empty': '"{path}" is empty: there is nothing to attach; nothing was attached.',
  'attach.tooBig':
    '"{path}" is {size}, more than the limit of {max} per attachment; nothing was attached. Make the photo smaller, or change the limit: plainte config set attach.max 20MB.',
  'attach.none': 'Complaint #{id} has no attachment. To attach one: plainte attach {id} photo.jpg',
  'attach.unknown': 'complaint #{id} has no attachment number {number}. "plainte attach {id}" lists them.',
  'attach.getWithFiles': '--get gives an attachment back: to attach files, give them without --get.',
  'attach.outputWithoutGet': '-o goes with --get N, which says which attachment to write.',
  'attach.noOutput':
    'where should attachment number {number} be written? Give -o FILE (or -o - for standard output, redirected to a file).',
  'attach.terminal':
    'attachment number {number} cannot be shown on screen: give -o FILE, or redirect the output (-o - > file).',
  'attach.written': 'Attachment number {number} of complaint #{id} written to {path}.',
  'attach.name': 'no. {number} {name}',
  'attach.line': 'no. {number} · {name} · {type} · {size} · {date}',
  'show.section.attachments': 'Attachments',
  'event.attached': 'attachment number {attachment} added',
  'detail.name': 'File name',
  'detail.type': 'Type',
  'config.reason.size': 'a size is expected, for instance 10MB, 500kB or 20 MB.',
  'import.problem.attachment':
    'unreadable attachment: number, name, type, date, SHA-256 and content (base64) are expected',
  'import.problem.attachmentDamaged': 'the attachment "{name}" does not match its SHA-256 digest: the file was damaged',
  'wizard.attach.ask': 'Attach a photo or a receipt? (path, Enter to skip)',
  'wizard.attach.added': 'Attached: {name}.',
  'doctor.counts.attachments': ', {attachments} ({size})',
  'count.attachments.one': '{count} attachment',
  'count.attachments.other': '{count} attachments',
  'size.bytes': '{value} B',
  'size.kilo': '{value} kB',
  'size.mega': '{value} MB',
  'size.giga': '{value} GB',
};
