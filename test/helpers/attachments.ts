import { createHash } from 'node:crypto';
import type { NewAttachment } from '../../src/domain/attachments.js';

// Files to attach in the tests: a JPEG's first bytes, then text a test can look for on disk.

/** The bytes of a small JPEG holding `marker`. */
export function jpegBytes(marker: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from(` ${marker} `, 'utf8')]);
}

/** An attachment as the store takes it: a JPEG named `name` whose bytes hold `marker`. */
export function photo(name: string, marker: string): NewAttachment {
  const bytes = jpegBytes(marker);
  return { name, type: 'image/jpeg', bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}
