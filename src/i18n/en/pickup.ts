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
};
