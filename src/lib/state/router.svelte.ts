/**
 * Which page is shown and with which filters (area, year or period, chosen units): all live in
 * the URL (`?view=`, `?area=`, `?year=`/`?period=`, `?unit=`…) beside `?lang=`, so a link opens
 * the same view; Back and Forward move through pages and filter changes alike.
 */

import { filtersFromUrl, sameFilters, urlOfView, urlWithFilters, viewFromUrl, type Filters, type View } from './view-url.ts';

export { FIGURE_VIEWS, NO_FILTERS, VIEWS, urlOfView, viewFromUrl, type Filters, type View } from './view-url.ts';

/** The current view, following the browser's history. */
export class Router {
  #view = $state<View>('overview');
  #filters = $state.raw<Filters>({ area: null, period: null, units: [] });
  readonly #win: Window | null;

  constructor(win: Window | null = null) {
    this.#win = win;
    if (win) {
      const read = () => {
        this.#view = viewFromUrl(win.location.href);
        this.#filters = filtersFromUrl(win.location.href);
      };
      read();
      win.addEventListener('popstate', read);
    }
  }

  /** The filters the URL names. */
  get filters(): Filters {
    return this.#filters;
  }

  /** Changes some filters and records the change in the history (Back undoes it). */
  setFilters(change: Partial<Filters>): void {
    const next = { ...this.#filters, ...change };
    if (sameFilters(next, this.#filters)) return;
    this.#filters = next;
    if (this.#win) this.#win.history.pushState(null, '', urlWithFilters(this.#win.location.href, next));
  }

  /** The area named in the URL, or null for the one the data opens on. */
  get area(): string | null {
    return this.#filters.area;
  }

  /** Shows another area and records it in the history (null: the one the data opens on). */
  setArea(name: string | null): void {
    // Units chosen in one area mean nothing in another.
    this.setFilters({ area: name, units: name === this.#filters.area ? this.#filters.units : [] });
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
