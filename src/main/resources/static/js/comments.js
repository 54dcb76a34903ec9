// Reader comments: tells a reader at once when the chosen file is over the limit, before anything is
// sent. The server checks everything again; without this script the form works the same.
(function () {
  'use strict';
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
