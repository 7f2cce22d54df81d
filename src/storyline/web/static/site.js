// storyline's only script: citation pop-ups on story pages, highlight toggles on article pages.
// It builds every element with textContent, so text from articles is never parsed as HTML.
(function () {
  "use strict";

  var tip = null;

  function hideTip() {
    if (tip) tip.hidden = true;
  }

  function showTip(link) {
    if (!tip) {
      tip = document.createElement("div");
      tip.className = "cite-tip";
      tip.id = "cite-tip";
      tip.setAttribute("role", "tooltip");
      document.body.appendChild(tip);
    }
    var words = document.createElement("q");
    words.className = "cite-tip-words";
    words.textContent = link.dataset.words || "";
    var source = document.createElement("div");
    source.className = "cite-tip-source";
    source.textContent = link.dataset.source || "";
    tip.replaceChildren(words, source);
    tip.hidden = false;
    var box = link.getBoundingClientRect();
    var width = Math.min(420, document.documentElement.clientWidth - 16);
    var left = Math.max(8, Math.min(box.left + window.scrollX - width / 2, window.scrollX + document.documentElement.clientWidth - width - 8));
    tip.style.width = width + "px";
    tip.style.left = left + "px";
    tip.style.top = box.bottom + window.scrollY + 6 + "px";
  }

  function citationOf(event) {
    var target = event.target;
    return target && target.closest ? target.closest("a.cite") : null;
  }

  document.addEventListener("mouseover", function (event) {
    var link = citationOf(event);
    if (link) showTip(link);
  });
  document.addEventListener("mouseout", function (event) {
    if (citationOf(event)) hideTip();
  });
  document.addEventListener("focusin", function (event) {
    var link = citationOf(event);
    if (link) showTip(link); else hideTip();
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") hideTip();
  });

  document.addEventListener("change", function (event) {
    var box = event.target;
    if (!box.closest || !box.closest("form.layers")) return;
    var text = document.getElementById("article-text");
    if (text) text.classList.toggle("hide-" + box.name, !box.checked);
  });
})();
