import { createElement, type ReactNode } from 'react';

/**
 * The elements and attributes a publication's HTML may use (our serializer writes a few of them;
 * anything else, should it appear, shows as its text). Text is always text: nothing is ever set
 * as HTML in the page, so the preview cannot run or load anything.
 */
const allowedTags = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'br',
  'strong',
  'em',
  'b',
  'i',
  'u',
  's',
  'sup',
  'sub',
  'small',
  'span',
  'a',
  'blockquote',
  'section',
  'aside',
  'footer',
  'div',
  'ol',
  'ul',
  'li',
  'hr',
]);

/** Ids and in-page links get a prefix, so an endnote's id cannot clash with the app's own. */
export const previewIdPrefix = 'preview-';

function propsOf(element: Element): Record<string, string> {
  const props: Record<string, string> = {};
  for (const { name, value } of Array.from(element.attributes)) {
    if (name === 'class') props.className = value;
    else if (name === 'lang' || name === 'title' || name === 'role') props[name] = value;
    else if (name === 'id') props.id = previewIdPrefix + value;
    else if (name === 'href' && value.startsWith('#'))
      props.href = `#${previewIdPrefix}${value.slice(1)}`;
    else if (name.startsWith('aria-')) props[name] = value;
  }
  return props;
}

function nodeToReact(node: Node): ReactNode {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const element = node as Element;
  const children = Array.from(element.childNodes, nodeToReact);
  const tag = element.localName;
  if (!allowedTags.has(tag)) return createElement('span', null, ...children);
  return createElement(tag, propsOf(element), ...children);
}

/**
 * Our HTML serializer's blocks as React elements, parsed together in one inert template (no
 * script runs, no image loads while parsing). Each string must be one element, as a block is.
 */
export function htmlBlocksToReact(htmls: readonly string[]): ReactNode[] {
  if (htmls.length === 0) return [];
  const template = document.createElement('template');
  template.innerHTML = htmls.map((html) => `<div>${html}</div>`).join('');
  return Array.from(template.content.children, (wrapper) =>
    wrapper.childNodes.length === 1 && wrapper.firstChild
      ? nodeToReact(wrapper.firstChild)
      : createElement('div', null, ...Array.from(wrapper.childNodes, nodeToReact)),
  );
}
