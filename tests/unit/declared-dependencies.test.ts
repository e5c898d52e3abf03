import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/astro';

// Everything the code imports is declared in package.json: a package that only arrives as another
// package's dependency can change or vanish with that package's next version.

/** The package an import names ('@scope/name/sub' → '@scope/name'), or undefined for a path or a builtin. */
function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:'))
    return undefined;
  // Astro's virtual modules (astro:content, astro:assets …).
  if (/^astro:/.test(specifier)) return undefined;
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
  if (builtinModules.includes(name)) return undefined;
  return name;
}

/** The module specifiers a source file imports (static, dynamic with a literal, require), by TypeScript's scanner. */
function importsOf(file: string, text: string): string[] {
  // An .astro file's code: its frontmatter and its <script> elements.
  const code = file.endsWith('.astro')
    ? [
        /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '',
        ...[...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]),
      ].join('\n')
    : text;
  return ts.preProcessFile(code, true, true).importedFiles.map((f) => f.fileName);
}

const sourceDirs = ['src', 'scripts', 'tests'];
const codeFile = /\.(ts|mts|mjs|js|astro)$/;
/** The configuration files at the top (astro.config.mjs, vitest.*.config.ts, …). */
const topFiles = readdirSync(projectRoot).filter((f) => codeFile.test(f));

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'node_modules' || d.name === 'fixtures' ? [] : files(path);
    return codeFile.test(d.name) ? [path] : [];
  });
}

describe('declared dependencies', () => {
  it('tells packages from paths, builtins and virtual modules', () => {
    expect(packageOf('parse5')).toBe('parse5');
    expect(packageOf('@astrojs/mdx')).toBe('@astrojs/mdx');
    expect(packageOf('decap-cms-locales/src/en/index.js')).toBe('decap-cms-locales');
    expect(packageOf('node:fs')).toBeUndefined();
    expect(packageOf('fs')).toBeUndefined();
    expect(packageOf('astro:content')).toBeUndefined();
    expect(packageOf('../lib/x')).toBeUndefined();
    expect(
      importsOf(
        'x.astro',
        "---\nimport A from 'a';\nconst s = 'import b from \"b\"';\n---\n<p>import c from 'c'</p><script>import('d')</script>",
      ),
    ).toEqual(['a', 'd']);
  });

  it('every package the code imports is in package.json', () => {
    const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
      devDependencies?: Record<string, string>;
    };
    const declared = new Set([
      ...Object.keys(pkg.dependencies ?? {}),
      ...Object.keys(pkg.devDependencies ?? {}),
    ]);
    const all = [
      ...sourceDirs.flatMap((d) => files(join(projectRoot, d))),
      ...topFiles.map((f) => join(projectRoot, f)),
    ];
    const offenders: string[] = [];
    for (const file of all) {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        continue;
      }
      for (const specifier of importsOf(file, text)) {
        const name = packageOf(specifier);
        // Type-only packages come as @types/<name>.
        if (name && !declared.has(name) && !declared.has(`@types/${name}`))
          offenders.push(`${relative(projectRoot, file)}: ${specifier}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
