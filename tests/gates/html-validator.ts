import { spawnSync } from 'node:child_process';
import vnuJar from 'vnu-jar';

export interface HtmlError {
  file: string;
  line?: number;
  message: string;
}

/** Validate HTML files (or folders of them) with the Nu checker in one Java run; returns the errors. */
export function validateHtml(paths: string[]): HtmlError[] {
  const run = spawnSync(
    'java',
    ['-jar', vnuJar, '--errors-only', '--format', 'json', '--skip-non-html', ...paths],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (run.error)
    throw new Error(`Could not run the Nu HTML checker (is Java installed?): ${run.error.message}`);
  const report = JSON.parse(run.stderr || run.stdout) as {
    messages: { type: string; url?: string; lastLine?: number; message: string }[];
  };
  return report.messages
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .map((m) => ({
      file: decodeURI(m.url ?? '').replace(/^file:/, ''),
      line: m.lastLine,
      message: m.message,
    }));
}
