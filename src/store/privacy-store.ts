// Backup, forget and purge as the commands see them (src/store/store.ts gathers every area).

export interface MaintenanceStore {
  /**
   * Copies the logbook while others may be writing to it, checks the copy, and returns
   * where it is. Without a target: a timestamped file beside the logbook. An existing
   * target is refused (UserError) unless `replace`.
   */
  backup(target: string | null, options: { replace: boolean }): Promise<string>;
}

/**
 * What became of the clean-up of the files after an erasure: done (the erased values are
 * gone from the files on disk too), or left marked for the next command that opens the
 * logbook because another program held it ('busy'), the disk was full ('full') or SQLite
 * failed otherwise ('failed').
 */
export type Scrub = 'done' | 'busy' | 'full' | 'failed';

/** An erasure found unfinished when the logbook was opened: none, finished then, or still
 * unfinished (and why: the reasons of Scrub, or a logbook this process may only read). */
export type PendingErasure = 'none' | 'finished' | Exclude<Scrub, 'done'> | 'readonly';

export interface Erasure {
  complaints: number;
  customers: number;
  scrub: Scrub;
}

export type PurgeMode = 'anonymise' | 'delete';

export interface PrivacyStore {
  /** Erases a customer's personal data and the texts of their complaints that can name
   * them, keeping the anonymous facts; a `forgotten` event on each complaint. */
  forgetCustomer(customerId: number, operator: string | null): Promise<Erasure>;
  /** What `purge` would do for closed complaints whose customer was last in contact
   * before `cutoff`: counts only, nothing written. */
  planPurge(cutoff: Date, mode: PurgeMode): Promise<Omit<Erasure, 'scrub'>>;
  /** Anonymises (with an `anonymised` event) or deletes those complaints, in one transaction. */
  purge(cutoff: Date, mode: PurgeMode, operator: string | null): Promise<Erasure>;
  /** Cleans the files of what earlier erasures left in them (an erasure by an older plainte,
   * say), as an erasure does after its transaction. */
  scrubErased(): Promise<Scrub>;
}
