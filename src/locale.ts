// The language a run speaks: --lang, else PLAINTE_LANG, else the user's locale when it names
// French or English (LC_ALL, else LC_MESSAGES, else LANG, as the C library reads them:
// fr_FR.UTF-8, en_GB), else French. Read before the program loads (the kept help of
// src/launch.ts) and by the program (src/cli.ts); an unknown --lang or PLAINTE_LANG is
// the program's to refuse.

/** French or English as the locale names it, or undefined for another language, C or none. */
export function localeLanguage(env: NodeJS.ProcessEnv): 'fr' | 'en' | undefined {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  const language = /^([a-z]{2})(?:[_.@]|$)/i.exec(locale)?.[1].toLowerCase();
  return language === 'fr' || language === 'en' ? language : undefined;
}

/** The language asked for: `option` (--lang), PLAINTE_LANG, the locale, else French. */
export function languageAsked(option: string | undefined, env: NodeJS.ProcessEnv): string {
  return option ?? (env.PLAINTE_LANG || localeLanguage(env) || 'fr');
}
