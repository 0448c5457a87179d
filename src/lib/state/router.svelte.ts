/**
 * Which page is shown (the overview, the data page or the templates page) and which area:
 * both live in the URL as `?view=` and `?area=` beside `?lang=`, so a link opens the same
 * view; Back and Forward work.
 */

import { paramFromUrl, urlOfView, urlWithParam, viewFromUrl, type View } from './view-url.ts';

export { VIEWS, urlOfView, viewFromUrl, type View } from './view-url.ts';

/** The current view, following the browser's history. */
export class Router {
  #view = $state<View>('overview');
  #area = $state<string | null>(null);
  readonly #win: Window | null;

  constructor(win: Window | null = null) {
    this.#win = win;
    if (win) {
      const read = () => {
        this.#view = viewFromUrl(win.location.href);
        this.#area = paramFromUrl(win.location.href, 'area');
      };
      read();
      win.addEventListener('popstate', read);
    }
  }

  /** The area named in the URL, or null for the one the data opens on. */
  get area(): string | null {
    return this.#area;
  }

  /** Shows another area and records it in the history (null: the one the data opens on). */
  setArea(name: string | null): void {
    if (name === this.#area) return;
    this.#area = name;
    if (this.#win) this.#win.history.pushState(null, '', urlWithParam(this.#win.location.href, 'area', name));
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
