// The kinds of events in a complaint's history, and the details each one carries.
// The timeline (`show`), the report and the export all read these names: keep them stable.
export const EVENT_KINDS = {
  /** A new draft (statusAfter = draft). */
  created: 'created',
  /** A wizard phase saved. details: { phase } */
  phase: 'phase',
  /** A step of the abusive-customer protocol taken. details: { step, to? } */
  escalation: 'escalation',
  /** The wizard finished; status leaves draft. details: { assignee?, nextContactAt? } */
  completed: 'completed',
  /** A contact with the customer.
   * details: { channel?, note?, outcome?, dueAt? (the callback that was due), nextContactAt? } */
  followUp: 'follow_up',
  /** Handed over to a colleague. details: { to, dueAt?, note? } */
  transferred: 'transferred',
  /** Marked resolved. details: { note? } */
  resolved: 'resolved',
  /** Closed. details: { outcome, satisfaction, cause?, lesson? } */
  closed: 'closed',
  /** Reopened. details: { reason } */
  reopened: 'reopened',
  /** Added by `plainte import`. details: { source } */
  imported: 'imported',
  /** Changed by `plainte import --update`. details: { source?, fields, changes: { field: { before, after } } } */
  importedChange: 'imported_change',
  /** A letter made for the customer. details: { type: 'accuse'|'reponse', format, sent, answerBy? } */
  letter: 'letter',
  /** The customer's personal data erased on request (the data itself is not recorded). */
  forgotten: 'forgotten',
  /** Personal data removed after the retention period. */
  anonymised: 'anonymised',
} as const;

export type EventKind = (typeof EVENT_KINDS)[keyof typeof EVENT_KINDS];
