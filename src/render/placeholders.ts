import { has, t } from '../i18n/index.js';

// The names in angle or square brackets of the help (`<path>`, `[command]`), declared in
// English as commander takes them, shown in the language of the run: in the help, the
// manual page and the completion scripts.

/** What `word` (`path`) is called in the run's language (`chemin`); itself when unknown. */
export function placeholderLabel(word: string): string {
  const key = `arg.${word}`;
  return has(key) ? t(key) : word;
}

/** `text` with each `<word>`, `<word...>` and `[word]` in the run's language. */
export function placeholders(text: string): string {
  return text.replace(
    /([<[])([a-z0-9-]+)((?:\.\.\.)?[>\]])/g,
    (_whole, open: string, word: string, close: string) => `${open}${placeholderLabel(word)}${close}`,
  );
}
