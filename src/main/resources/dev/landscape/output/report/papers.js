/* landscape report: the papers table (search words and "phrases" in titles and abstracts; filter by theme; sort;
   pages). */
(function () {
  'use strict';
  const data = landscapeData;
  const PAGE = 25;
  /** Words of the abstract that stand in for a missing title (as PaperText.title does in the report). */
  const UNTITLED_WORDS = 12;
  const themes = new Map(data.themes.map(t => [t.id, t]));
  const rows = data.papers.rows.map((r, i) => ({id: r[0], title: r[1], abstract: r[2], date: r[3], arxiv: r[4],
    themes: r[5], scores: r[6], order: i, text: r[0] + ' ' + r[1] + ' ' + r[2]}));
  const search = document.getElementById('paper-search');
  const filter = document.getElementById('paper-theme');
  const sort = document.getElementById('paper-sort');
  const body = document.querySelector('#papers tbody');
  const status = document.getElementById('paper-status');
  const pageShown = document.getElementById('paper-page');
  const previous = document.getElementById('paper-previous');
  const next = document.getElementById('paper-next');
  let page = 0;
  let matching = rows;
  let searched = false;

  const all = document.createElement('option');
  all.value = '';
  all.textContent = 'All themes';
  filter.appendChild(all);
  data.themes.forEach(t => {
    const o = document.createElement('option');
    o.value = String(t.id);
    o.textContent = t.name + ' (' + t.members.toLocaleString('en-US') + ')';
    filter.appendChild(o);
  });

  /** The paper's score on the theme filtered for, or on its first theme. */
  function score(row, theme) {
    const i = theme === null ? 0 : row.themes.indexOf(theme);
    return i < 0 || row.scores.length === 0 ? 0 : row.scores[i];
  }

  /**
   * The query's terms, each a pattern that matches whole words in any case: a "quoted phrase" or a single word. The
   * words of a phrase (or of a hyphenated word) may be joined by spaces, hyphens, slashes or nothing, so
   * "fine tuning", fine-tuning and finetuning find each other, as the themes' seeds do; the last word may take a
   * plural -s or -es. So LoRA finds LoRA and LoRAs, never Exploration.
   */
  function terms(query) {
    const patterns = [];
    const quoted = /"([^"]*)"?|(\S+)/g;
    let m;
    while ((m = quoted.exec(query)) !== null) {
      const parts = (m[1] !== undefined ? m[1] : m[2]).split(/[\s\-\u2010-\u2015\/]+/u)
        .map(p => p.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
        .filter(p => p.length > 0)
        .map(p => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      if (parts.length > 0) {
        patterns.push(new RegExp('(?<![\\p{L}\\p{N}])' + parts.join('[\\s\\-\\u2010-\\u2015/]*')
          + '(?:e?s)?(?![\\p{L}\\p{N}])', 'iu'));
      }
    }
    return patterns;
  }

  function update() {
    const patterns = terms(search.value);
    const theme = filter.value === '' ? null : Number(filter.value);
    matching = rows.filter(r => (theme === null || r.themes.includes(theme))
      && patterns.every(p => p.test(r.text)));
    searched = patterns.length > 0;
    const order = sort.value;
    matching.sort((a, b) => order === 'newest' ? (b.date.localeCompare(a.date) || a.order - b.order)
      : order === 'oldest' ? ((a.date || '9999').localeCompare(b.date || '9999') || a.order - b.order)
        : (score(b, theme) - score(a, theme) || a.order - b.order));
    page = 0;
    render(theme);
  }

  function render(theme) {
    const pages = Math.max(1, Math.ceil(matching.length / PAGE));
    page = Math.min(page, pages - 1);
    body.replaceChildren();
    matching.slice(page * PAGE, (page + 1) * PAGE).forEach(r => body.appendChild(line(r, theme)));
    const sentences = [matching.length.toLocaleString('en-US')
      + (matching.length === 1 ? ' paper matches' : ' papers match')
      + (searched ? ' (whole words, in title or abstract).' : '.')];
    const t = theme === null ? null : themes.get(theme);
    if (t !== null && t.embedded < t.members) {
      sentences.push('This page holds ' + t.embedded.toLocaleString('en-US') + ' of the theme\'s '
        + t.members.toLocaleString('en-US') + ' papers (its strongest); topic-assignments.csv lists them all.');
    } else if (t === null && data.papers.rows.length < data.papers.total) {
      sentences.push('This page holds ' + data.papers.rows.length.toLocaleString('en-US') + ' of the '
        + data.papers.total.toLocaleString('en-US') + ' papers (each theme\'s strongest); topic-assignments.csv '
        + 'lists them all.');
    }
    status.textContent = sentences.join(' ');
    pageShown.textContent = 'Page ' + (page + 1) + ' of ' + pages;
    previous.disabled = page === 0;
    next.disabled = page >= pages - 1;
  }

  function line(r, theme) {
    const tr = document.createElement('tr');
    const id = document.createElement('td');
    if (r.arxiv) {
      const a = document.createElement('a');
      a.href = 'https://arxiv.org/abs/' + encodeURIComponent(r.id).replace(/%2F/g, '/');
      a.textContent = r.id;
      id.appendChild(a);
    } else {
      id.textContent = r.id;
    }
    const title = document.createElement('td');
    title.textContent = r.title;
    if (r.title === '') {
      // No title: the abstract's first words stand in, shown as such.
      const words = r.abstract.split(' ').filter(w => w.length > 0);
      title.textContent = words.length === 0 ? 'untitled'
        : words.slice(0, UNTITLED_WORDS).join(' ') + (words.length > UNTITLED_WORDS ? ' …' : '');
      title.className = 'muted';
    }
    const date = document.createElement('td');
    date.textContent = r.date;
    date.className = 'num';
    const names = document.createElement('td');
    names.textContent = r.themes.map(t => (themes.has(t) ? themes.get(t).name : '')).filter(n => n).join('; ');
    const value = document.createElement('td');
    value.className = 'num';
    value.textContent = r.scores.length === 0 ? '' : score(r, theme).toFixed(2);
    tr.append(id, title, date, names, value);
    return tr;
  }

  let typing = null;
  search.addEventListener('input', () => {
    // Searching 20,000 abstracts takes a moment: wait until the typing pauses.
    clearTimeout(typing);
    typing = setTimeout(update, 150);
  });
  filter.addEventListener('change', update);
  sort.addEventListener('change', update);
  previous.addEventListener('click', () => {
    page--;
    render(filter.value === '' ? null : Number(filter.value));
  });
  next.addEventListener('click', () => {
    page++;
    render(filter.value === '' ? null : Number(filter.value));
  });
  update();
})();

/* landscape report: any table.sortable sorts by a column when its header is clicked (again to reverse). */
(function () {
  'use strict';
  function key(cell) {
    const raw = cell.dataset.sort !== undefined ? cell.dataset.sort : cell.textContent.trim();
    const n = Number(raw.replace(/[%,]/g, ''));
    return raw !== '' && !Number.isNaN(n) ? n : raw.toLowerCase();
  }
  document.querySelectorAll('table.sortable').forEach(table => {
    table.querySelectorAll('thead th').forEach((th, column) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = th.textContent;
      th.replaceChildren(button);
      button.addEventListener('click', () => {
        const ascending = th.getAttribute('aria-sort') !== 'ascending';
        table.querySelectorAll('thead th').forEach(h => h.removeAttribute('aria-sort'));
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        const body = table.tBodies[0];
        const sorted = Array.from(body.rows).sort((a, b) => {
          const x = key(a.cells[column]);
          const y = key(b.cells[column]);
          const order = typeof x === typeof y ? (x < y ? -1 : x > y ? 1 : 0) : (typeof x === 'number' ? -1 : 1);
          return ascending ? order : -order;
        });
        body.append(...sorted);
      });
    });
  });
})();
