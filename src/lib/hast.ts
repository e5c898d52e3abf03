/** The parts of a HAST node (rehype's HTML tree) that the site's rehype plugins read and change. */
export interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
  value?: string;
}
