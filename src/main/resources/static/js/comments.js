// Reader comments: tells a reader at once when the chosen file is over the limit, before anything is
// sent. The server checks everything again; without this script the form works the same.
(function () {
  'use strict';

  // The form posts through htmx (the answer replaces the form) once this script says so: the htmx
  // attributes are set here rather than in the page, which stays valid HTML and works without scripts.
  function enhance(form) {
    if (!form || form.hasAttribute('hx-post')) {
      return;
    }
    form.setAttribute('hx-post', form.getAttribute('action'));
    form.setAttribute('hx-target', 'this');
    form.setAttribute('hx-swap', 'outerHTML');
    form.setAttribute('hx-disabled-elt', 'find button[type=submit]');
    if (window.htmx && document.readyState !== 'loading') {
      window.htmx.process(form);
    }
  }
  enhance(document.getElementById('binh-luan-form'));
  document.addEventListener('htmx:load', function (event) {
    var element = event.detail.elt;
    enhance(element.id === 'binh-luan-form' ? element : element.querySelector && element.querySelector('#binh-luan-form'));
  });
  document.addEventListener('change', function (event) {
    var input = event.target;
    if (!input.matches || !input.matches('.comment-form input[type=file]')) {
      return;
    }
    var form = input.form;
    var max = Number(form.getAttribute('data-max-bytes'));
    var file = input.files && input.files[0];
    if (file && max && file.size > max) {
      input.setCustomValidity((form.getAttribute('data-too-large') || '').replace('{0}', file.name));
      input.reportValidity();
    } else {
      input.setCustomValidity('');
    }
  });
})();
