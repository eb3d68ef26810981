// The index dashboard's charts, drawn from data attributes (no inline script runs under the Content-Security-Policy):
// canvas[data-trend-targets]: the province's score, the national average and the plans' target per year;
// canvas[data-ranking]: every ranked province's score, ours highlighted.
(function () {
  'use strict';
  var locale = document.documentElement.lang || 'vi';

  function numbers(text) {
    return text.split(',').map(function (value) { return value === '' ? null : Number(value); });
  }

  document.querySelectorAll('canvas[data-trend-targets]').forEach(function (canvas) {
    var data = canvas.dataset;
    new Chart(canvas, {
      type: 'line',
      data: {
        labels: data.years.split(','),
        datasets: [
          { label: data.labelOurs, data: numbers(data.scores), borderColor: '#0b4f8a', backgroundColor: '#0b4f8a',
            tension: 0.2, spanGaps: true },
          { label: data.labelAverage, data: numbers(data.averages), borderColor: '#8a8f98',
            backgroundColor: '#8a8f98', borderDash: [6, 4], tension: 0.2, spanGaps: true },
          { label: data.labelTarget, data: numbers(data.targets), borderColor: '#c0392b', backgroundColor: '#c0392b',
            pointStyle: 'rectRot', pointRadius: 6, showLine: false }
        ]
      },
      options: {
        locale: locale,
        maintainAspectRatio: false,
        interaction: { mode: 'index', intersect: false },
        plugins: { legend: { position: 'bottom' } }
      }
    });
  });

  document.querySelectorAll('canvas[data-ranking]').forEach(function (canvas) {
    var data = canvas.dataset;
    var names = data.names.split('|');
    var ours = data.ours.split(',').map(function (flag) { return flag === 'true'; });
    // one bar per province, readable on a phone: the box grows with the number of provinces
    canvas.parentNode.style.height = Math.max(240, names.length * 14 + 40) + 'px';
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: names,
        datasets: [{
          label: data.label,
          data: numbers(data.scores),
          backgroundColor: ours.map(function (mine) { return mine ? '#c0392b' : '#9fb8d3'; })
        }]
      },
      options: {
        locale: locale,
        indexAxis: 'y',
        maintainAspectRatio: false,
        plugins: { legend: { display: false } },
        scales: { y: { ticks: { autoSkip: false, font: { size: 10 } } } }
      }
    });
  });
}());
