import { addDays } from 'date-fns/addDays';
import { startOfDay } from 'date-fns/startOfDay';
import type { UserDate } from './dates.js';

// The shop's opening hours and the callbacks it can keep (README, "Opening hours and
// callbacks"). Times of day are minutes after midnight, local time.

/** A time range the shop is open, [from, to) in minutes after midnight. */
export interface Slot {
  from: number;
  to: number;
}

/** Open slots of each day of the week, by JavaScript's day number (0 = Sunday). */
export type OpeningHours = readonly (readonly Slot[])[];

// Monday to Saturday, 9:00 to 19:00: the hours of most small shops in France.
export const DEFAULT_HOURS = 'lun-sam 9:00-19:00';
// Mid-morning: the customer is up, the shop is open and not yet busy.
export const DEFAULT_CALLBACK_TIME = '10:00';
const DEFAULT_DELAY_DAYS = 2;
const NINE = 9 * 60;
const NOON = 12 * 60;
const LAST_MINUTE = 24 * 60 - 1;

// French and English names and abbreviations. A Map, so that "__proto__" finds nothing.
const DAY_NAMES = new Map<string, number>(
  [
    ['dim', 'dimanche', 'sun', 'sunday'],
    ['lun', 'lundi', 'mon', 'monday'],
    ['mar', 'mardi', 'tue', 'tues', 'tuesday'],
    ['mer', 'mercredi', 'wed', 'wednesday'],
    ['jeu', 'jeudi', 'thu', 'thur', 'thurs', 'thursday'],
    ['ven', 'vendredi', 'fri', 'friday'],
    ['sam', 'samedi', 'sat', 'saturday'],
  ].flatMap((names, day) => names.map((name) => [name, day] as const)),
);

/** A week as the shop counts it, Monday first: `ven-lun` runs through the weekend. */
const WEEK = [1, 2, 3, 4, 5, 6, 0];

/** "10:00", "9:30", "9h30", "9h", "9" -> minutes after midnight; null otherwise. 24:00 only as an end. */
export function parseClockTime(text: string, end = false): number | null {
  const match = /^(\d{1,2})(?:[:h](\d{2})?)?$/.exec(text.trim().toLowerCase());
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2] ?? 0);
  if (minute > 59 || hour > 24 || (hour === 24 && (minute > 0 || !end))) return null;
  return hour * 60 + minute;
}

/** 600 -> "10:00" */
export function formatClock(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** What is wrong with typed opening hours, and the part of the text at fault. */
export interface HoursProblem {
  problem: 'day' | 'time' | 'shape' | 'twice' | 'overlap';
  value: string;
}

function readDays(text: string): number[] | HoursProblem {
  const days: number[] = [];
  for (const item of text.split(',')) {
    const names = item.split('-');
    const unknown = names.find((name) => !DAY_NAMES.has(name));
    if (unknown !== undefined || names.length > 2) return { problem: 'day', value: unknown ?? item };
    const from = DAY_NAMES.get(names[0])!;
    const to = DAY_NAMES.get(names.at(-1)!)!;
    for (let i = WEEK.indexOf(from); ; i = (i + 1) % 7) {
      days.push(WEEK[i]);
      if (WEEK[i] === to) break;
    }
  }
  return days;
}

function readSlots(text: string): Slot[] | HoursProblem {
  const slots: Slot[] = [];
  for (const item of text.split(',')) {
    const [start, end, ...rest] = item.split('-');
    const from = parseClockTime(start ?? '');
    const to = end === undefined ? null : parseClockTime(end, true);
    if (from === null || to === null || rest.length > 0 || to <= from) return { problem: 'time', value: item };
    slots.push({ from, to });
  }
  slots.sort((a, b) => a.from - b.from);
  const overlap = slots.findIndex((slot, i) => i > 0 && slot.from < slots[i - 1].to);
  return overlap > 0 ? { problem: 'overlap', value: text } : slots;
}

/** Typed opening hours in one spelling: lower case, no spaces around separators. */
export function tidyHours(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[–—]/g, '-')
    .replace(/\s*([,;-])\s*/g, '$1')
    .replace(/;/g, ' ')
    .replace(/\s+/g, ' ');
}

/**
 * Reads opening hours: days then their hours, as many times as needed.
 * `lun-sam 9:00-19:00`, `lun-ven 9:00-12:00,14:00-19:00 sam 9:00-12:00`, `mon-fri 9h-18h`.
 * A day not named is closed.
 */
