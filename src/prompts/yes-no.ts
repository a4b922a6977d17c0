import {
  createPrompt,
  isBackspaceKey,
  isDownKey,
  isEnterKey,
  isNumberKey,
  isUpKey,
  makeTheme,
  useEffect,
  usePrefix,
  useKeypress,
  useRef,
  useState,
  type Theme,
} from '@inquirer/core';
import figures from '@inquirer/figures';

// A yes-or-no question drawn as the other menus are (@inquirer/select, numbered): a digit or
// the arrows then Enter answer it, and so does the word typed, in either language, whichever
// the run speaks: "oui", "o", "yes", "y" for yes; "non", "no", "n" for no. Fingers used to
// English prompts type y at a French question too; select only matches the words it shows.

export interface YesNoChoice {
  value: 'yes' | 'no';
  /** What the menu shows. */
  name: string;
  /** The words that choose it when typed (a start of one is enough). */
  words: readonly string[];
}

interface YesNoConfig {
  message: string;
  choices: readonly [YesNoChoice, YesNoChoice];
  default: 'yes' | 'no';
}

/** As long as @inquirer/select waits before the letters typed start a new word. */
const TYPING_PAUSE_MS = 700;

export const yesNo = createPrompt<'yes' | 'no', YesNoConfig>((config, done) => {
  const theme: Theme = makeTheme();
  const [status, setStatus] = useState<'idle' | 'done'>('idle');
  const prefix = usePrefix({ status, theme });
  const typing = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [active, setActive] = useState(config.choices.findIndex((choice) => choice.value === config.default));
  const chosen = config.choices[active];

  useKeypress((key, rl) => {
    clearTimeout(typing.current);
    if (isEnterKey(key)) {
      setStatus('done');
      done(chosen.value);
    } else if (isUpKey(key) || isDownKey(key)) {
      rl.clearLine(0);
      setActive(isUpKey(key) ? 0 : 1);
    } else if (isBackspaceKey(key)) {
      rl.clearLine(0);
    } else {
      const typed = rl.line.trim().toLowerCase();
      const found = isNumberKey(key)
        ? Number(typed) - 1
        : config.choices.findIndex((choice) => choice.words.some((word) => word.toLowerCase().startsWith(typed)));
      if (typed !== '' && config.choices[found] !== undefined) setActive(found);
      typing.current = setTimeout(() => rl.clearLine(0), TYPING_PAUSE_MS);
    }
  });
  useEffect(() => () => clearTimeout(typing.current), []);

  const message = theme.style.message(config.message, status);
  if (status === 'done') return [prefix, message, theme.style.answer(chosen.name)].filter(Boolean).join(' ');
  const lines = config.choices.map((choice, index) =>
    index === active
      ? theme.style.highlight(`${figures.pointer} ${index + 1}. ${choice.name}`)
      : `  ${index + 1}. ${choice.name}`,
  );
  // The cursor hidden, as select does (ESC [ ? 25 l).
  return `${[[prefix, message].filter(Boolean).join(' '), ...lines].join('\n')}\u001b[?25l`;
});
