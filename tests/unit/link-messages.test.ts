import { describe, expect, it } from 'vitest';
import { checkReferences } from '../../src/lib/validate/body';
import { formatProblems } from '../../src/lib/validate/report';

// A link to a page the site does not have says so, in words an officer reads, and two such links
// on one line are two messages.

const context = {
  file: 'content/news/mn/x.md',
  absoluteFile: '/nowhere/content/news/mn/x.md',
  pageUrl: '/news/x/',
  bodyLine: 6,
  pages: new Map<string, ReadonlySet<string> | undefined>([['/hotline/', undefined]]),
  publicFiles: new Set<string>(),
  exists: () => false,
};

describe('links to pages the site does not have', () => {
  it('says there is no such page, and each broken link on a line is its own message', () => {
    const problems = checkReferences(
      [
        { kind: 'link', url: '/news/gone/', line: 2 },
        { kind: 'link', url: '/services/none/', line: 2 },
        { kind: 'link', url: '/hotline/', line: 2 },
      ],
      context,
    );
    expect(problems.map((p) => [p.line, p.found, p.expected.mn, p.expected.en])).toEqual(
      ['"/news/gone/"', '"/services/none/"'].map((found) => [
        7,
        found,
        'сайтад ийм хуудас алга: байгаа хуудасны хаяг, жишээ нь /hotline/ эсвэл /en/news/<нэр>/',
        'no such page on the site: the address of a page it has, e.g. /hotline/ or /en/news/<name>/',
      ]),
    );
    const report = formatProblems(problems);
    expect(report.match(/^✗ content\/news\/mn\/x\.md:7 {2}\[body \(link\)\]$/gm)).toHaveLength(2);
    // The same problem found twice is told once.
    expect(formatProblems([...problems, problems[0]]).match(/^✗ /gm)).toHaveLength(2);
  });
});
