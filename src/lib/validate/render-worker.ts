import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { markdownProcessor } from '../markdown';
import { awaitBodyFacts } from '../markup/remark-body-facts';
import type { Body } from './body';

// The build's second rendering thread: the same Markdown processor as the pages' (src/lib/markdown.ts)
// renders its share of the bodies while the main thread renders the rest, and sends back each
// body's HTML and the facts of the tree it parsed (the machine has two cores; the build used one).

const renderer = await markdownProcessor().createRenderer(workerData);
parentPort!.on(
  'message',
  async (job: { path: string; body: string; frontmatter: Record<string, unknown> }) => {
    let facts: Body | undefined;
    awaitBodyFacts(job.path, (b) => (facts = b));
    try {
      const r = await renderer.render(job.body, {
        fileURL: pathToFileURL(job.path),
        frontmatter: job.frontmatter,
      });
      parentPort!.postMessage({ path: job.path, code: r.code, metadata: r.metadata, facts });
    } catch {
      parentPort!.postMessage({ path: job.path });
    }
  },
);
parentPort!.postMessage({ ready: true });
