// What was typed into a form with files survives the server refusing the whole request (too large, too many parts):
// the values are kept in this tab when the form is sent, and put back when the page comes back saying it was refused.
(function () {
  'use strict';
  var refused = document.querySelector('[data-restore-sent]') !== null;

  function keyOf(form) {
    return 'chiso.sent.' + new URL(form.action, window.location.href).pathname;
  }

  function kept(element) {
    return element.name && element.name !== '_csrf' && !element.disabled
      && ['file', 'submit', 'button', 'hidden', 'password'].indexOf(element.type) < 0;
  }

  function values(form) {
    var typed = [];
    Array.prototype.forEach.call(form.elements, function (element) {
      if (!kept(element)) {
        return;
      }
      if (element.type === 'checkbox' || element.type === 'radio') {
        typed.push([element.name, element.value, element.checked]);
      } else if (element.type === 'select-multiple') {
        Array.prototype.forEach.call(element.options, function (option) {
          typed.push([element.name, option.value, option.selected]);
        });
      } else {
        typed.push([element.name, element.value]);
      }
    });
    return typed;
  }

  function restore(form, typed) {
    typed.forEach(function (entry) {
      var elements = form.querySelectorAll('[name="' + CSS.escape(entry[0]) + '"]');
      Array.prototype.forEach.call(elements, function (element) {
        if (!kept(element)) {
          return;
        }
        if (entry.length === 3 && element.type === 'select-multiple') {
          Array.prototype.forEach.call(element.options, function (option) {
            if (option.value === entry[1]) {
              option.selected = entry[2];
            }
          });
        } else if (entry.length === 3) {
          if (element.value === entry[1]) {
            element.checked = entry[2];
          }
        } else {
          element.value = entry[1];
        }
      });
    });
  }

  document.querySelectorAll('form[enctype="multipart/form-data"]').forEach(function (form) {
    var key = keyOf(form);
    try {
      var typed = JSON.parse(window.sessionStorage.getItem(key) || 'null');
      window.sessionStorage.removeItem(key);
      if (refused && typed) {
        restore(form, typed);
      }
    } catch (e) {
      // no storage in this browser: nothing was kept
    }
    form.addEventListener('submit', function () {
      try {
        window.sessionStorage.setItem(key, JSON.stringify(values(form)));
      } catch (e) {
        // no storage: the form is sent all the same
      }
    });
  });
}());
