// A form whose fields depend on a kind chosen among radio buttons (form data-fields-by="kind"): only the fields of
// the chosen kind show (data-kinds="A B" on their box), each with the label written for that kind (data-kind-label="A"
// among the spans of a label; the span with an empty data-kind-label stands for every kind). Hidden fields are
// disabled, so they are not sent. Without JavaScript every field shows with its general label.
(function () {
  'use strict';

  document.querySelectorAll('form[data-fields-by]').forEach(function (form) {
    var radios = form.querySelectorAll('input[type="radio"][name="' + form.dataset.fieldsBy + '"]');

    function chosen() {
      var checked = Array.prototype.find.call(radios, function (radio) {
        return radio.checked;
      });
      return checked ? checked.value : null;
    }

    function show() {
      var kind = chosen();
      if (kind === null) {
        return;
      }
      form.querySelectorAll('[data-kinds]').forEach(function (box) {
        var used = box.dataset.kinds.split(' ').indexOf(kind) >= 0;
        box.hidden = !used;
        box.querySelectorAll('input, select, textarea').forEach(function (field) {
          field.disabled = !used;
        });
      });
      form.querySelectorAll('label').forEach(function (label) {
        var spans = label.querySelectorAll('[data-kind-label]');
        if (spans.length === 0) {
          return;
        }
        var own = Array.prototype.some.call(spans, function (span) {
          return span.dataset.kindLabel === kind;
        });
        spans.forEach(function (span) {
          span.hidden = span.dataset.kindLabel !== (own ? kind : '');
        });
      });
      form.querySelectorAll('[data-any-kind]').forEach(function (general) {
        general.hidden = true;
      });
    }

    radios.forEach(function (radio) {
      radio.addEventListener('change', show);
    });
    show();
  });
}());
