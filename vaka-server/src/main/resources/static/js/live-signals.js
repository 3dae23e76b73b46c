// Renders the console's once-a-second snapshot (Server-Sent Events) of the latest signals and counters.
(function () {
  const body = document.getElementById('signals');
  const set = (id, v) => { const el = document.getElementById(id); if (el) el.textContent = v; };
  let lastAcked = null, lastAt = null;
  const cell = (text, cls) => { const td = document.createElement('td'); td.textContent = text ?? ''; if (cls) td.className = cls; return td; };
  function render(s) {
    const st = s.stats;
    const now = Date.now();
    if (lastAcked !== null) set('rate', Math.max(0, Math.round((st.acked - lastAcked) * 1000 / (now - lastAt))).toLocaleString());
    lastAcked = st.acked; lastAt = now;
    set('acked', st.acked.toLocaleString()); set('stored', s.stored.toLocaleString());
    set('duplicates', s.duplicates.toLocaleString()); set('connections', st.openConnections.toLocaleString());
    const reasons = Object.entries(st.rejections).filter(([, n]) => n > 0);
    set('rejected', reasons.reduce((a, [, n]) => a + n, 0).toLocaleString());
    set('reasons', reasons.map(([r, n]) => r + ': ' + n).join(' · '));
    if (!s.signals.length) return;
    body.replaceChildren(...s.signals.map(sig => {
      const tr = document.createElement('tr');
      tr.append(cell(new Date(sig.receivedAt).toLocaleTimeString()), cell(sig.account, 'mono'), cell(sig.sequence, 'mono'),
        cell(sig.code, 'mono cat-' + sig.category), cell(sig.meaning, 'cat-' + sig.category), cell(sig.zone), cell(sig.user),
        cell(sig.path, 'hide-sm'), cell(sig.data, 'mono hide-sm'));
      return tr;
    }));
  }
  const source = new EventSource('/console/signals/stream');
  source.addEventListener('snapshot', e => render(JSON.parse(e.data)));
})();
