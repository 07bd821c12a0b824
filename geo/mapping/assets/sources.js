/* sources: a row's source for readers. An article row ("seed:<stem>") shows the article's
 * outlet and title, linked when its metadata has an address; a web address shows its site,
 * linked; GeoNames, Wikidata and OpenStreetMap ids link to their records. Addresses inside
 * notes become links too. Only http(s) addresses are ever linked, and every string goes in
 * as a text node. */
(function (modules) {
  "use strict";

  var el = modules.dom.el;

  // An http(s) address up to a space, a quote or a bracket; trailing punctuation is text.
  var ADDRESS = /https?:\/\/[^\s"'<>()[\]{}]+/gi;
  var TRAILING = /[.,;:!?]+$/;
  var RECORDS = {
    geonames: function (id) { return ["GeoNames", "https://www.geonames.org/" + id]; },
    wikidata: function (id) { return ["Wikidata", "https://www.wikidata.org/wiki/" + id]; },
    osm: function (id) { return ["OpenStreetMap", "https://www.openstreetmap.org/" + id]; }
  };

  function isArticle(source) {
    return /^seed:/.test(source || "");
  }

  function articleOf(data, source) {
    var stem = String(source).slice(5);
    return data.articles.filter(function (a) { return a.id === stem; })[0] || null;
  }

  function link(text, href) {
    if (!/^https?:\/\//i.test(href)) { return el("span", null, text); }
    var a = el("a", null, text);
    a.href = href;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    return a;
  }

  // "www.syriahr.com/en/?p=1" -> "syriahr.com"
  function site(address) {
    var match = /^https?:\/\/([^/?#:]+)/i.exec(address);
    return match ? match[1].replace(/^www\./i, "") : address;
  }

  // ``text`` as nodes in ``parent``: its http(s) addresses as links named by their site.
  function appendLinked(parent, text, named) {
    var rest = String(text || ""), match;
    ADDRESS.lastIndex = 0;
    var last = 0;
    while ((match = ADDRESS.exec(rest)) !== null) {
      var address = match[0].replace(TRAILING, "");
      parent.appendChild(document.createTextNode(rest.slice(last, match.index)));
      parent.appendChild(link(named ? site(address) : address, address));
      last = match.index + address.length;
      ADDRESS.lastIndex = last;
    }
    parent.appendChild(document.createTextNode(rest.slice(last)));
    return parent;
  }

  // The source in short words: "Information Clearing House (the article)", "syriahr.com".
  function sourceName(data, source) {
    if (isArticle(source)) {
      var article = articleOf(data, source);
      return article ? (article.outlet || article.title) + " (the article)" : "the article";
    }
    var record = /^(geonames|wikidata|osm):(.+)$/.exec(source || "");
    if (record) { return RECORDS[record[1]](record[2])[0]; }
    return /^https?:\/\//i.test(source) ? site(source) : String(source || "");
  }

  // The source's nodes, appended to ``parent``.
  function appendSource(parent, data, source) {
    if (isArticle(source)) {
      var article = articleOf(data, source);
      if (!article) { parent.appendChild(el("span", null, "the article")); return parent; }
      parent.appendChild(el("span", "warmap-outlet", article.outlet || "The article"));
      parent.appendChild(document.createTextNode(", "));
      var title = "\u201c" + article.title + "\u201d";
      parent.appendChild(article.url ? link(title, article.url) : el("cite", null, title));
      parent.appendChild(document.createTextNode(", " +
        modules.dates.shortDay(article.published) + " (the article this map is made from)"));
      return parent;
    }
    var record = /^(geonames|wikidata|osm):(.+)$/.exec(source || "");
    if (record) {
      var made = RECORDS[record[1]](record[2]);
      parent.appendChild(link(made[0] + " " + record[2], made[1]));
      return parent;
    }
    return appendLinked(parent, source, true);
  }

  function sourceNode(data, source) {
    var wrap = el("div", "warmap-source" + (isArticle(source) ? " warmap-source-article" : ""));
    wrap.appendChild(el("span", "warmap-field", "Source: "));
    return appendSource(wrap, data, source);
  }

  // A note with its addresses as links.
  function noteNode(text, className) {
    return appendLinked(el("p", className || "warmap-note"), text, true);
  }

  modules.sources = {
    isArticle: isArticle, sourceName: sourceName, sourceNode: sourceNode,
    appendSource: appendSource, noteNode: noteNode, appendLinked: appendLinked
  };
}(window.warmapModules = window.warmapModules || {}));
