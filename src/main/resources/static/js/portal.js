// The public site's only script: small, ours, no third parties. Everything works without it.
(function () {
  'use strict';

  // "Chia sẻ…" opens the phone's own share sheet (Zalo, Messenger…) where the browser has one.
  document.querySelectorAll('[data-share]').forEach(function (button) {
    if (!navigator.share) {
      return;
    }
    button.hidden = false;
    button.addEventListener('click', function () {
      navigator.share({ title: button.dataset.title, url: button.dataset.url }).catch(function () { });
    });
  });

  document.querySelectorAll('[data-copy-link]').forEach(function (button) {
    if (!navigator.clipboard) {
      return;
    }
    button.hidden = false;
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(button.dataset.url).then(function () {
        var status = button.parentElement.querySelector('.copy-status');
        if (status) {
          status.textContent = button.dataset.copied;
        }
      });
    });
  });

  // A YouTube or Facebook player loads only when the reader asks for it.
  document.querySelectorAll('.video-facade[data-embed]').forEach(function (facade) {
    var link = facade.querySelector('a');
    link.addEventListener('click', function (event) {
      event.preventDefault();
      var frame = document.createElement('iframe');
      frame.src = facade.dataset.embed;
      frame.title = link.textContent;
      frame.allow = 'autoplay; encrypted-media; picture-in-picture; fullscreen';
      frame.allowFullscreen = true;
      frame.className = 'video-frame';
      facade.replaceWith(frame);
    });
  });

  // Titles suggested while typing, as links under the search box; Escape or leaving the box closes them.
  document.querySelectorAll('input[data-suggest]').forEach(function (input, index) {
    var list = document.createElement('ul');
    list.className = 'suggestions';
    list.id = 'suggestions-' + index;
    list.hidden = true;
    input.setAttribute('aria-controls', list.id);
    input.insertAdjacentElement('afterend', list);
    var timer = null;
    var asked = '';
    function close() { list.hidden = true; }
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var words = input.value.trim();
        if (words.length < 2) { close(); return; }
        asked = words;
        fetch(input.dataset.suggest + '?q=' + encodeURIComponent(words), { headers: { Accept: 'application/json' } })
          .then(function (answer) { return answer.ok ? answer.json() : []; })
          .then(function (found) {
            if (asked !== words) { return; }
            list.replaceChildren();
            found.forEach(function (item) {
              var link = document.createElement('a');
              link.href = item.url;
              link.textContent = item.title;
              var entry = document.createElement('li');
              entry.appendChild(link);
              list.appendChild(entry);
            });
            list.hidden = found.length === 0;
          })
          .catch(close);
      }, 200);
    });
    input.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') { close(); }
      if (event.key === 'ArrowDown' && !list.hidden) { event.preventDefault(); list.querySelector('a').focus(); }
    });
    list.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') { close(); input.focus(); }
    });
    document.addEventListener('click', function (event) {
      if (event.target !== input && !list.contains(event.target)) { close(); }
    });
  });
})();
