/* <script src="https://SITE/embed.js" data-actor="israel" data-lang="he"></script>
   inserts the timeline in an iframe here and keeps the iframe as tall as its content, both ways (at most
   data-max-height pixels; data-layout="compact" for a denser list). */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script) return;
  var origin = new URL(script.src).origin, params = new URLSearchParams();
  ["actor", "topic", "from", "to", "language", "q", "lang", "theme", "calendar", "accent", "layout"].forEach(function (k) {
    var value = script.getAttribute("data-" + k);
    if (value) params.set(k, value);
  });
  var maxHeight = parseInt(script.getAttribute("data-max-height") || "0", 10) || 0;
  var frame = document.createElement("iframe"), query = params.toString();
  frame.src = origin + "/embed/timeline/" + (query ? "?" + query : "");
  frame.title = script.getAttribute("data-title") || "Israel–Azerbaijan relations: a cited timeline";
  frame.style.cssText = "border:0;width:100%;height:600px;display:block";
  frame.className = "iaz-embed";
  script.parentNode.insertBefore(frame, script.nextSibling);
  window.addEventListener("message", function (event) {
    // Only our own frame, from our own origin, may resize it.
    if (event.origin !== origin || event.source !== frame.contentWindow) return;
    var data = event.data, h = data && data.type === "iaz-embed:height" ? Math.ceil(+data.height) : 0;
    // data-max-height caps the frame: past it the timeline scrolls inside.
    if (h > 0 && h < 200000) frame.style.height = (maxHeight > 0 ? Math.min(h, maxHeight) : h) + "px";
  });
})();
