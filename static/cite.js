/* Citation block of a thesis page: the reader's access date, and copy buttons.
   Loaded by a <script src> tag (no inline script), works from file://. Without JavaScript the
   buttons stay hidden and the citation text can be selected by hand. */
(function () {
  "use strict";
  var MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
                "September", "Oktober", "November", "Desember"];

  function formatDate(day) { // '2 Desember 2026', as katalog.cite.format_date_id
    return day.getDate() + " " + MONTHS[day.getMonth()] + " " + day.getFullYear();
  }

  function selectText(element) {
    var range = document.createRange();
    range.selectNodeContents(element);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  function copyBySelection(element) { // older browsers and pages where the clipboard API is refused
    selectText(element);
    try {
      return document.execCommand("copy");
    } catch (e) {
      return false;
    }
  }

  function report(status, ok) {
    if (status) {
      // The English pages give their own words in data attributes (no inline script).
      status.textContent = ok ? status.getAttribute("data-copied") || "Kutipan disalin."
        : status.getAttribute("data-selected") || "Teks kutipan sudah dipilih: tekan Ctrl+C (⌘C) untuk menyalin.";
    }
  }

  function copy(button, status) {
    var element = document.getElementById(button.getAttribute("data-copy"));
    if (!element) return;
    var text = element.textContent.replace(/\s+/g, " ").trim();
    if (navigator.clipboard && window.isSecureContext) {
      // as rich text too where the browser can (a word processor keeps APA's italics), else as plain text
      var written = window.ClipboardItem && navigator.clipboard.write
        ? navigator.clipboard.write([new window.ClipboardItem({
          "text/plain": new Blob([text], {type: "text/plain"}),
          "text/html": new Blob([element.innerHTML.replace(/\s+/g, " ").trim()], {type: "text/html"})})])
        : navigator.clipboard.writeText(text);
      written.then(function () {
        report(status, true);
      }, function () {
        report(status, copyBySelection(element));
      });
    } else {
      report(status, copyBySelection(element));
    }
  }

  function init() {
    var today = formatDate(new Date());
    var dates = document.querySelectorAll(".cite-accessed");
    for (var i = 0; i < dates.length; i++) dates[i].textContent = today;
    var status = document.querySelector(".cite-status");
    var buttons = document.querySelectorAll("button[data-copy]");
    for (var j = 0; j < buttons.length; j++) {
      buttons[j].hidden = false;
      buttons[j].addEventListener("click", function (event) { copy(event.currentTarget, status); });
    }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
