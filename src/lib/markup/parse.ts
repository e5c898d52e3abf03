import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

// Content bodies are Markdown with GFM (tables, footnotes, strikethrough), read as the build
// reads them. No MDX: nothing in a body is code.
const parser = unified().use(remarkParse).use(remarkGfm);

export const parseMarkdown = (text: string): Root => parser.parse(text);
