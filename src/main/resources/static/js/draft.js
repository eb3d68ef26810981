// A form that keeps itself (a report, a self-assessment) keeps what the officer types: in this browser at every keystroke (so that even a save refused
// because the session expired loses nothing), and on the server a few seconds after they stop typing.
(function () {
  'use strict';
  var form = document.querySelector('form[data-autosave]');
  if (!form || !window.fetch) {
    return;
  }
  var status = document.getElementById('autosave-status');
  var version = form.querySelector('input[name="version"]');
  var key = 'chiso.draft.' + form.dataset.user + '.' + form.dataset.draft;
  var dirty = false;
  var saving = false;
  var timer = null;
  var submitter = null;
  var sending = false;
  var buttons = form.querySelectorAll('button[type="submit"], input[type="submit"]');

  function fields() {
    return Array.prototype.filter.call(form.elements, function (element) {
      return element.name && element.type !== 'file' && element.type !== 'submit' && element.type !== 'checkbox'
        && element.type !== 'select-multiple'
        && element.name !== '_csrf' && element.name !== 'version';
    });
  }

  function values() {
    var kept = {};
    fields().forEach(function (element) { kept[element.name] = element.value; });
    return kept;
  }

  function keepLocally() {
    try {
      localStorage.setItem(key, JSON.stringify({ version: version.value, values: values() }));
    } catch (e) {
      // private browsing or a full storage: the server saves still run
    }
  }

  function forget() {
    try {
      localStorage.removeItem(key);
    } catch (e) {
      // nothing kept
    }
  }

  // Content kept on top of the version the server still has was never saved: put it back.
  function restore() {
    var kept = null;
    try {
      kept = JSON.parse(localStorage.getItem(key) || 'null');
    } catch (e) {
      kept = null;
    }
    if (!kept || kept.version !== version.value) {
      forget();
      return;
    }
    var changed = false;
    fields().forEach(function (element) {
      if (Object.prototype.hasOwnProperty.call(kept.values, element.name) && element.value !== kept.values[element.name]) {
        element.value = kept.values[element.name];
        changed = true;
      }
    });
    if (changed) {
      document.getElementById('draft-restored').classList.remove('d-none');
      dirty = true;
      schedule();
    } else {
      forget();
    }
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(save, 2500);
  }

  function expired() {
    document.getElementById('session-expired').classList.remove('d-none');
    status.textContent = '';
  }

  function save() {
    if (!dirty || saving || sending) {
      return;
    }
    saving = true;
    dirty = false;
    var data = new FormData(form);
    form.querySelectorAll('input[type="file"]').forEach(function (input) { data.delete(input.name); });
    data.delete('removeEvidence');
    data.delete('removeSignedDocument');
    data.delete('responses');
    data.delete('action');
    fetch(form.dataset.autosave, { method: 'POST', body: data, credentials: 'same-origin',
      headers: { 'Accept': 'application/json' } })
      .then(function (response) {
        var type = response.headers.get('Content-Type') || '';
        if (response.redirected || type.indexOf('json') < 0) {
          dirty = true;
          expired();
          return null;
        }
        return response.json().then(function (body) {
          status.textContent = body.message || '';
          if (response.ok) {
            version.value = String(body.version);
            if (dirty) {
              keepLocally();
            } else {
              forget();
            }
          }
        });
      })
      .catch(function () {
        dirty = true;
        status.textContent = status.dataset.offline || '';
      })
      .then(function () {
        saving = false;
        if (submitter) {
          var button = submitter;
          submitter = null;
          form.requestSubmit(button);
        } else if (dirty && document.getElementById('session-expired').classList.contains('d-none')) {
          schedule();
        }
      });
  }

  // A file over the limit would make the server refuse the whole request: say so before sending anything.
  function tooLarge() {
    var limit = Number(form.dataset.maxBytes);
    var found = false;
    form.querySelectorAll('input[type="file"]').forEach(function (input) {
      var large = Array.prototype.some.call(input.files || [], function (file) { return file.size > limit; });
      input.classList.toggle('is-invalid', large);
      var message = input.parentElement.querySelector('.file-too-large');
      if (message) {
        message.classList.toggle('d-none', !large);
      }
      found = found || large;
    });
    return found;
  }

  function typed() {
    dirty = true;
    keepLocally();
    schedule();
  }

  form.addEventListener('input', typed);
  form.addEventListener('change', typed);
  // The form is sent once: a second click (a double click on Send) would answer that someone else saved meanwhile.
  // The buttons are disabled once the form data is taken (a disabled submitter would not be sent), and enabled
  // again if the page stays or comes back from the browser's history.
  function sendingDone() {
    sending = false;
    Array.prototype.forEach.call(buttons, function (button) { button.disabled = false; });
  }

  // A save by hand must not cross an automatic one (it would carry an outdated version): wait for it to finish.
  form.addEventListener('submit', function (event) {
    clearTimeout(timer);
    if (sending || tooLarge()) {
      event.preventDefault();
      return;
    }
    if (saving) {
      event.preventDefault();
      submitter = event.submitter || null;
      return;
    }
    sending = true;
    setTimeout(function () {
      if (event.defaultPrevented) {
        sendingDone();
        return;
      }
      Array.prototype.forEach.call(buttons, function (button) { button.disabled = true; });
      setTimeout(sendingDone, 30000);
    }, 0);
  });
  window.addEventListener('pageshow', function (event) {
    if (event.persisted) {
      sendingDone();
    }
  });
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden') {
      save();
    }
  });
  restore();
}());
