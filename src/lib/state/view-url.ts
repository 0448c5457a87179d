/**
 * The page named in a URL (`?view=data`), and the URL of a page, keeping `?lang=` and any
 * other parameter. Plain TypeScript.
 */

/** The pages of the app. */
export type View = 'overview' | 'data' | 'templates';

/** The pages, in the order the navigation lists them. */
export const VIEWS: readonly View[] = ['overview', 'data', 'templates'];

/** The view a URL names (`?view=data`); the overview when it names none or an unknown one. */
export function viewFromUrl(href: string): View {
  const value = new URL(href).searchParams.get('view');
  return VIEWS.find((v) => v === value) ?? 'overview';
}

/** The URL of `view`, keeping every other parameter (`?lang=en`); the overview has no `view`. */
export function urlOfView(href: string, view: View): string {
  const url = new URL(href);
  if (view === 'overview') url.searchParams.delete('view');
  else url.searchParams.set('view', view);
  url.hash = '';
  return url.href;
}

/** A text parameter of a URL (`?area=Pác Nặm`), trimmed; null when absent or blank. */
export function paramFromUrl(href: string, name: string): string | null {
  const value = new URL(href).searchParams.get(name)?.trim();
  return value ? value : null;
}

/** The URL with parameter `name` set to `value` (removed when null), every other one kept. */
export function urlWithParam(href: string, name: string, value: string | null): string {
  const url = new URL(href);
  if (value === null) url.searchParams.delete(name);
  else url.searchParams.set(name, value);
  return url.href;
}
