// What a save does to an item, decided once: the editor's backend writes it in the commit
// message, and the form asks before an item is taken off the public site. Pure.

export type SaveChange = 'added' | 'changed' | 'unpublished' | 'republished' | 'deleted';

/** By the item's main file before (undefined: new) and as saved: whether its draft flag turns. */
export function saveChange(
  before: { draft?: unknown } | undefined,
  after: { draft?: unknown },
): Exclude<SaveChange, 'deleted'> {
  if (!before) return 'added';
  const was = before.draft === true;
  const is = after.draft === true;
  if (!was && is) return 'unpublished';
  if (was && !is) return 'republished';
  return 'changed';
}
