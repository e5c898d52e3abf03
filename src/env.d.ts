declare namespace App {
  interface Locals {
    /** The data content components read (src/components/content/), given by the page's layout. */
    content?: import('./components/content').ContentData;
    /** This page's facts from the site model (src/middleware.ts); none for a page the model does not list. */
    page?: import('./lib/site/page-facts').PageFacts;
  }
}
