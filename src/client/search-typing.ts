// When the search page does its work while someone types. Nothing of the search is fetched with
// the page: it starts when someone is about to search (the box is focused or typed in) or the page
// opens with a query. At each key the cheap look-ahead (the word pieces' lists, the index chunks of
// whole words); once typing pauses the rest of what the search will read; once it pauses a little
// longer the search itself. A search that a later key overtakes is dropped, and Pagefind's answers
// are kept, so searching between keys costs little.

/** How long typing must pause before the search runs (ms). */
const searchPause = 30;
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
  input.addEventListener('input', () => {
    const typed = input.value;
    clearTimeout(pauseTimer);
    steps.eachKey(typed);
    if (typed.trim()) pauseTimer = setTimeout(() => steps.paused(typed), prefetchPause);
    clearTimeout(searchTimer);
    searchTimer = setTimeout(steps.search, searchPause);
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
