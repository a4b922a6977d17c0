import { readFileSync, statSync } from 'node:fs';
import type { PgSettings } from './url.js';

// The password file libpq reads when no password is given (~/.pgpass, or PGPASSFILE): lines
// of host:port:database:user:password, `*` matching anything, `\` escaping `:` and `\`. As
// libpq does, a file others may read is ignored, and a Unix socket matches `localhost`.

function fields(line: string): string[] {
  const found: string[] = [];
  let current = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '\\' && i + 1 < line.length) current += line[++i];
    else if (c === ':' && found.length < 4) {
      found.push(current);
      current = '';
    } else current += c;
  }
  found.push(current);
  return found;
}

export function passwordFromFile(settings: PgSettings): string | null {
  let text: string;
  try {
    const stats = statSync(settings.passfile);
    if (!stats.isFile() || (stats.mode & 0o077) !== 0) return null;
    text = readFileSync(settings.passfile, 'utf8');
  } catch {
    return null;
  }
  const hosts = settings.host.startsWith('/') ? [settings.host, 'localhost'] : [settings.host];
  const wanted = [hosts, [String(settings.port)], [settings.database], [settings.user]];
  for (const line of text.split(/\r?\n/)) {
    if (line === '' || line.startsWith('#')) continue;
    const parts = fields(line);
    if (parts.length < 5) continue;
    if (wanted.every((values, i) => parts[i] === '*' || values.includes(parts[i]))) return parts[4];
  }
  return null;
}
