// The story body editor: Quill on top of the plain textarea, which stays the form field (and the
// fallback without JavaScript). Only the formats the server keeps are allowed, so a paste from Word
// or a web page arrives as clean paragraphs, headings, lists, bold/italic and links.
(function () {
  var FORMATS = ['header', 'bold', 'italic', 'underline', 'strike', 'link', 'blockquote', 'list'];
  var TOOLBAR = [[{ header: [2, 3, false] }], ['bold', 'italic', 'underline'], [{ list: 'ordered' }, { list: 'bullet' }],
    ['blockquote', 'link'], ['clean']];

  function enhance(textarea) {
    if (typeof Quill === 'undefined') { return; }
    var holder = document.createElement('div');
    holder.className = 'rich-text-editor';
    textarea.parentNode.insertBefore(holder, textarea);
    textarea.classList.add('d-none');
    textarea.setAttribute('aria-hidden', 'true');
    var quill = new Quill(holder, {
      theme: 'snow', formats: FORMATS, modules: { toolbar: TOOLBAR },
      placeholder: textarea.getAttribute('data-placeholder') || ''
    });
    quill.clipboard.dangerouslyPasteHTML(textarea.value || '');
    var editable = holder.querySelector('.ql-editor');
    editable.setAttribute('role', 'textbox');
    editable.setAttribute('aria-multiline', 'true');
    editable.setAttribute('aria-labelledby', 'body-label');
    var sync = function () { textarea.value = quill.getText().trim() ? quill.root.innerHTML : ''; };
    quill.on('text-change', sync);
    textarea.form.addEventListener('submit', sync);
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('textarea[data-rich-text]').forEach(enhance);
  });
})();
