// Toggle highlight kinds from the legend; click a highlight to jump to its record's table row.
document.querySelectorAll("#legend input[data-kind]").forEach(function (box) {
  box.addEventListener("change", function () {
    document.getElementById("text").classList.toggle("hide-" + box.dataset.kind, !box.checked);
  });
});
document.getElementById("text").addEventListener("click", function (ev) {
  var hit = ev.target.closest("[data-ref]");
  var row = hit && document.getElementById(hit.dataset.ref);
  if (row) { row.scrollIntoView({block: "center"}); row.classList.add("flash"); setTimeout(function () { row.classList.remove("flash"); }, 1200); }
});
