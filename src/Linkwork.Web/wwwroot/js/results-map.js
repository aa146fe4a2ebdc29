// The results on a map, as an extra to the list (which carries the same services and works without this).
// Markers are drawn by Leaflet as numbered circles matching the list; tiles are optional (a setting).
(function () {
  var element = document.getElementById('results-map');
  var data = document.getElementById('results-points');
  if (!element || !data || typeof L === 'undefined') { return; }
  var points = JSON.parse(data.textContent || '[]');
  if (points.length === 0) { return; }
  element.hidden = false;
  var map = L.map(element, { scrollWheelZoom: false });
  var tiles = element.getAttribute('data-tiles');
  if (tiles) {
    L.tileLayer(tiles, { maxZoom: 19, attribution: element.getAttribute('data-attribution') || '' }).addTo(map);
  }
  var bounds = [];
  points.forEach(function (point) {
    var marker = L.circleMarker([point.lat, point.lon], { radius: 11, color: '#083f35', weight: 2, fillColor: '#0b5e4f', fillOpacity: 0.9 });
    var link = document.createElement('a');
    link.href = '/services/' + point.id;
    link.textContent = point.n + '. ' + point.name;
    marker.bindPopup(link);
    marker.bindTooltip(String(point.n), { permanent: true, direction: 'center', className: 'map-number' });
    marker.addTo(map);
    bounds.push([point.lat, point.lon]);
  });
  map.fitBounds(bounds, { padding: [24, 24], maxZoom: 15 });
})();
