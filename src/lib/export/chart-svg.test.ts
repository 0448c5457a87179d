// @vitest-environment jsdom
/**
 * The exported SVG's sanitizer: scripts, handlers, foreignObject, external links, javascript:,
 * style url() — each stripped, while the drawing and its `#id` references stay.
 */
import { describe, expect, it } from 'vitest';
import { cleanAttribute, cleanStyle, sanitizeSvg, styleSheetSafe, svgProblems } from './chart-svg.ts';

function svg(inner: string, attrs = ''): SVGSVGElement {
  const doc = new DOMParser().parseFromString(
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" ${attrs}>${inner}</svg>`,
    'image/svg+xml',
  );
  return doc.documentElement as unknown as SVGSVGElement;
}

const clean = (inner: string, attrs = '') => new XMLSerializer().serializeToString(sanitizeSvg(svg(inner, attrs)));

describe('sanitizeSvg', () => {
  it('removes scripts, with their content', () => {
    const out = clean('<script>alert(1)</script><g><script xlink:href="x.js"/><rect width="1"/></g>');
    expect(out).not.toMatch(/script|alert/);
    expect(out).toContain('<rect width="1"');
  });

  it('removes every on… attribute, whatever its case', () => {
    const out = clean('<rect onclick="alert(1)" ONMOUSEOVER="alert(2)" onLoad="x()" width="2"/>', 'onload="alert(3)"');
    expect(out).not.toMatch(/on\w+=|alert/i);
    expect(out).toContain('width="2"');
  });

  it('removes foreignObject and any HTML inside', () => {
    const out = clean(
      '<foreignObject><div xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="alert(1)"/></div></foreignObject><circle r="3"/>',
    );
    expect(out).not.toMatch(/foreignObject|img|onerror|div/);
    expect(out).toContain('<circle r="3"');
  });

  it('keeps #id references and removes external ones', () => {
    const out = clean(
      '<defs><pattern id="p"/></defs><use href="#p"/><use xlink:href="https://evil.example/x.svg#p"/><use href="//evil/x"/><image href="x.png"/><a href="https://x"><text>t</text></a>',
    );
    expect(out).toContain('href="#p"');
    expect(out).not.toMatch(/evil|x\.png|<image|<a /);
    // The <use> with an external link stays, without it.
    expect(out.match(/<use/g)).toHaveLength(3);
  });

  it('removes javascript: (also split by spaces or control characters) and data: from attributes', () => {
    const out = clean(
      '<use href="javascript:alert(1)"/><rect fill="java&#10;script:alert(1)"/><rect fill="data:text/html,x"/><rect fill="red"/>',
    );
    expect(out).not.toMatch(/javascript|alert|data:/i);
    expect(out).toContain('fill="red"');
  });

  it('keeps url(#id) in paints and removes url() to anything else, in attributes and style', () => {
    const out = clean(
      '<rect fill="url(#p)" stroke="url(https://evil/x#p)"/><rect style="fill: url(&quot;#p&quot;); stroke: url(http://evil/x); opacity: 0.5"/><rect style="background:url(data:image/png;base64,AAAA)"/>',
    );
    expect(out).toContain('fill="url(#p)"');
    expect(out).toContain('fill: url(&quot;#p&quot;)');
    expect(out).toContain('opacity: 0.5');
    expect(out).not.toMatch(/evil|data:|base64/);
  });

  it('removes style sheets, animations and unknown elements, and comments', () => {
    const out = clean(
      '<style>@import url(https://evil/x.css)</style><set attributeName="href" to="javascript:alert(1)"/><animate/><iframe/><!-- note --><text>kept</text>',
    );
    expect(out).not.toMatch(/style|evil|<set|<animate|iframe|note/);
    expect(out).toContain('<text>kept</text>');
  });

  it('keeps text that reads like markup as text', () => {
    const el = sanitizeSvg(svg('<text>&lt;img src=x onerror=alert(1)&gt;</text>'));
    expect(el.querySelector('text')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(el.querySelector('img')).toBeNull();
    expect(svgProblems(el)).toEqual([]);
  });

  it('refuses a root that is not an <svg>', () => {
    const doc = new DOMParser().parseFromString('<g xmlns="http://www.w3.org/2000/svg"/>', 'image/svg+xml');
    expect(() => sanitizeSvg(doc.documentElement)).toThrow(/not an <svg>/);
  });
});

describe('the checks', () => {
  it('cleanAttribute keeps drawing values and drops the rest', () => {
    expect(cleanAttribute('fill', '#fff')).toBe('#fff');
    expect(cleanAttribute('transform', 'translate(1,2)')).toBe('translate(1,2)');
    expect(cleanAttribute('onclick', 'x')).toBeNull();
    expect(cleanAttribute('href', ' #a')).toBe(' #a');
    expect(cleanAttribute('xlink:href', 'a.svg#x')).toBeNull();
    expect(cleanAttribute('fill', 'url(#a')).toBeNull();
  });

  it('cleanStyle keeps the declarations that draw', () => {
    expect(cleanStyle('fill: red; stroke: url(x.svg#a); font-size: 12px')).toBe('fill: red; font-size: 12px');
    expect(cleanStyle('width: expression(alert(1))')).toBe('');
  });

  it('svgProblems finds what the sanitizer would strip, and styleSheetSafe allows only embedded fonts', () => {
    const dirty = svg('<script/><rect onclick="x"/><style>@font-face{src:url(https://x/f.woff2)}</style>');
    expect(svgProblems(dirty)).toEqual(['element <script>', 'attribute onclick="x"', 'style sheet with an external reference']);
    expect(styleSheetSafe("@font-face{src:url(data:font/woff2;base64,AAAA) format('woff2')}")).toBe(true);
    expect(styleSheetSafe('@font-face{src:url(data:text/html;base64,AAAA)}')).toBe(false);
  });
});
