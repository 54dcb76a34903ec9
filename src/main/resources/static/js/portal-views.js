// Counts a reader of the story page once the page is really shown (a prerendered page waits until it
// is), and puts the fresh total into the page's [data-view-count] (the page itself may come from a
// cache). No cookie, no storage: see VisitorHashes. The page works the same without it.
(function () {
  'use strict';
  var tag = document.querySelector('script[data-view-story]');
  var id = tag && tag.getAttribute('data-view-story');
  if (!id || !/^\d+$/.test(id)) {
    return;
  }
  var url = '/luot-xem/' + id;

  function show(total) {
    var text;
    try {
      text = new Intl.NumberFormat(document.documentElement.lang || 'vi').format(total);
    } catch (e) {
      text = String(total);
    }
    var counts = document.querySelectorAll('[data-view-count="' + id + '"]');
    for (var i = 0; i < counts.length; i++) {
      counts[i].textContent = text;
    }
  }

  function send() {
    if (window.fetch) {
      window.fetch(url, {method: 'POST', keepalive: true, credentials: 'omit', headers: {'Accept': 'application/json'}})
        .then(function (response) { return response.status === 200 ? response.json() : null; })
        .then(function (answer) {
          if (answer && typeof answer.views === 'number') {
            show(answer.views);
          }
        })
        .catch(function () { /* a count lost is not worth bothering the reader */ });
    } else if (navigator.sendBeacon) {
      navigator.sendBeacon(url);
    }
  }

  if (document.prerendering) {
    document.addEventListener('prerenderingchange', send, {once: true});
  } else {
    send();
  }
})();
