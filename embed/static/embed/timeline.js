/* Inside the embed: filter without a round trip when the loaded items suffice, keep the state in the URL,
   jump to a year, move between items with the keyboard, and tell the host page our height. */
(function () {
  "use strict";
  var doc = document, list = doc.querySelector(".iaz-list"), form = doc.querySelector(".iaz-filters");
  if (!list || !form) return;
  var items = [].slice.call(list.querySelectorAll(".iaz-item"));
  var shown = doc.querySelectorAll(".iaz-shown"), keys = ["actor", "topic", "from", "to"], serverOnly = ["q", "language"];
  // Links that carry the page's state: the exports, the feeds and the other languages follow the filters.
  var carriers = doc.querySelectorAll(".iaz-exports a, .iaz-languages a, link[rel=alternate][hreflang]");
  var empty = list.querySelector(".iaz-empty");
  if (!empty && list.getAttribute("data-none")) {
    empty = doc.createElement("li");
    empty.className = "iaz-empty";
    empty.textContent = list.getAttribute("data-none");
    empty.hidden = true;
    list.appendChild(empty);
  }
  // The horizontal layout's time axis: each entry's mark, by the entry's id.
  var axis = doc.querySelector(".iaz-axis"), marks = {}, current = null;
  [].forEach.call(doc.querySelectorAll(".iaz-mark"), function (mark) { marks[mark.hash.slice(1)] = mark; });

  function height() {
    if (window.parent === window) return;
    // The content's own height, not the frame's: scrollHeight never falls below the frame, so a frame
    // told scrollHeight could grow but never shrink when a filter narrows the list.
    var content = Math.ceil(doc.documentElement.getBoundingClientRect().height);
    window.parent.postMessage({ type: "iaz-embed:height", height: content }, "*");
  }
  function has(list, value) { return (" " + list + " ").indexOf(" " + value + " ") >= 0; }
  function year(value, edge) { return /^\d{4}$/.test(value) ? value + edge : value; }
  function visible(item, f) {
    var d = item.dataset;
    if (f.actor && !has(d.actors, f.actor)) return false;
    if (f.topic && !has(d.topics, f.topic)) return false;
    if (f.from && d.end && d.end < year(f.from, "-01-01")) return false;
    if (f.to && d.start && d.start > year(f.to, "-12-31")) return false;
    return true;
  }
  function apply() {
    var f = {}, count = 0, url = new URL(location.href);
    keys.forEach(function (k) { f[k] = (form.elements[k].value || "").trim(); });
    // The server narrowed the list by a filter the reader has now changed: only the server has the rest.
    for (var i = 0; i < keys.length; i++) {
      var server = form.getAttribute("data-server-" + keys[i]);
      if (server && server !== f[keys[i]]) { form.submit(); return; }
    }
    // Words and the language of sources are searched by the server only.
    for (var j = 0; j < serverOnly.length; j++) {
      var field = form.elements[serverOnly[j]];
      if (field && (field.value || "").trim() !== (form.getAttribute("data-server-" + serverOnly[j]) || "")) {
        form.submit(); return;
      }
    }
    items.forEach(function (item) {
      var ok = visible(item, f), mark = marks[item.id];
      item.hidden = !ok; if (mark) mark.hidden = !ok; if (ok) count++;
    });
    [].forEach.call(shown, function (s) { s.textContent = count; });
    redraw();
    if (empty && items.length) empty.hidden = count > 0;
    function carry(u) {
      // A filter the page applies by default, emptied by the reader, stays in the URL empty ("from="): left
      // out, the default would come back on the next load.
      keys.forEach(function (k) {
        if (f[k]) u.searchParams.set(k, f[k]);
        else if (form.hasAttribute("data-default-" + k)) u.searchParams.set(k, "");
        else u.searchParams.delete(k);
      });
      return u;
    }
    history.replaceState(null, "", carry(url));
    [].forEach.call(carriers, function (a) {
      var u = carry(new URL(a.getAttribute("href"), location.href));
      a.setAttribute("href", u.origin === location.origin ? u.pathname + u.search : u.href);
    });
    height();
  }
  // The density chart follows the filters: each year's stack is counted again from the entries shown, in the
  // order the server stacked it (the commonest topics by colour, the rest grey on top).
  var chart = doc.querySelector(".iaz-chart svg");
  var bars = chart ? [].slice.call(chart.querySelectorAll("rect[data-key]")) : [];
  function redraw() {
    if (!bars.length) return;
    var coloured = {}, counts = {}, totals = {}, tallest = 0, tall = chart.viewBox.baseVal.height, tops = {};
    bars.forEach(function (bar) { coloured[bar.getAttribute("data-key")] = true; });
    items.forEach(function (item) {
      var year = item.dataset.year;
      if (item.hidden || !year) return;
      var first = (item.dataset.topics || "").split(" ")[0], key = year + "|" + (coloured[first] ? first : "");
      counts[key] = (counts[key] || 0) + 1;
      totals[year] = (totals[year] || 0) + 1;
      tallest = Math.max(tallest, totals[year]);
    });
    bars.forEach(function (bar) {
      var year = bar.getAttribute("data-year"), n = counts[year + "|" + bar.getAttribute("data-key")] || 0;
      var h = tallest ? tall * n / tallest : 0, top = (year in tops ? tops[year] : tall) - h, title = bar.firstChild;
      tops[year] = top;
      bar.setAttribute("y", top.toFixed(2));
      bar.setAttribute("height", h.toFixed(2));
      if (title && title.textContent) title.textContent = title.textContent.replace(/: \d+ —/, ": " + n + " —");
    });
  }
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); apply(); });

  var jump = doc.querySelector(".iaz-jump select");
  if (jump) jump.addEventListener("change", function () {
    var target = items.filter(function (item) { return !item.hidden && +item.dataset.year >= +jump.value; })[0];
    if (target) { target.scrollIntoView({ block: "start" }); target.focus({ preventScroll: true }); }
  });

  // The horizontal track: the arrow that points to later entries follows the writing direction.
  var horizontal = doc.documentElement.getAttribute("data-layout") === "horizontal";
  var later = doc.documentElement.dir === "rtl" ? "ArrowLeft" : "ArrowRight";
  var earlier = later === "ArrowLeft" ? "ArrowRight" : "ArrowLeft";
  var widths = [10, 13, 16, 20, 26], zoom = 2;
  [].forEach.call(doc.querySelectorAll("[data-zoom]"), function (button) {
    button.addEventListener("click", function () {
      zoom = Math.max(0, Math.min(widths.length - 1, zoom + +button.getAttribute("data-zoom")));
      list.style.setProperty("--iaz-card", widths[zoom] + "rem");
      // Zooming in also stretches the time axis (to twice, then four times its width), as TimelineJS does.
      if (axis) axis.style.setProperty("--iaz-scale", Math.pow(2, Math.max(0, zoom - 2)));
      if (current) current.scrollIntoView({ inline: "center", block: "nearest" });
      height();
    });
  });

  list.addEventListener("keydown", function (event) {
    var item = event.target.closest && event.target.closest(".iaz-item");
    if (!item || event.target !== item) return;
    var open = items.filter(function (i) { return !i.hidden; }), at = open.indexOf(item), next = null;
    if (event.key === "ArrowDown" || event.key === "j" || (horizontal && event.key === later)) next = open[at + 1];
    else if (event.key === "ArrowUp" || event.key === "k" || (horizontal && event.key === earlier)) next = open[at - 1];
    else if (event.key === "Home") next = open[0];
    else if (event.key === "End") next = open[open.length - 1];
    else if (event.key === "Enter") { var d = item.querySelector("details"); if (d) d.open = !d.open; }
    else return;
    event.preventDefault();
    if (next) step(next);
  });

  // The focused entry's mark stands out and stays in view; a mark clicked or tapped brings its entry. The entry
  // is brought to the track's start, which is where the track snaps: brought "nearest", the snap pulled it back
  // partly out of view.
  function step(item) {
    item.focus({ preventScroll: horizontal });
    if (horizontal) item.scrollIntoView({ inline: "start", block: "nearest" });
  }
  list.addEventListener("focusin", function (event) {
    var mark = marks[event.target.id];
    if (!mark) return;
    if (current) current.removeAttribute("aria-current");
    mark.setAttribute("aria-current", "true");
    current = mark;
    var a = axis.getBoundingClientRect(), m = mark.getBoundingClientRect();
    if (m.left < a.left || m.right > a.right) axis.scrollLeft += m.left - (a.left + a.right) / 2;
  });
  if (axis) axis.addEventListener("click", function (event) {
    var mark = event.target.closest(".iaz-mark"), item = mark && doc.getElementById(mark.hash.slice(1));
    if (!item) return;
    event.preventDefault();
    step(item);
  });

  // An entry opened by its anchor: the entries before it are laid out only near the view (content-visibility),
  // so they may grow once the browser has scrolled to it and push it away. It is brought back over the next
  // few frames, unless the reader scrolls first.
  var moved = false;
  ["wheel", "touchstart", "keydown", "mousedown"].forEach(function (name) {
    window.addEventListener(name, function () { moved = true; }, { passive: true });
  });
  function reveal() {
    var target = location.hash.length > 1 && doc.getElementById(location.hash.slice(1)), frames = 0;
    if (!target || !target.classList.contains("iaz-item")) return;
    moved = false;
    (function again() {
      if (moved) return;
      target.scrollIntoView(horizontal ? { inline: "start", block: "nearest" } : { block: "start" });
      if (++frames < 6) requestAnimationFrame(again);
    })();
  }
  window.addEventListener("hashchange", reveal);
  reveal();

  list.addEventListener("toggle", height, true);
  if (window.ResizeObserver) new ResizeObserver(height).observe(doc.body);
  window.addEventListener("load", height);
  height();
  doc.documentElement.setAttribute("data-ready", Math.round(performance.now()));
})();
