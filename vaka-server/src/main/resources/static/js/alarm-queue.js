// Keeps the alarm queue live: the server pushes "the queue changed" over Server-Sent Events and the page fetches the
// server-rendered queue; a slow poll stays as a fallback for when the stream is down. A tone sounds when a new
// priority-1 alarm (fire, panic, duress, medical) appears.
(function () {
  const queue = document.getElementById('queue');
  if (!queue) return;
  let known = new Set((queue.dataset.urgent || '').split(',').filter(Boolean));
  function tone() {
    try {
      const audio = new (window.AudioContext || window.webkitAudioContext)();
      const osc = audio.createOscillator();
      osc.frequency.value = 880; osc.connect(audio.destination); osc.start(); osc.stop(audio.currentTime + 0.4);
    } catch (e) { /* no sound before the user has interacted with the page: the red row still shows */ }
  }
  async function refresh() {
    try {
      const response = await fetch(window.location.pathname.replace(/\/$/, '') + '/queue', { credentials: 'same-origin' });
      if (!response.ok) return;
      const html = await response.text();
      const next = new DOMParser().parseFromString(html, 'text/html').getElementById('queue');
      if (!next) return;
      const urgent = (next.dataset.urgent || '').split(',').filter(Boolean);
      if (urgent.some(id => !known.has(id))) tone();
      known = new Set(urgent);
      queue.replaceChildren(...next.childNodes);
    } catch (e) { /* the next round tries again */ }
  }
  let streaming = false;
  if (window.EventSource) {
    const stream = new EventSource(window.location.pathname.replace(/\/$/, '') + '/stream');
    stream.addEventListener('queue', () => { streaming = true; refresh(); });
    stream.onerror = () => { streaming = false; };  // EventSource reconnects by itself
  }
  setInterval(() => { if (!streaming) refresh(); }, 2000);
  setInterval(refresh, 15000);
})();
