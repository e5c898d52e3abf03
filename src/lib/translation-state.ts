/** Where a mirrored entry's translation stands (the words for each are in the dictionaries). */
export const translationStates = ['missing', 'may-be-out-of-date', 'up-to-date'] as const;
export type TranslationState = (typeof translationStates)[number];
