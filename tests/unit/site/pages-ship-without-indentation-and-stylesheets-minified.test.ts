/** compactHtml and minifyCss: fewer bytes, the same page. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { compactHtml } from "../../../src/site/compact-html.ts";
import { minifyCss } from "../../../src/site/minify-css.ts";

test("indentation, blank lines and runs of spaces between tags go; a single space between words stays", () => {
  const html = '<ul>\n    <li><a href="/a/">A</a>   <span>b c</span></li>\n\n    <li>d</li>\n  </ul>\n';
  assert.equal(compactHtml(html), '<ul>\n<li><a href="/a/">A</a> <span>b c</span></li>\n<li>d</li>\n</ul>\n');
});

test("preformatted text and text areas keep every space", () => {
  const html = "<div>\n    <pre><code>  indented\n\n    code</code></pre>\n    <textarea>\n  a  b</textarea>\n</div>";
  assert.equal(compactHtml(html), "<div>\n<pre><code>  indented\n\n    code</code></pre>\n<textarea>\n  a  b</textarea>\n</div>");
});

test("comments and spaces go from a stylesheet; strings and the space before a pseudo-class stay", () => {
  const css = '/* note */\n.a :focus {\n  color: red;\n  content: "\\26A0  ";\n}\n@media (max-width: 30rem) {\n  .b > .c, .d { margin: 0 auto; }\n}\n';
  assert.equal(minifyCss(css), '.a :focus{color:red;content:"\\26A0  "}@media (max-width:30rem){.b>.c,.d{margin:0 auto}}');
});
