// Draws the province's trend for an indicator from the data attributes of each canvas[data-trend]:
// comma-separated years, scores and national averages (an empty entry is a year without a value).
(function () {
  'use strict';

  function numbers(text) {
    return text.split(',').map(function (value) { return value === '' ? null : Number(value); });
  }

  document.querySelectorAll('canvas[data-trend]').forEach(function (canvas) {
    var data = canvas.dataset;
    new Chart(canvas, {
      type: 'line',
      data: {
        labels: data.years.split(','),
        datasets: [
          { label: data.labelOurs, data: numbers(data.scores), borderColor: '#0b4f8a', backgroundColor: '#0b4f8a',
            tension: 0.2, spanGaps: true },
          { label: data.labelAverage, data: numbers(data.averages), borderColor: '#8a8f98', backgroundColor: '#8a8f98',
            borderDash: [6, 4], tension: 0.2, spanGaps: true }
        ]
      },
      options: {
        locale: document.documentElement.lang || 'vi',
        maintainAspectRatio: false,
        interaction: { mode: 'index', intersect: false },
        plugins: { legend: { position: 'bottom' } }
      }
    });
  });
}());
