import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../helpers/astro';
import { miniContent } from '../helpers/content-fixture';
import { buildAsync, projectCopy } from '../helpers/fixture-site';
import { buildFingerprint } from '../../src/lib/build-fingerprint';

// Small projects for the deploy fault suite: copies of the project over the mini content tree,
// each its own git repository, built once by the suite's global setup and reused by every case.
//   one:   the mini site (commit 1)
//   two:   the same with one more news item (commit 2): most files equal to one's, built apart
//   three: the mini site with one more style rule, so its hashed stylesheet has another name

export const faultsRoot = join(projectRoot, '.cache', 'faults');
export const projects = {
  one: join(faultsRoot, 'one'),
  two: join(faultsRoot, 'two'),
  three: join(faultsRoot, 'three'),
} as const;
export type ProjectName = keyof typeof projects;

const git = (cwd: string, ...args: string[]) =>
  spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', ...args], {
    cwd,
    encoding: 'utf8',
  });

function prepare(name: ProjectName) {
  const dir = projects[name];
  projectCopy(dir);
  rmSync(join(dir, 'content'), { recursive: true, force: true });
  cpSync(miniContent, join(dir, 'content'), { recursive: true });
  if (name === 'two')
    writeFileSync(
      join(dir, 'content', 'news', 'mn', 'second.md'),
      '---\ntitle: Хоёр дахь мэдээ\ndescription: Дахин нэг мэдээ.\npubDate: 2021-03-01\n---\n\nТекст.\n',
    );
  if (name === 'three')
    appendFileSync(join(dir, 'src', 'styles', 'global.css'), '\n.fault-suite-b { order: 1; }\n');
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', name);
}

/** Build the three projects side by side (reused while the project's code and their dist/ are as they were). */
export async function buildProjects() {
  mkdirSync(faultsRoot, { recursive: true });
  const names = Object.keys(projects) as ProjectName[];
  const code = buildFingerprint(projectRoot, 'tests/fixtures/mini-content');
  const stampOf = join(faultsRoot, 'code.sha256');
  const same = existsSync(stampOf) && readFileSync(stampOf, 'utf8') === code;
  const todo = names.filter((n) => !same || !existsSync(join(projects[n], 'dist', '.release.json')));
  todo.forEach(prepare);
  // A reused project runs this checkout's release scripts (the reuse key covers what a build reads, not them).
  for (const n of names.filter((n) => !todo.includes(n)))
    cpSync(join(projectRoot, 'scripts'), join(projects[n], 'scripts'), { recursive: true });
  const results = await Promise.all(
    todo.map((n) => buildAsync(projects[n], { ASTRO_CACHE_DIR: join(projects[n], '.cache') })),
  );
  results.forEach((r, i) => {
    if (r.status !== 0) throw new Error(`the fault suite's project "${todo[i]}" did not build:\n${r.output}`);
  });
  writeFileSync(stampOf, code);
}

export const head = (name: ProjectName) => git(projects[name], 'rev-parse', 'HEAD').stdout.trim();

/**
 * `npm run <deploy|rollback|due>` of this checkout, run in a project (its tree is what the build
 * must match), with a wall-clock bound; output and the time taken.
 */
export function run(
  name: ProjectName,
  script: 'deploy' | 'rollback' | 'due',
  args: string[],
  options: {
    env?: Record<string, string>;
    timeout?: number;
    onOutput?: (output: string, kill: () => void) => void;
  } = {},
): Promise<{ status: number | null; signal: NodeJS.Signals | null; output: string; ms: number }> {
  const cwd = projects[name];
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(cwd, 'scripts', `${script}.ts`), ...args],
      {
        cwd,
        env: { ...process.env, NO_COLOR: '1', ...options.env },
      },
    );
    let output = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeout ?? 120_000);
    const on = (d: Buffer) => {
      output += d;
      options.onOutput?.(output, () => child.kill('SIGKILL'));
    };
    child.stdout.on('data', on);
    child.stderr.on('data', on);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, output, ms: Date.now() - started });
    });
  });
}

export { traceIn } from '../helpers/output';
