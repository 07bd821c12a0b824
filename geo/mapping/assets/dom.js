/* dom: the element helpers of every other module. Every string from an article or a data
 * file is put into the page with textContent, never as markup: popups, tooltips and labels
 * get DOM nodes, never HTML strings (Leaflet would parse those). */
(function (modules) {
  "use strict";

  // The page's style tells a page whose script runs from one whose script does not.
  document.documentElement.classList.add("warmap-js");

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function textNode(text, className) {
    return el("span", className || null, text);
  }

  function sourceNode(source) {
    var wrap = el("div", "warmap-source");
    wrap.appendChild(el("span", "warmap-field", "Source: "));
    if (/^https?:\/\//i.test(source)) {
      var a = el("a", null, source);
      a.href = source;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      wrap.appendChild(a);
    } else {
      wrap.appendChild(el("span", null, source));
    }
    return wrap;
  }

  function quoteNode(text) {
    return el("blockquote", "warmap-quote", text);
  }

  modules.dom = { el: el, textNode: textNode, sourceNode: sourceNode, quoteNode: quoteNode };
}(window.warmapModules = window.warmapModules || {}));
