import { isoDay } from '../../../src/lib/dates';
import type { Random } from './random';

// Dates of the generated entries. "Today" is fixed, not the clock: the same seed must give the same
// tree on any day. Nothing is dated after it, so every published item is on the built site.

export const today = '2026-11-25';
const dayMs = 86_400_000;
const time = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** A day in [from, to]; lean > 1 favours later days (the site publishes more news lately). */
export function randomDay(random: Random, from: string, to = today, lean = 1): string {
  const span = Math.round((time(to) - time(from)) / dayMs);
  const offset = Math.floor(span * Math.pow(random.next(), 1 / lean) + 0.5);
  return isoDay(new Date(time(from) + offset * dayMs));
}

/** `count` different days in [from, to], in order (count must not exceed the days available). */
export function distinctDays(random: Random, count: number, from: string, to = today): string[] {
  const days = new Set<string>();
  while (days.size < count) days.add(randomDay(random, from, to));
  return [...days].sort();
}

export const yearOf = (day: string) => Number(day.slice(0, 4));
