/**
 * The font of exported charts: Be Vietnam Pro (bundled from @fontsource, so every machine has
 * it), its Vietnamese and Latin subsets at weights 400 and 600 — every Vietnamese letter, ạ…ỹ
 * included. Fetched from the app's own files the first time a chart is exported (never on the
 * first page), then kept: as `@font-face` rules with the files in `data:` URLs for the SVG, and
 * as FontFace objects in the page so text is measured in the same font.
 */
import latin400 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-400-normal.woff2?url';
import latin600 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-600-normal.woff2?url';
import vi400 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-400-normal.woff2?url';
import vi600 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-600-normal.woff2?url';

/** The family name used in exported SVGs and for measuring. */
export const EXPORT_FONT = 'Be Vietnam Pro';

/** The subsets' ranges, as @fontsource declares them. */
const LATIN =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const VIETNAMESE =
  'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB';

const FACES = [
  { url: latin400, weight: 400, range: LATIN },
  { url: vi400, weight: 400, range: VIETNAMESE },
  { url: latin600, weight: 600, range: LATIN },
  { url: vi600, weight: 600, range: VIETNAMESE },
];

/** The font ready for export: the CSS to put in the SVG's <style>. */
export interface ExportFont {
  css: string;
}

let loading: Promise<ExportFont> | null = null;

/** Loads the font once (later calls share the first). */
export function loadExportFont(): Promise<ExportFont> {
  loading ??= load().catch((e: unknown) => {
    loading = null;
    throw e;
  });
  return loading;
}

async function load(): Promise<ExportFont> {
  const files = await Promise.all(FACES.map(async (f) => ({ ...f, bytes: await fetchBytes(f.url) })));
  const rules = files.map(
    (f) =>
      `@font-face{font-family:'${EXPORT_FONT}';font-style:normal;font-weight:${f.weight};` +
      `src:url(data:font/woff2;base64,${base64(f.bytes)}) format('woff2');unicode-range:${f.range}}`,
  );
  // The same files in the page, from their bytes (no URL to load), to measure text as it will be drawn.
  await Promise.all(
    files.map(async (f) => {
      const face = new FontFace(EXPORT_FONT, f.bytes, { weight: String(f.weight), unicodeRange: f.range });
      document.fonts.add(await face.load());
    }),
  );
  return { css: rules.join('\n') };
}

async function fetchBytes(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`font ${url}: HTTP ${response.status}`);
  return response.arrayBuffer();
}

/** Bytes as base64, in chunks (a whole font through one String.fromCharCode call overflows the stack). */
function base64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
