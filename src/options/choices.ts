// The values of the options that take one of a fixed list, where the domain has none: the
// declarations offer them to the shell's completion, the commands check them.

export const REPORT_FORMATS = ['text', 'json', 'md', 'html'] as const;
export const EXPORT_FORMATS = ['csv', 'json', 'ics'] as const;
/** `export --for`: the program the file is laid out for. */
export const EXPORT_READERS = ['excel'] as const;
export const SATISFACTION_MARKS = ['1', '2', '3', '4', '5'] as const;
/** `guide --phase`: the five phases, then the abusive-customer protocol. */
export const GUIDE_PARTS = ['1', '2', '3', '4', '5', '6'] as const;
