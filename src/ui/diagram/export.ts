// Export the diagram as it is drawn: the React Flow viewport's DOM, with computed styles inlined,
// wrapped in an SVG <foreignObject>; the PNG is that SVG drawn onto a canvas. No extra package.

export interface ExportBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';

/**
 * Computed styles of a fresh element per tag, in an empty iframe: only what differs from them is
 * worth writing out. (Fresh elements in the page itself would pick up the page's own rules, such as
 * `* { box-sizing: border-box }`, which the exported image does not have.)
 */
function defaultStyles(doc: Document): { of: (el: Element) => CSSStyleDeclaration; dispose(): void } {
  const frame = doc.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.style.cssText = 'position:absolute;width:0;height:0;border:0;visibility:hidden';
  doc.body.appendChild(frame);
  const win = frame.contentWindow!;
  const idoc = frame.contentDocument!;
  const svg = idoc.createElementNS(SVG_NS, 'svg');
  idoc.body.appendChild(svg);
  const cache = new Map<string, CSSStyleDeclaration>();
  const of = (el: Element) => {
    const key = `${el.namespaceURI}|${el.localName}`;
    let style = cache.get(key);
    if (!style) {
      const fresh = idoc.createElementNS(el.namespaceURI ?? XHTML_NS, el.localName);
      (el.namespaceURI === SVG_NS ? svg : idoc.body).appendChild(fresh);
      style = win.getComputedStyle(fresh);
      cache.set(key, style);
    }
    return style;
  };
  return { of, dispose: () => frame.remove() };
}

function inlineStyles(source: Element, clone: Element, defaults: (el: Element) => CSSStyleDeclaration): void {
  const computed = getComputedStyle(source);
  const base = defaults(source);
  const decls: string[] = [];
  for (const prop of Array.from(computed)) {
    if (prop.startsWith('--')) continue; // values are already resolved
    const value = computed.getPropertyValue(prop);
    if (value !== base.getPropertyValue(prop)) decls.push(`${prop}:${value}`);
  }
  // No animations in a still image; keep whatever the current frame shows.
  decls.push('animation:none', 'transition:none');
  clone.setAttribute('style', decls.join(';'));
  const from = source.children;
  const to = clone.children;
  for (let i = 0; i < from.length && i < to.length; i++) inlineStyles(from[i], to[i], defaults);
}

/** The viewport (`.react-flow__viewport`) as a standalone SVG document of the given box. */
export function diagramToSvg(viewport: HTMLElement, box: ExportBox, background: string): string {
  const doc = viewport.ownerDocument;
  const clone = viewport.cloneNode(true) as HTMLElement;
  const defaults = defaultStyles(doc);
  try {
    inlineStyles(viewport, clone, defaults.of);
  } finally {
    defaults.dispose();
  }
  clone.style.transform = `translate(${-box.x}px, ${-box.y}px) scale(1)`;
  clone.style.transformOrigin = '0 0';
  clone.style.position = 'absolute';
  clone.style.left = '0';
  clone.style.top = '0';
  const wrapper = doc.createElement('div');
  wrapper.setAttribute('xmlns', XHTML_NS);
  wrapper.setAttribute(
    'style',
    `position:relative;width:${box.width}px;height:${box.height}px;overflow:hidden;background:${background}`,
  );
  wrapper.appendChild(clone);
  const html = new XMLSerializer().serializeToString(wrapper);
  return (
    `<svg xmlns="${SVG_NS}" width="${box.width}" height="${box.height}" viewBox="0 0 ${box.width} ${box.height}">` +
    `<foreignObject x="0" y="0" width="${box.width}" height="${box.height}">${html}</foreignObject></svg>`
  );
}

/** Draws the SVG onto a canvas at `scale` and returns the PNG. */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const img = new Image();
  img.decoding = 'sync';
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * scale);
  canvas.height = Math.ceil(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d canvas');
  ctx.scale(scale, scale);
  ctx.drawImage(img, 0, 0);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('canvas.toBlob failed'))), 'image/png'),
  );
}

export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
