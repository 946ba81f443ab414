/* The review screen's keys: a approve, r reject, m merge, s save, n next — outside text boxes, so typing a
   summary never triggers them; Ctrl+Enter inside one approves. Each key presses the button that says it. */
(function () {
  "use strict";
  var form = document.getElementById("review-form");
  if (!form) return;
  function press(key) {
    var button = form.querySelector('button[data-key="' + key + '"]');
    if (!button) return false;
    if (key === "m" && !form.elements.merge_into.value) { form.elements.merge_into.focus(); return true; }
    button.click();
    return true;
  }
  document.addEventListener("keydown", function (event) {
    var target = event.target, typing = /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || target.isContentEditable;
    if (typing) {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && press("a")) event.preventDefault();
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (press(event.key.toLowerCase())) event.preventDefault();
  });
})();
