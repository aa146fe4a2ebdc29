// The print button needs JavaScript; without it the browser's own Print works the same, with the print styles.
(function () {
  var button = document.getElementById('print-button');
  if (!button) { return; }
  button.hidden = false;
  button.addEventListener('click', function () { window.print(); });
})();
