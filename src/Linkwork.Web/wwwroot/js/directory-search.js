// Progressive enhancement: with JavaScript and permission, the search can use the person's location for
// distances. Without either, the form works the same, just without distances.
(function () {
  var button = document.getElementById('use-location');
  if (!button || !('geolocation' in navigator)) { return; }
  button.hidden = false;
  button.addEventListener('click', function () {
    var status = document.getElementById('location-status');
    status.textContent = 'Finding your location…';
    navigator.geolocation.getCurrentPosition(function (position) {
      document.getElementById('lat').value = position.coords.latitude.toFixed(5);
      document.getElementById('lon').value = position.coords.longitude.toFixed(5);
      status.textContent = 'Using your location for distances.';
      button.closest('form').submit();
    }, function () {
      status.textContent = 'Your location is not available; search without it, or allow it and try again.';
    }, { timeout: 10000 });
  });
})();
