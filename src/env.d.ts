declare namespace App {
  interface Locals {
    /** The data content components read (src/components/content/), given by the page's layout. */
    content?: import('./components/content').ContentData;
  }
}
