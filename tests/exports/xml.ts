/** A strict XML reading for the export tests: any parser error or warning fails, and so does a character XML 1.0 forbids. */
import assert from "node:assert/strict";
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";

export function parseXml(text: string): Document {
  assert.ok(text.startsWith('<?xml version="1.0" encoding="'), "no XML declaration at the very start");
  assert.doesNotMatch(text, /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u, "a character XML 1.0 forbids");
  const problems: string[] = [];
  const document = new DOMParser({ onError: (level, message) => void problems.push(`${level}: ${message}`) }).parseFromString(text, "application/xml");
  assert.deepEqual(problems, []);
  return document;
}

/** Child elements of `parent` with a local name, in a namespace. */
export function children(parent: Element, namespace: string, name: string): Element[] {
  return Array.from(parent.childNodes).filter((node): node is Element => node.nodeType === 1 && (node as Element).namespaceURI === namespace && (node as Element).localName === name);
}
