/**
 * Downloads a CSV file from a link (the office's own server) for import: the link is checked,
 * then fetched; every failure comes back as a reason the page can put in words.
 */

/** A downloaded file, or why there is none. */
export type Fetched = { ok: true; file: File } | { ok: false; reason: 'invalid' | 'network' | 'http'; url: string; status?: number };

/** The file name a link points to (`tieu-chi.csv`), or a default. */
export function fileNameOfUrl(url: URL): string {
  const last = url.pathname.split('/').filter(Boolean).pop() ?? '';
  try {
    return decodeURIComponent(last) || 'tai-ve.csv';
  } catch {
    return last || 'tai-ve.csv';
  }
}

/**
 * Fetches `link` (relative links are read against `base`, the page's address).
 * @example await fetchFile('data/criteria.csv', location.href)
 */
export async function fetchFile(link: string, base: string, fetchFn: typeof fetch = fetch): Promise<Fetched> {
  let url: URL;
  try {
    url = new URL(link.trim(), base);
  } catch {
    return { ok: false, reason: 'invalid', url: link };
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !link.trim()) return { ok: false, reason: 'invalid', url: link };
  let response: Response;
  try {
    response = await fetchFn(url.href, { credentials: 'same-origin' });
  } catch {
    return { ok: false, reason: 'network', url: url.href };
  }
  if (!response.ok) return { ok: false, reason: 'http', url: url.href, status: response.status };
  const blob = await response.blob().catch(() => null);
  if (!blob) return { ok: false, reason: 'network', url: url.href };
  return { ok: true, file: new File([blob], fileNameOfUrl(url), { type: blob.type }) };
}