export function parseHours(text: string): OpeningHours | HoursProblem {
  const tokens = tidyHours(text).split(' ');
  if (tokens.length % 2 !== 0 || tokens[0] === '') return { problem: 'shape', value: text.trim() };
  const week: Slot[][] = [[], [], [], [], [], [], []];
  for (let i = 0; i < tokens.length; i += 2) {
    const days = readDays(tokens[i]);
    if (!Array.isArray(days)) return /^\d/.test(tokens[i]) ? { problem: 'shape', value: tokens[i] } : days;
    const slots = readSlots(tokens[i + 1]);
    if (!Array.isArray(slots)) return slots;
    for (const day of days) {
      if (week[day].length > 0) return { problem: 'twice', value: tokens[i] };
      week[day] = slots;
    }
  }
  return week;
}

export function isHoursProblem(read: OpeningHours | HoursProblem): read is HoursProblem {
  return !Array.isArray(read);
}

const minutesOf = (at: Date) => at.getHours() * 60 + at.getMinutes();

/** `day` at a time of day, local time. */
function atTime(day: Date, minutes: number): Date {
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), Math.floor(minutes / 60), minutes % 60);
}

/** Whether the shop is open at `at`. */
export function isWithinHours(hours: OpeningHours, at: Date): boolean {
  const minutes = minutesOf(at);
  return hours[at.getDay()].some((slot) => slot.from <= minutes && minutes < slot.to);
}

/** The callback settings, read from the shop's settings (null: not set). */
export interface CallbackRules {
  hours: OpeningHours;
  /** The hours as the shop typed them, to say them back. */
  hoursText: string;
  /** `callback.time`, in minutes after midnight. */
  time: number;
  /** `callback.delay`, in open days. */
  delayDays: number;
}

export function callbackRules(settings: {
  hours: string | null;
  time: string | null;
  delay: string | null;
}): CallbackRules {
  const typed = settings.hours === null ? null : parseHours(settings.hours);
  const valid = typed !== null && !isHoursProblem(typed);
  const delay = Number(settings.delay ?? DEFAULT_DELAY_DAYS);
  return {
    hours: valid ? typed : (parseHours(DEFAULT_HOURS) as OpeningHours),
    hoursText: valid ? tidyHours(settings.hours!) : DEFAULT_HOURS,
    time: (settings.time === null ? null : parseClockTime(settings.time)) ?? parseClockTime(DEFAULT_CALLBACK_TIME)!,
    delayDays: Number.isInteger(delay) && delay >= 0 ? delay : DEFAULT_DELAY_DAYS,
  };
}

/** What "matin" or "morning" means: `callback.time` when it is a morning time, else 9:00. */
export function morningTime(rules: CallbackRules): number {
  return rules.time < NOON ? rules.time : NINE;
}

/**
 * Whether a suggested callback may fall on `day`: an open day, and never a Sunday, which
 * customers keep for themselves (unless the shop opens on Sundays only).
 */
function isCallbackDay(hours: OpeningHours, day: Date): boolean {
  if (hours[day.getDay()].length === 0) return false;
  return day.getDay() !== 0 || hours.every((slots, weekday) => weekday === 0 || slots.length === 0);
}

/** `day` at `time`, moved to the next opening of that day, or its first one when the shop has closed by then. */
export function callbackOn(hours: OpeningHours, day: Date, time: number): Date {
  const slots = hours[day.getDay()];
  if (slots.length === 0 || slots.some((slot) => slot.from <= time && time < slot.to)) return atTime(day, time);
  return atTime(day, (slots.find((slot) => slot.from > time) ?? slots[0]).from);
}

/**
 * The callback to suggest: `callback.delay` open days after today (today itself for 0),
 * at `callback.time` moved into opening hours; the next open day when that time has passed.
 */
export function suggestedCallback(now: Date, rules: CallbackRules): Date {
  let day = startOfDay(now);
  for (let left = rules.delayDays; left > 0;) {
    day = addDays(day, 1);
    if (isCallbackDay(rules.hours, day)) left--;
  }
  for (;;) {
    if (isCallbackDay(rules.hours, day)) {
      const at = callbackOn(rules.hours, day, rules.time);
      if (at > now) return at;
    }
    day = addDays(day, 1);
  }
}

/**
 * The day `count` open days after `day` (`day` itself not counted): the days the shop opens,
 * by its hours. Counting the days a shop can work keeps a promise it can hold.
 */
export function addOpenDays(hours: OpeningHours, day: Date, count: number): Date {
  let at = startOfDay(day);
  for (let left = count; left > 0;) {
    at = addDays(at, 1);
    if (hours[at.getDay()].length > 0) left--;
  }
  return at;
}

/**
 * The instant of a typed callback: a day typed without a time gets `callback.time`. Today
 * without a time, once `callback.time` has passed, is the next full hour.
 */
export function callbackAt(typed: UserDate, now: Date, rules: CallbackRules): Date {
  if (typed.hasTime) return typed.at;
  const at = atTime(typed.at, rules.time);
  if (at >= now || startOfDay(now).getTime() !== startOfDay(typed.at).getTime()) return at;
  return atTime(now, Math.min((now.getHours() + 1) * 60, LAST_MINUTE));
}
