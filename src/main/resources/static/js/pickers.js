// Pickers on top of plain form fields (fragments/forms :: pickerScripts). Without this file the fields work as they
// are: the select lists every option, the date is typed as dd/mm/yyyy; the server checks everything either way.
(function () {
  'use strict';
  var texts = document.currentScript.dataset;
  var vietnamese = document.documentElement.lang !== 'en';

  // Selects marked data-picker: type to search, ignoring diacritics ("tu phap" finds "Sở Tư pháp"; Tom Select folds
  // đ to d too), over the option's text and its data-code; a multiple select shows its choices as removable chips.
  // An option's data-label is its name without the tree's "— " indentation, and data-depth that indentation.
  function label(data) {
    return data.label || data.text;
  }

  document.querySelectorAll('select[data-picker]').forEach(function (select) {
    var settings = {
      maxOptions: null,
      // a few hundred options at most, all in the page: the list follows each keystroke at once, and a click right
      // after typing is not undone by a late refresh that reopens the list
      refreshThrottle: 0,
      searchField: ['text', 'code'],
      sortField: [{ field: '$order' }], // matches stay in the tree's order, under their parents
      closeAfterSelect: !select.multiple,
      render: {
        option: function (data, escape) {
          return '<div class="picker-depth-' + escape(data.depth || '0') + '">' + escape(label(data)) + '</div>';
        },
        item: function (data, escape) {
          return '<div>' + escape(label(data)) + '</div>';
        },
        no_results: function (data, escape) {
          return '<div class="no-results">' + escape(texts.noResults) + '</div>';
        }
      }
    };
    if (select.multiple) {
      settings.placeholder = texts.search;
      settings.plugins = { remove_button: { title: texts.remove } };
    }
    new TomSelect(select, settings);
    // a hint written for the plain select ("hold Ctrl") gives way to the one written for the picker
    (select.getAttribute('aria-describedby') || '').split(' ').forEach(function (id) {
      var help = id && document.getElementById(id);
      if (help && help.dataset.withPicker) {
        help.textContent = help.dataset.withPicker;
      }
    });
  });

  // d/m/yyyy read as strictly as the server reads it: 31/02/2024 is no date, not 2 March.
  function strictDate(text) {
    var parts = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text || '');
    if (!parts) {
      return undefined;
    }
    var year = Number(parts[3]);
    var month = Number(parts[2]) - 1;
    var day = Number(parts[1]);
    var date = new Date(year, month, day);
    return date.getFullYear() === year && date.getMonth() === month && date.getDate() === day ? date : undefined;
  }

  // flatpickr's Vietnamese months ("Tháng mười một") leave no room for the year in the calendar's header: numbers.
  var VIETNAMESE = Object.assign({}, flatpickr.l10ns.vn, {
    months: {
      shorthand: flatpickr.l10ns.vn.months.shorthand,
      longhand: flatpickr.l10ns.vn.months.shorthand.map(function (month, i) {
        return 'Tháng ' + (i + 1);
      })
    }
  });

  // Inputs marked data-date-picker: a calendar in the page's language that writes dd/mm/yyyy, never the browser's
  // own date format (hence no native date input, even on phones). data-min and data-max bound the calendar.
  document.querySelectorAll('input[data-date-picker]').forEach(function (input) {
    var min = strictDate(input.dataset.min);
    var max = strictDate(input.dataset.max);
    var picker = flatpickr(input, {
      locale: vietnamese ? VIETNAMESE : 'default',
      dateFormat: 'd/m/Y',
      ariaDateFormat: 'd/m/Y', // a day is read out as it is written in the field
      allowInput: true,
      disableMobile: true,
      minDate: min,
      maxDate: max,
      parseDate: strictDate
    });
    // flatpickr empties a field whose text it cannot read (or that lies outside the bounds) when the field loses
    // focus; keep what was typed instead, so that the server refuses it beside the field with its message.
    var setDate = picker.setDate;
    picker.setDate = function (date) {
      if (typeof date === 'string' && date.trim() !== '') {
        var typed = strictDate(date);
        if (!typed || (min && typed < min) || (max && typed > max)) {
          return undefined;
        }
      }
      return setDate.apply(picker, arguments);
    };
  });
}());
