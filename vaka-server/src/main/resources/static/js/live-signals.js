// Renders the console's once-a-second snapshot (Server-Sent Events) of the latest signals and counters.
(function () {
  const body = document.getElementById('signals');
  const set = (id, v) => { const el = document.getElementById(id); if (el) el.textContent = v; };
  const history = [];
  const chart = document.getElementById('rate-chart');
  function draw() {
    if (!chart) return;
    const ctx = chart.getContext('2d'), w = chart.width, h = chart.height;
    ctx.clearRect(0, 0, w, h);
    const max = Math.max(10, ...history);
    ctx.strokeStyle = '#3fb950'; ctx.lineWidth = 2; ctx.beginPath();
    history.forEach((v, i) => {
      const x = w - (history.length - 1 - i) * (w / 59), y = h - 4 - (v / max) * (h - 8);
      i === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y);
    });
    ctx.stroke();
    ctx.fillStyle = '#8da2b5'; ctx.font = '12px system-ui';
    ctx.fillText(max.toLocaleString() + '/s', 4, 14);
  }
  const cell = (text, cls) => { const td = document.createElement('td'); td.textContent = text ?? ''; if (cls) td.className = cls; return td; };
  function render(s) {
    const st = s.stats;
    set('rate', s.rate.toLocaleString());
    history.push(s.rate); if (history.length > 60) history.shift();
    draw();
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
