/* landscape report explorer: the distance map, relevance bars, the papers table and sortable tables.
 * Reads landscapeData (see data.js). Corpus text only ever enters the page through textContent, never as markup. */
(function () {
  'use strict';
  const data = landscapeData;
  const units = new Map(data.units.map(u => [u.kind + ':' + u.id, u]));
  const themes = new Map(data.themes.map(t => [t.id, t]));
  const colorOf = id => (themes.has(id) ? themes.get(id).color : '#999999');
  const number = d3.format(',');
  const percent = d3.format('.1%');
  const tooltip = d3.select('body').append('div').attr('class', 'tooltip').attr('role', 'status');

  const chooser = document.getElementById('unit');
  const slider = document.getElementById('lambda');
  const lambdaShown = document.getElementById('lambda-value');
  let current = units.get('corpus:-1');

  /** The unit's terms by LDAvis relevance at lambda, most relevant first. */
  function relevant(unit, lambda) {
    const denominator = unit.tokens + data.vocabularySize * unit.smoothing;
    return unit.terms.map(([t, count]) => {
      const phi = (count + unit.smoothing) / denominator;
      const lift = phi / (data.termTokens[t] / data.tokens);
      return {term: data.terms[t], count: count, corpus: data.termTokens[t],
        relevance: lambda * Math.log(phi) + (1 - lambda) * Math.log(lift)};
    }).sort((a, b) => b.relevance - a.relevance || b.count - a.count || d3.ascending(a.term, b.term))
      .slice(0, data.shownTerms);
  }

  function option(parent, value, text) {
    const o = document.createElement('option');
    o.value = value;
    o.textContent = text;
    parent.appendChild(o);
  }

  function fillChooser() {
    option(chooser, 'corpus:-1', 'Whole corpus');
    const themeGroup = document.createElement('optgroup');
    themeGroup.label = 'Themes';
    data.units.filter(u => u.kind === 'theme').forEach(u => option(themeGroup, 'theme:' + u.id, u.name));
    const topicGroup = document.createElement('optgroup');
    topicGroup.label = 'Topics';
    data.units.filter(u => u.kind === 'topic').forEach(u => option(topicGroup, 'topic:' + u.id, u.name));
    chooser.append(themeGroup, topicGroup);
  }

  /* The bars: every shown term's tokens in the whole corpus (grey) and in the chosen unit (its theme's colour). */
  const bars = d3.select('#terms');
  function drawBars() {
    const lambda = Number(slider.value);
    lambdaShown.textContent = lambda.toFixed(2);
    const rows = relevant(current, lambda);
    const width = 560, left = 170, rowHeight = 18, top = 28;
    const height = top + rows.length * rowHeight + 8;
    const x = d3.scaleLinear().domain([0, d3.max(rows, r => r.corpus) || 1]).range([left, width - 12]);
    bars.selectAll('*').remove();
    bars.attr('viewBox', `0 0 ${width} ${height}`);
    bars.append('g').attr('class', 'axis').attr('transform', `translate(0,${top - 4})`)
      .call(d3.axisTop(x).ticks(4, '~s'));
    const row = bars.selectAll('g.term').data(rows).join('g').attr('class', 'term')
      .attr('data-term', r => r.term).attr('transform', (r, i) => `translate(0,${top + i * rowHeight})`);
    row.append('rect').attr('class', 'corpus-bar').attr('x', left).attr('height', rowHeight - 4)
      .attr('width', r => x(r.corpus) - left);
    if (current.kind !== 'corpus') {
      row.append('rect').attr('class', 'unit-bar').attr('x', left).attr('height', rowHeight - 4)
        .attr('width', r => x(r.count) - left).attr('fill', colorOf(current.theme));
    }
    row.append('text').attr('x', left - 6).attr('y', rowHeight - 8).attr('text-anchor', 'end').text(r => r.term);
    row.on('mouseenter', (event, r) => show(event, [r.term, number(r.count) + ' of its ' + number(r.corpus)
        + ' tokens here (' + percent(r.count / r.corpus) + ')']))
      .on('mouseleave', hide);
    const name = document.getElementById('unit-name');
    name.textContent = current.name;
    document.getElementById('unit-facts').textContent = current.kind === 'corpus'
      ? 'The most frequent terms of the corpus.'
      : percent(current.share) + ' of all tokens. Grey: the term\'s tokens in the whole corpus; coloured: in this '
        + current.kind + '.';
  }

  function show(event, lines) {
    tooltip.selectAll('*').remove();
    lines.forEach((line, i) => tooltip.append(i === 0 ? 'b' : 'div').text(line));
    tooltip.classed('shown', true);
    const box = tooltip.node().getBoundingClientRect();
    const left = Math.min(event.pageX + 14, window.scrollX + document.documentElement.clientWidth - box.width - 8);
    tooltip.node().style.left = Math.max(0, left) + 'px';
    tooltip.node().style.top = (event.pageY + 14) + 'px';
  }

  function hide() {
    tooltip.classed('shown', false);
  }

  /* The distance map: topics at their principal coordinates, area = share of tokens, colour = theme. */
  const map = d3.select('#map');
  function drawMap() {
    const topics = data.units.filter(u => u.kind === 'topic');
    if (topics.length < 3) {
      map.remove();
      return;
    }
    const size = 460, pad = 46;
    const x = d3.scaleLinear().domain(d3.extent(topics, t => t.x)).range([pad, size - pad]);
    const y = d3.scaleLinear().domain(d3.extent(topics, t => t.y)).range([size - pad, pad]);
    const radius = d3.scaleSqrt().domain([0, d3.max(topics, t => t.share)]).range([0, Math.min(40,
      size / Math.sqrt(topics.length) / 2.2)]);
    map.attr('viewBox', `0 0 ${size} ${size}`);
    const bubble = map.selectAll('g.topic').data(topics.slice().sort((a, b) => b.share - a.share)).join('g')
      .attr('class', 'topic').attr('transform', t => `translate(${x(t.x)},${y(t.y)})`);
    bubble.append('circle').attr('r', t => Math.max(5, radius(t.share))).attr('fill', t => colorOf(t.theme))
      .attr('data-topic', t => t.id).attr('tabindex', 0).attr('role', 'button')
      .attr('aria-label', t => t.name)
      .on('mouseenter', (event, t) => show(event, [t.name, (themes.has(t.theme) ? themes.get(t.theme).name : '')
          + ' · ' + percent(t.share) + ' of tokens', relevant(t, Number(slider.value)).slice(0, 8)
          .map(r => r.term).join(', ')]))
      .on('mouseleave', hide)
      .on('click', (event, t) => select('topic:' + t.id))
      .on('keydown', (event, t) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          select('topic:' + t.id);
        }
      });
    bubble.append('text').attr('class', 'bubble-label').attr('dy', '0.35em').attr('text-anchor', 'middle')
      .text(t => t.id);
  }

  function highlight() {
    map.selectAll('circle').classed('selected', t => current.kind === 'topic' && t.id === current.id)
      .classed('dimmed', t => current.kind === 'theme' && t.theme !== current.id);
  }

  function select(key) {
    if (!units.has(key)) {
      return;
    }
    current = units.get(key);
    chooser.value = key;
    drawBars();
    highlight();
  }

  fillChooser();
  chooser.addEventListener('change', () => select(chooser.value));
  slider.addEventListener('input', drawBars);
  drawMap();
  select('corpus:-1');
})();
