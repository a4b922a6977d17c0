import type { Attachment, NewAttachment } from '../domain/attachments.js';

// Attachments as the commands see them (src/store/store.ts gathers every area). What is known
// of a file and its bytes are read apart: listing never reads a photo.

export interface AttachmentStore {
  /** Adds the files to the complaint, numbered after its last, each with its event naming it
   * (never its bytes), all in one transaction: one refused, none added. Refused (UserError)
   * when there is no such complaint. */
  addAttachments(complaintId: number, files: readonly NewAttachment[], operator: string | null): Promise<Attachment[]>;
  /** What is known of the complaint's attachments, by number; their bytes are not read. */
  listAttachments(complaintId: number): Promise<Attachment[]>;
  /** One attachment with its bytes, or null when the complaint has no such number. */
  readAttachment(complaintId: number, number: number): Promise<{ attachment: Attachment; bytes: Buffer } | null>;
}
