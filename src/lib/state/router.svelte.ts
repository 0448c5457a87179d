/**
 * Which page is shown: the overview, the data page or the templates page. The page lives in
 * the URL as `?view=` beside `?lang=`, so a link opens the same view; Back and Forward work.
 */

import { urlOfView, viewFromUrl, type View } from './view-url.ts';

export { VIEWS, urlOfView, viewFromUrl, type View } from './view-url.ts';

/** The current view, following the browser's history. */
export class Router {
  #view = $state<View>('overview');
  readonly #win: Window | null;

  constructor(win: Window | null = null) {
    this.#win = win;
    if (win) {
      this.#view = viewFromUrl(win.location.href);
      win.addEventListener('popstate', () => (this.#view = viewFromUrl(win.location.href)));
    }
  }

  /** The page shown. */
  get view(): View {
    return this.#view;
  }

  /** The link to a view (for `<a href>`, so it opens in a new tab too). */
  href(view: View): string {
    return this.#win ? urlOfView(this.#win.location.href, view) : `?view=${view}`;
  }

  /** Shows a view and records it in the history. */
  go(view: View): void {
    if (view === this.#view) return;
    this.#view = view;
    if (this.#win) {
      this.#win.history.pushState(null, '', urlOfView(this.#win.location.href, view));
      this.#win.scrollTo(0, 0);
    }
  }
}
