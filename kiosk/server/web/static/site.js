// Progressive enhancement only: every page works without it.
// The push form shows the votes its amount is worth as the producer types.
(function () {
  "use strict";
  var form = document.querySelector("form[data-weight]");
  if (!form) { return; }
  var weight = parseInt(form.getAttribute("data-weight"), 10) || 1;
  var input = form.querySelector("input[name=points]");
  var preview = document.getElementById("preview");
  var template = document.getElementById("preview-text");
  if (!input || !preview || !template) { return; }
  var format = new Intl.NumberFormat(document.documentElement.lang || undefined);
  function update() {
    var points = parseInt(input.value, 10);
    if (!(points > 0)) { preview.textContent = ""; return; }
    preview.textContent = template.content.textContent
      .replace("%(points)s", format.format(points))
      .replace("%(votes)s", format.format(points * weight));
  }
  input.addEventListener("input", update);
  update();
})();
