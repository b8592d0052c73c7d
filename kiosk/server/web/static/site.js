// Progressive enhancement only: every page works without it.
// The push form shows the votes its amount is worth as the producer types.
(function () {
  "use strict";
  var form = document.querySelector("form[data-weight]");
  if (!form) { return; }
  var weight = parseInt(form.getAttribute("data-weight"), 10) || 1;
  var input = form.querySelector("input[name=points]");
  var preview = document.getElementById("preview");
  if (!input || !preview) { return; }
  var lang = document.documentElement.lang || undefined;
  var format = new Intl.NumberFormat(lang);
  var plural = new Intl.PluralRules(lang);
  function counted(word, count) {        // "1 vote", "3 votes": the page's own plural forms
    var pick = function (category) {
      return form.querySelector('template.plural[data-word="' + word + '"][data-category="'
                                + category + '"]');
    };
    var template = pick(plural.select(count)) || pick("other");
    return template ? template.content.textContent.replace("%(num)s", format.format(count)) : "";
  }
  function update() {
    var points = parseInt(input.value, 10);
    if (!(points > 0)) { preview.textContent = ""; return; }
    preview.textContent = counted("points", points) + " → " + counted("votes", points * weight);
  }
  input.addEventListener("input", update);
  update();
})();
