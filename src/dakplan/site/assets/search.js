/* dakplan site search: offline, from file:// too. The index (search-index.js) sets
   window.DAKPLAN_SEARCH; its keys are folded by dakplan (i18n/vn.py: no case, no diacritics,
   no punctuation), and the query is folded the same way here. Found: the query without its
   spaces within the key without its spaces, from the start of a word ("so tttt" is
   "Sở TT&TT"), listed first; then the entries where each word typed begins a word of the
   key. */
(function () {
  "use strict";
  var LIMIT = 100;
  var entries = (window.DAKPLAN_SEARCH || { entries: [] }).entries;
  var joined = entries.map(function (entry) { return entry.k.replace(/ /g, ""); });
  var spaced = entries.map(function (entry) { return " " + entry.k; });
  var form = document.getElementById("search");
  var input = document.getElementById("q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");

  function fold(text) {
    return text.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d")
      .replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  }

  function words(text) {
    var folded = fold(text);
    return folded ? folded.split(" ") : [];
  }

  function say(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_, name) { return String(values[name]); });
  }

  /* The phrase begins where a word of the key begins ("inh" is not found in "định"). */
  function fromAWord(i, phrase) {
    var words = entries[i].k.split(" "), at = 0;
    for (var w = 0; w < words.length; w++) {
      if (joined[i].startsWith(phrase, at)) { return true; }
      at += words[w].length;
    }
    return false;
  }

  function search(query) {
    var parts = words(query);
    if (!parts.length) { return []; }
    var phrase = parts.join("");
    var whole = [], some = [];
    for (var i = 0; i < entries.length; i++) {
      if (joined[i].indexOf(phrase) !== -1 && fromAWord(i, phrase)) {
        whole.push(entries[i]);
        continue;
      }
      var all = true;
      for (var j = 0; j < parts.length && all; j++) {
        all = spaced[i].indexOf(" " + parts[j]) !== -1;
      }
      if (all) { some.push(entries[i]); }
    }
    return whole.concat(some);
  }

  function show(query) {
    list.textContent = "";
    if (!words(query).length) { status.textContent = ""; return; }
    var found = search(query);
    if (!found.length) { status.textContent = form.dataset.none; return; }
    status.textContent = found.length > LIMIT
      ? say(form.dataset.shown, { count: found.length, shown: LIMIT })
      : say(form.dataset.count, { count: found.length });
    found.slice(0, LIMIT).forEach(function (entry) {
      var item = document.createElement("li");
      var kind = document.createElement("span");
      kind.className = "kind";
      kind.textContent = form.dataset["kind" + entry.c.charAt(0).toUpperCase() + entry.c.slice(1)];
      var link = document.createElement("a");
      link.href = entry.u;
      link.textContent = entry.t;
      link.lang = "vi";
      item.appendChild(kind);
      item.appendChild(link);
      if (entry.m) {
        var meta = document.createElement("span");
        meta.className = "meta";
        meta.textContent = entry.m;
        item.appendChild(meta);
      }
      list.appendChild(item);
    });
  }

  var asked = new URLSearchParams(window.location.search).get("q");
  if (asked) { input.value = asked; show(asked); }
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    show(input.value);
    if (window.history && window.history.replaceState) {
      try { window.history.replaceState(null, "", "?q=" + encodeURIComponent(input.value)); }
      catch (e) { /* file:// may refuse; the results are shown anyway */ }
    }
  });
  input.addEventListener("input", function () { show(input.value); });
}());
