/**
 * After a client-side navigation, move focus to the new page's main heading (or <main>) so
 * screen-reader and keyboard users start at the new content instead of the old link.
 */
export function focusPageStart(doc: Document = document): void {
  const main = doc.getElementById('main');
  if (!main) return;
  const heading = main.querySelector<HTMLElement>('h1');
  if (heading && !heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  (heading ?? main).focus({ preventScroll: true });
}
