// English messages: a complaint picked up again (its card, the questions of follow-up, close
// and transfer), the shop's own categories, and the file problems said in words.
export const pickup = {
  // ─── the shop's own categories ──────────────────────────────────────────
  'config.reason.categoryBuiltIn': '“{value}” is already one of the program’s categories: no need to add it.',

  // ─── counts, with their plural ─────────────────────────────────────────
  'count.customers.one': '{count} customer',
  'count.customers.other': '{count} customers',
  'count.events.one': '{count} event',
  'count.events.other': '{count} events',
  'count.settings.one': '{count} setting',
  'count.settings.other': '{count} settings',
  'count.columns.one': '{count} column',
  'count.columns.other': '{count} columns',
  'count.closedComplaints.one': '{count} closed complaint',
  'count.closedComplaints.other': '{count} closed complaints',
  'import.count.added.one': '{count} complaint added',
  'import.count.added.other': '{count} complaints added',
  'import.count.wouldAdd.one': '{count} complaint would be added',
  'import.count.wouldAdd.other': '{count} complaints would be added',
  'import.count.skipped.one': '{count} already there',
  'import.count.skipped.other': '{count} already there',
  'import.count.customersAdded.one': '{count} customer added',
  'import.count.customersAdded.other': '{count} customers added',
  'import.count.customersWouldAdd.one': '{count} customer would be added',
  'import.count.customersWouldAdd.other': '{count} customers would be added',
  'import.count.customersMatched.one': '{count} matched',
  'import.count.customersMatched.other': '{count} matched',
  'purge.count.anonymised.one': '{count} complaint anonymised',
  'purge.count.anonymised.other': '{count} complaints anonymised',
  'purge.count.deleted.one': '{count} complaint deleted',
  'purge.count.deleted.other': '{count} complaints deleted',
  'purge.count.erased.one': '{count} customer erased',
  'purge.count.erased.other': '{count} customers erased',
  'purge.count.customersDeleted.one': '{count} customer deleted',
  'purge.count.customersDeleted.other': '{count} customers deleted',

  // ─── what went wrong with a file, in words ──────────────────────────────
  'file.missing': 'no such file or folder',
  'file.denied': 'permission denied (rights of the file or its folder)',
  'file.isDirectory': 'it is a folder, not a file',
  'file.notDirectory': 'part of the path is a file, not a folder',
  'file.readOnly': 'read-only disk',
  'file.full': 'disk full',
  'file.quota': 'disk quota reached',
  'file.tooBig': 'file too large for this account or disk',
  'file.io': 'disk read or write error',
  'file.exists': 'the file already exists',
  'file.tooMany': 'too many open files',
  'file.nameTooLong': 'file name too long',
  'file.loop': 'too many symbolic links in the path',
  'file.busy': 'file busy with another program',
  'file.cannotOpen': 'the file cannot be opened',
  'file.noDevice': 'no such device',
  'file.other': 'system error ({code})',
  'file.failed': 'cannot use {path}: {problem}.',
  'import.syntax.at': 'near character {n}',
  'import.syntax.end': 'the text stops before its end',
  'import.syntax.other': 'the syntax is not recognised',
  'import.syntax.quoteNotClosed': 'a quote (") opened is never closed',
  'import.syntax.quoteInside': 'a quote (") is misplaced in a cell',

  // ─── the recap, with the shop's name ────────────────────────────────────
  'wizard.recap.shopCallback': '  • {shop} will call you back on {when}.',
  'wizard.recap.shopCallbackOn': '  • {shop} will call you back on {when} at {phone}.',
  'wizard.recap.callsBackFor': '  • {who} from {shop} will call you back on {when}.',
  'wizard.recap.callsBackForOn': '  • {who} from {shop} will call you back on {when} at {phone}.',

  // ─── the card of a complaint picked up again ────────────────────────────
  'card.said': 'Said',
  'card.promised': 'Promised',
  'card.callback': 'Callback',
  'card.lastContact': 'Last contact',
  'card.draft': 'Draft',
  'card.draft.phase': 'phase {phase} of 5 done',

  // ─── close at a terminal: the cause and the lesson ──────────────────────
  'close.ask.cause': 'What caused the problem (Enter to skip):',
  'close.ask.lesson': 'What the shop learns from it (Enter to skip):',
  'close.unhappy':
    'An unhappy customer: note what caused the problem and what will keep it from happening again; the owner’s report lists them.',

  // ─── transfer at a terminal ──────────────────────────────────────────────
  'transfer.ask.to': 'Who takes the complaint over?',
  'transfer.ask.other': 'someone else (type their name)',
  'transfer.ask.name': 'Name of the colleague who takes it over:',
  'transfer.ask.due': 'When should they contact the customer again? (Enter: no date)',
  'transfer.ask.note': 'What they should know (Enter to skip):',

  // ─── what went wrong with a connection, in words ────────────────────────
  'net.refused': 'the server refuses the connection (is it running, at this address and port?)',
  'net.unknownHost': 'server address not found',
  'net.timeout': 'the server does not answer',
  'net.reset': 'the connection was cut',
  'net.unreachable': 'the server cannot be reached from this machine',
};
