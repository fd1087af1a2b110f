/* global Chart, document, getComputedStyle */
// Renders every <canvas data-chart="id"> from the JSON block <script type="application/json" id="id">.
// Loaded as a file (the CSP allows no inline script); the page is complete without it.
(function () {
  'use strict';
  if (typeof Chart === 'undefined') return;
  var css = getComputedStyle(document.documentElement);
  var v = function (name) {
    return css.getPropertyValue(name).trim();
  };
  var named = {
    pass: v('--pass'),
    warn: v('--warn'),
    fail: v('--fail'),
    error: v('--error'),
    info: v('--info'),
    muted: v('--muted'),
  };
  var palette = [
    v('--info'),
    v('--fail'),
    v('--pass'),
    v('--warn'),
    v('--error'),
    '#17becf',
    '#e377c2',
    '#8c564b',
  ];
  Chart.defaults.color = v('--muted');
  Chart.defaults.borderColor = v('--grid');
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;

  // A translucent fill of a #rrggbb theme colour (band areas).
  var translucent = function (c) {
    return /^#[0-9a-f]{6}$/i.test(c) ? c + '33' : c;
  };

  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    var block = document.getElementById(canvas.getAttribute('data-chart'));
    if (!block) return;
    var spec = JSON.parse(block.textContent);
    var datasets = spec.datasets.map(function (d, i) {
      var color = named[d.color] || palette[i % palette.length];
      var line = spec.type === 'line';
      return {
        label: d.label,
        data: d.data,
        backgroundColor: d.fill ? translucent(color) : color,
        borderColor: d.fill ? translucent(color) : color,
        borderWidth: line && !d.pointsOnly ? (d.fill ? 1 : 2) : 0,
        pointRadius: d.pointsOnly ? 4 : line && !d.fill ? 2 : 0,
        showLine: !d.pointsOnly,
        fill: d.fill === 'previous' ? '-1' : false,
        hideInLegend: !!d.hideInLegend,
        spanGaps: !d.pointsOnly,
      };
    });
    var tick = spec.percent
      ? function (x) {
          return Math.round(x * 1000) / 10 + '%';
        }
      : undefined;
    new Chart(canvas, {
      type: spec.type,
      data: { labels: spec.labels, datasets: datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        interaction: { mode: 'index', intersect: false },
        plugins: {
          legend: {
            display: datasets.length > 1,
            position: 'bottom',
            labels: {
              filter: function (item) {
                return !datasets[item.datasetIndex].hideInLegend;
              },
            },
          },
        },
        scales: {
          x: { stacked: !!spec.stacked, ticks: { maxRotation: 60, autoSkip: true } },
          y: {
            stacked: !!spec.stacked,
            beginAtZero: spec.zero !== false,
            ticks: tick ? { callback: tick } : { precision: 0 },
            title: { display: !!spec.yTitle, text: spec.yTitle || '' },
          },
        },
      },
    });
  });
})();
