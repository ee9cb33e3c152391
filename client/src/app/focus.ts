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

/**
 * A link to a field (`#id`) in an error summary or a checklist: focus it and scroll it to the middle ourselves, since
 * following the #fragment would be a router navigation that scrolls to the top.
 */
export function jumpToField(event: MouseEvent, target: string): void {
  const element = document.getElementById(target);
  if (!element) return;
  event.preventDefault();
  element.focus();
  element.scrollIntoView?.({ block: 'center' });
}
