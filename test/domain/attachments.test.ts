import { describe, expect, it } from 'vitest';
import { attachmentType, parseByteSize } from '../../src/domain/attachments.js';

describe('the size limit of attachments, as a shop types it', () => {
  it('reads bytes, ko/Mo/Go and kB/MB/GB, with a comma or a point', () => {
    expect(parseByteSize('10 Mo')).toBe(10_000_000);
    expect(parseByteSize('10MB')).toBe(10_000_000);
    expect(parseByteSize('2,5 mo')).toBe(2_500_000);
    expect(parseByteSize('500 ko')).toBe(500_000);
    expect(parseByteSize('1.5G')).toBe(1_500_000_000);
    expect(parseByteSize(' 1048576 ')).toBe(1_048_576);
  });

  it('refuses what is not a size above zero', () => {
    for (const typed of ['', 'beaucoup', '0', '0 Mo', '10 litres', '-5 Mo', '1e9'])
      expect(parseByteSize(typed)).toBeNull();
  });
});

describe('the type of an attachment', () => {
  const bytes = (...values: number[]) => Uint8Array.from(values);
  it('is read from its first bytes, whatever its name says', () => {
    expect(attachmentType('photo.txt', bytes(0xff, 0xd8, 0xff, 0xe1))).toBe('image/jpeg');
    expect(attachmentType('x', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe('image/png');
    expect(attachmentType('x', Buffer.from('%PDF-1.7'))).toBe('application/pdf');
    expect(attachmentType('x', Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 ', 'latin1'))).toBe('image/webp');
    expect(attachmentType('IMG_0001', Buffer.from('\x00\x00\x00\x18ftypheic', 'latin1'))).toBe('image/heic');
  });

  it('is read from the extension when the bytes say nothing, else unknown', () => {
    expect(attachmentType('ticket.TXT', Buffer.from('Merci'))).toBe('text/plain');
    expect(attachmentType('son.wav', Buffer.from('RIFF\x10\x00\x00\x00WAVEfmt ', 'latin1'))).toBe(
      'application/octet-stream',
    );
    expect(attachmentType('archive.zip', bytes(0x50, 0x4b, 0x03, 0x04))).toBe('application/octet-stream');
  });
});
