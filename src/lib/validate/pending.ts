import type { Problem } from './problem';
import { formatProblems } from './report';

// The build's validation runs beside Astro's content loading; the integration starts it and the
// content loader may need its answer. They are different module instances (Astro loads the
// config and the content config separately), so the promise is kept on globalThis.
const key = Symbol.for('masm.content-validation');
const shared = globalThis as { [key]?: Promise<Problem[]> };

export function setPendingValidation(pending: Promise<Problem[]>) {
  shared[key] = pending;
}

/**
 * On a build, stop with the bilingual report if the content has a problem: before anything is
 * written to the output folder (a previous dist/ stays as it was).
 */
export async function stopIfInvalid(): Promise<void> {
  const problems = await shared[key];
  if (!problems?.length) return;
  console.error(`\n${formatProblems(problems, 'build')}\n`);
  // Exit here: a thrown error would come back wrapped in a stack trace that hides the report.
  process.exit(1);
}
