// When the search page does its work while someone types. Nothing of the search is fetched with
// the page: it starts when someone is about to search (the box is focused or typed in) or the page
// opens with a query. At each key the cheap look-ahead (the word pieces' lists, the index chunks of
// whole words); once typing pauses the rest of what the search will read; once it pauses a little
// longer the search itself. A search that a later key overtakes is dropped, and Pagefind's answers
// are kept, so searching between keys costs little.

/**
 * How long typing must pause before the search runs (ms): longer than this person's own gap
 * between keys, so that someone typing a word is not shown the results of each half-typed prefix
 * (each costing its results' fetches), yet a fast typist waits less than a slow one; longer after
 * a word's first one or two letters, whose results are never the ones wanted. Enter searches at once.
 */
const pauseBounds = { min: 60, max: 400, unknown: 250 };
const shortWordPause = 450;
/** Text that arrives all at once (pasted, picked from the keyboard's suggestions) is not being typed. */
const wholeTextPause = 30;

/** The pause that says this person has stopped typing: 1.4 times their usual gap between keys. */
export function searchPause(gaps: readonly number[]): number {
  if (!gaps.length) return pauseBounds.unknown;
  const sorted = [...gaps].sort((a, b) => a - b);
  const usual = sorted[Math.floor(sorted.length / 2)];
  return Math.min(pauseBounds.max, Math.max(pauseBounds.min, Math.round(1.4 * usual)));
}
/** How long typing must pause before the word pieces and the rewrites' chunks are fetched (ms). */
const prefetchPause = 15;

export interface TypingSteps {
  /** Once, on the first sign of a search: load what every search needs. */
  start(): void;
  /** At each key (the box emptied too): what is cheap to fetch for the text so far. */
  eachKey(typed: string): void;
  /** When typing pauses: the rest of what the search will read. */
  paused(typed: string): void;
  /** When typing pauses longer, or the form is sent: search. */
  search(): void;
}

export function scheduleTyping(input: HTMLInputElement, form: HTMLFormElement, steps: TypingSteps) {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    steps.start();
  };
  for (const event of ['focus', 'keydown', 'input']) input.addEventListener(event, start, { once: true });
  let searchTimer: ReturnType<typeof setTimeout> | undefined;
  let pauseTimer: ReturnType<typeof setTimeout> | undefined;
  // The gaps between this person's last keys (a gap over a second is a pause, not typing).
  const gaps: number[] = [];
  let lastKey = 0;
  let lastValue = input.value;
  input.addEventListener('input', () => {
    const typed = input.value;
    const grewAtOnce = typed.length - lastValue.length > 1;
    lastValue = typed;
    const now = performance.now();
    if (lastKey && now - lastKey < 1000 && gaps.push(now - lastKey) > 5) gaps.shift();
    lastKey = now;
    clearTimeout(pauseTimer);
    steps.eachKey(typed);
    if (typed.trim()) pauseTimer = setTimeout(() => steps.paused(typed), prefetchPause);
    clearTimeout(searchTimer);
    // After a space the next word is on its way: as long a pause as after its first letters.
    const lastWord = typed.trimStart().split(/\s+/).at(-1) ?? '';
    const pause = grewAtOnce ? wholeTextPause : [...lastWord].length < 3 ? shortWordPause : searchPause(gaps);
    searchTimer = setTimeout(steps.search, pause);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(searchTimer);
    start();
    steps.search();
  });
  /** Search now (the page opened with a query). */
  return () => {
    start();
    steps.search();
  };
}
