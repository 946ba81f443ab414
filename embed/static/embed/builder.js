/* The builder: every change updates the preview and the code without a round trip; Copy copies. */
(function () {
  "use strict";
  var form = document.querySelector(".options"), preview = document.getElementById("preview");
  var scriptCode = document.getElementById("script-code"), iframeCode = document.getElementById("iframe-code");
  if (!form) return;
  var base = location.origin;
  function escape(text) {
    return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }
  function update() {
    var params = new URLSearchParams(), attributes = "";
    [].forEach.call(form.elements, function (field) {
      if (field.name && field.value) { params.set(field.name, field.value); attributes += " data-" + field.name + '="' + escape(field.value) + '"'; }
    });
    var query = params.toString(), src = base + "/embed/timeline/" + (query ? "?" + query : "");
    preview.src = src;
    iframeCode.value = '<iframe src="' + escape(src) + '" width="100%" height="720" style="border:0" loading="lazy" title="Israel–Azerbaijan relations"></iframe>';
    scriptCode.value = '<script src="' + base + '/embed.js"' + attributes + "></scr" + "ipt>";
    history.replaceState(null, "", "?" + query);
  }
  form.addEventListener("change", update);
  form.addEventListener("submit", function (event) { event.preventDefault(); update(); });
  document.addEventListener("click", function (event) {
    var id = event.target.getAttribute && event.target.getAttribute("data-copy");
    if (!id) return;
    var area = document.getElementById(id);
    area.select();
    if (navigator.clipboard) navigator.clipboard.writeText(area.value); else document.execCommand("copy");
    event.target.textContent = "Copied";
  });
})();
