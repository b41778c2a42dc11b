/* annalyst report — the page's own code.
 *
 * Every string that comes from the corpus is untrusted: it reaches the page only
 * through textContent, setAttribute of inert attributes, or canvas labels.
 * Never innerHTML, never a data string in an href. Views are built the first
 * time they are shown (Leaflet and Cytoscape need a visible container, and a
 * corpus of hundreds of documents should not pay for views nobody opens).
 */
(function () {
  'use strict';

  var D = JSON.parse(document.getElementById('annalyst-data').textContent);
  var M = D.meta;

  // ---------- small DOM helpers ----------
  function h(tag, props) {
    var el = document.createElement(tag);
    if (props) {
      for (var k in props) {
        if (!Object.prototype.hasOwnProperty.call(props, k)) continue;
        var v = props[k];
        if (v === null || v === undefined) continue;
        if (k === 'text') el.textContent = String(v);
        else if (k === 'class') el.className = v;
        else if (k === 'on') { for (var ev in v) el.addEventListener(ev, v[ev]); }
        else el.setAttribute(k, String(v));
      }
    }
    for (var i = 2; i < arguments.length; i++) add(el, arguments[i]);
    return el;
  }
  function add(el) {
    for (var i = 1; i < arguments.length; i++) {
      var kid = arguments[i];
      if (kid === null || kid === undefined || kid === false) continue;
      if (Array.isArray(kid)) { kid.forEach(function (k) { add(el, k); }); continue; }
      el.appendChild(kid instanceof Node ? kid : document.createTextNode(String(kid)));
    }
    return el;
  }
  function clear(el) { while (el.firstChild) el.removeChild(el.firstChild); return el; }
  function $(id) { return document.getElementById(id); }
  // Case- and accent-blind form for searching ("Trautmann" finds "TRAUTMANN", "Ko" finds "Kō").
  function fold(s) { return String(s).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase(); }

  // ---------- vocabulary ----------
  var TYPE_NAMES = { PERSON: 'Person', ORG: 'Organisation', GPE: 'Place', LOC: 'Location', FAC: 'Facility',
    NORP: 'Group', EVENT: 'Named event', LAW: 'Law / treaty', WORK_OF_ART: 'Title' };
  var TYPE_COLOURS = { PERSON: '#1f6fb2', ORG: '#7a4cb0', GPE: '#2e8540', LOC: '#2e8540', FAC: '#2e8540', NORP: '#b0651d' };
  var CERT_TEXT = { stated: 'stated in the sentence', inherited: 'inherited from context',
    approximate: 'approximate' };
  var PALETTE = ['#c0392b', '#2471a3', '#1e8449', '#b9770e', '#7d3c98', '#148f77', '#a04000', '#2e4053',
    '#d35400', '#5b2c6f', '#117864', '#922b21'];
  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  function isPlace(t) { return t === 'GPE' || t === 'LOC' || t === 'FAC'; }
  function typeName(t) { return TYPE_NAMES[t] || t; }
  function typeColour(t) { return TYPE_COLOURS[t] || '#6b7280'; }

  // Event types are grouped by what they mean for the story (PLOVER's quad classes, roughly):
  // one timeline row and one colour per group, so a chapter's dozen types do not become a dozen rows.
  var CATS = [
    { id: 'talk', name: 'Talks & messages', colour: '#2471a3', types: ['CONSULT', 'REQUEST'] },
    { id: 'say', name: 'Statements', colour: '#5499c7', types: ['STATEMENT'] },
    { id: 'coop', name: 'Agreement & help', colour: '#1e8449', types: ['AGREE', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT'] },
    { id: 'conflict', name: 'Refusal & pressure', colour: '#b9770e', types: ['REJECT', 'ACCUSE', 'THREATEN', 'PROTEST', 'SANCTION', 'COERCE'] },
    { id: 'force', name: 'Force', colour: '#c0392b', types: ['MOBILIZE', 'ASSAULT'] },
    { id: 'move', name: 'Journeys', colour: '#7d3c98', types: ['TRAVEL'] },
    { id: 'other', name: 'Other events', colour: '#5d6d7e', types: [] }
  ];
  function evCat(t) {
    for (var i = 0; i < CATS.length - 1; i++) if (CATS[i].types.indexOf(t) >= 0) return CATS[i];
    return CATS[CATS.length - 1];
  }
  var evTypes = [];
  D.evs.forEach(function (e) { if (evTypes.indexOf(e.type) < 0) evTypes.push(e.type); });
  evTypes.sort(function (a, b) {
    return CATS.indexOf(evCat(a)) - CATS.indexOf(evCat(b)) || (a < b ? -1 : a > b ? 1 : 0);
  });
  function evColour(t) { return evCat(t).colour; }
  // Is the event told as something that happened? Negated, intended and hypothetical events are not facts.
  function nonFact(e) {
    if (e.pol === 'negative') return 'negated';
    if (e.modality === 'hypothetical' || e.modality === 'intended') return e.modality;
    return null;
  }
  var NONFACT_TEXT = { negated: 'not a fact: negated', hypothetical: 'not a fact: hypothetical',
    intended: 'not a fact: intended' };
  function nonFactBadge(e) {
    var k = nonFact(e);
    return k ? h('span', { class: 'nf nf-' + k, title: 'The text says this ' + (k === 'negated' ? 'did not happen' :
      k === 'intended' ? 'was intended or planned, not that it happened' : 'might happen, not that it did'), text: NONFACT_TEXT[k] }) : null;
  }

  // ---------- indexes ----------
  var mByDoc = D.docs.map(function () { return []; });
  var mByEnt = D.ents.map(function () { return []; });
  D.ments.forEach(function (m, i) { mByDoc[m[0]].push(i); if (m[3] >= 0) mByEnt[m[3]].push(i); });
  var txByDoc = D.docs.map(function () { return []; });
  D.tx.forEach(function (t, i) { txByDoc[t[0]].push(i); });
  var evByDoc = D.docs.map(function () { return []; });
  var evByEnt = D.ents.map(function () { return []; });
  D.evs.forEach(function (e, i) {
    evByDoc[e.doc].push(i);
    var seen = {};
    e.src.concat(e.tgt).forEach(function (x) { if (!seen[x]) { seen[x] = 1; evByEnt[x].push(i); } });
    if (e.place !== null && !seen[e.place]) evByEnt[e.place].push(i);
  });
  var sentByDoc = D.docs.map(function () { return []; });
  D.sents.forEach(function (s) { sentByDoc[s[0]].push([s[1], s[2]]); });

  // ---------- dates ----------
  function parseIso(s) {
    var m = /^(-?\d{4,})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(s || '');
    if (!m) return null;
    var d = new Date(2000, +m[2] - 1, +m[3], m[4] ? +m[4] : 0, m[5] ? +m[5] : 0);
    d.setFullYear(+m[1]);
    return d;
  }
  function isoDay(ms) {
    var d = new Date(ms), p = function (n) { return (n < 10 ? '0' : '') + n; };
    return d.getFullYear() + '-' + p(d.getMonth() + 1) + '-' + p(d.getDate());
  }
  function dayAfter(s) { var d = parseIso(s); d.setDate(d.getDate() + 1); return d; }
  function fmtDay(s) {
    var m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(s);
    if (!m) return s;
    return (+m[3]) + ' ' + MONTHS[+m[2] - 1] + ' ' + m[1] + (m[4] ? ', ' + m[4] + ':' + m[5] : '');
  }
  function yearlessParts(raw) {
    var m = /^XXXX-(\d{2})(?:-(\d{2}))?/.exec(raw || '');
    return m && +m[1] >= 1 && +m[1] <= 12 ? m : null;
  }
  function fmtIv(iv, raw) {
    // a month or day of a year the text never states (TimeML "XXXX-09-10"): said as the text says it
    var yearless = yearlessParts(raw);
    if (!iv && yearless)
      return (yearless[2] ? (+yearless[2]) + ' ' : '') + MONTHS[+yearless[1] - 1] + ', year not stated';
    if (!iv) return raw ? raw + ' (not placed)' : 'undated';
    var p = iv[2];
    if (p === 'day' || p === 'minute') return fmtDay(iv[0]);
    if (p === 'month') return MONTHS[+iv[0].slice(5, 7) - 1] + ' ' + iv[0].slice(0, 4);
    if (p === 'year') return iv[0].slice(0, 4);
    if (p === 'decade') return iv[0].slice(0, 4) + 's';
    return fmtDay(iv[0]) + ' – ' + fmtDay(iv[1]);
  }
  function certBadge(c, iv, raw) {
    if (!iv && yearlessParts(raw)) return h('span', { class: 'cert undated', title: 'the text never states the year',
      text: 'year unknown' });
    if (!iv) return h('span', { class: 'cert undated', text: 'undated' });
    return h('span', { class: 'cert ' + (c || 'stated'), title: 'date ' + (CERT_TEXT[c] || 'of unknown certainty'),
      text: c || 'date' });
  }

  // ---------- shared pieces ----------
  function docLabel(i) { var d = D.docs[i]; return d.title || d.id; }
  function entLink(i) {
    var e = D.ents[i];
    return h('a', { class: 'link', href: '#entity/' + i, title: typeName(e.type), text: e.name });
  }
  function entList(ix, desc) {
    if (!ix.length && desc && desc.length) return h('span', { class: 'described', title: 'not named in the text',
      text: desc.join(', ') });
    if (!ix.length) return h('span', { class: 'muted', text: '—' });
    var out = [];
    ix.forEach(function (x, k) { if (k) out.push(', '); out.push(entLink(x)); });
    return h('span', null, out);
  }
  function evText(e) {
    var t = D.docs[e.doc].text;
    return e.text !== null && e.text !== undefined ? e.text : t.slice(e.s, e.e);
  }
  function names(ix) {
    if (!ix.length) return '';
    var n = ix.map(function (x) { return D.ents[x].name; });
    return n.length <= 2 ? n.join(', ') : n[0] + ' +' + (n.length - 1);
  }
  // "had a talk", "held talks", "gave support": the light verb says little, the lexicon's mode says more
  // (and a long trigger phrase would not fit on a timeline item).
  var LIGHT = /^(ha[sd]|have|having|h[oe]ld|holds?|holding|ma[dk]e|makes|making|g[ai]ve|gives?|giving|t[ao]ok|takes?|taking|d[io]d?|does|get|got|was|were|is|are|be)$/i;
  function evVerb(e) {
    var t = (e.trigger || '').replace(/\s+/g, ' ').trim();
    if (e.mode && (!t || LIGHT.test(t) || t.split(' ').length > 2)) return e.mode;
    return t || e.type.toLowerCase();
  }
  function described(e, role) {
    // the phrases standing for participants the text does not name ("my informant")
    return (e.desc || []).filter(function (d) { return d[0] === role; }).map(function (d) { return d[1]; });
  }
  function evHeadline(e) {
    // "Tao Deman → Kong Xiangxi: visited" — short enough for a timeline item; an unnamed participant
    // shows as the text describes it.
    var who = names(e.src) || described(e, 'source').join(', '),
      whom = names(e.tgt) || described(e, 'target').join(', ');
    return (who || '?') + (whom ? ' → ' + whom : '') + ': ' + evVerb(e);
  }
  function evSentence(e) {
    // The clause with its trigger marked, read from the document by offsets.
    var text = evText(e), q = h('blockquote', { class: 'sent' });
    if (e.trig && e.text === null && e.trig[0] >= e.s && e.trig[1] <= e.e) {
      add(q, [text.slice(0, e.trig[0] - e.s), h('mark', { text: text.slice(e.trig[0] - e.s, e.trig[1] - e.s) }),
        text.slice(e.trig[1] - e.s)]);
    } else add(q, text);
    return q;
  }
  function sourceHref(doc, s, e) { return '#source/' + doc + '/' + s + '-' + e; }
  function go(hash) { if (location.hash === hash) route(); else location.hash = hash; }

  // ---------- detail panel ----------
  var detail = $('detail');
  function openDetail(kids) {
    clear(detail);
    add(detail, h('button', { class: 'close', title: 'Close', 'aria-label': 'Close', text: '×',
      on: { click: function () { detail.hidden = true; } } }));
    add(detail, kids);
    detail.hidden = false;
    detail.scrollTop = 0;
    if (views.network && views.network.cy) views.network.cy.resize();
    if (views.map && views.map.map) views.map.map.invalidateSize();
  }
  function showEvent(i) {
    var e = D.evs[i];
    var rows = [
      ['When', [fmtIv(e.iv, e.date), ' ', certBadge(e.cert, e.iv, e.date)]],
      ['Who', entList(e.src, described(e, 'source'))], ['To / whom', entList(e.tgt, described(e, 'target'))],
      ['Where', e.place !== null ? entLink(e.place) : h('span', { class: 'muted', text: '—' })],
      ['Kind', e.type + (e.mode ? ' · ' + e.mode : '')]
    ];
    if (e.pol === 'negative') rows.push(['Polarity', h('span', { class: 'neg', text: 'negated (did not happen)' })]);
    if (e.modality && e.modality !== 'asserted') rows.push(['Modality', e.modality]);
    rows.push(['Source', docLabel(e.doc)]);
    rows.push(['Read by', (e.rule || '?') + (e.conf !== null && e.conf !== undefined ? ' · confidence ' + e.conf : '')]);
    var dl = h('dl');
    rows.forEach(function (r) { add(dl, [h('dt', { text: r[0] }), h('dd', null, r[1])]); });
    openDetail([h('h2', { class: nonFact(e) ? 'nf-' + nonFact(e) : null, text: evHeadline(e) }), nonFactBadge(e), dl,
      evSentence(e),
      h('a', { class: 'btn', href: sourceHref(e.doc, e.s, e.e), text: 'Open in source ›' })]);
    if (views.timeline && views.timeline.tl) {
      try { views.timeline.tl.setSelection(['e' + i]); } catch (err) { /* item filtered out */ }
    }
  }
  function eventRows(ix, opts) {
    var ul = h('ul', { class: 'list' });
    ix.forEach(function (i) {
      var e = D.evs[i];
      var when = h('div', { class: 'when' }, fmtIv(e.iv, e.date), h('br'), certBadge(e.cert, e.iv, e.date));
      var nf = nonFact(e);
      var what = h('div', null,
        h('div', { class: 'what' }, h('span', { class: 'swatch', style: 'background:' + evColour(e.type) }), ' ',
          h('span', { class: nf ? 'hl nf-' + nf : 'hl', text: evHeadline(e) }), ' ', nonFactBadge(e),
          h('span', { class: 'muted', text: '  ' + e.type })),
        h('div', { class: 'sent', text: evText(e) }),
        opts && opts.doc ? h('div', { class: 'muted', text: docLabel(e.doc) }) : null);
      add(ul, h('li', { class: nf ? 'evrow nonfact' : 'evrow', on: { click: function () { showEvent(i); } } }, when, what));
    });
    return ul;
  }
  function evOrder(a, b) {
    var x = D.evs[a], y = D.evs[b];
    if (x.iv && y.iv) return x.iv[0] < y.iv[0] ? -1 : x.iv[0] > y.iv[0] ? 1 : a - b;
    return x.iv ? -1 : y.iv ? 1 : a - b;
  }

  // ---------- header ----------
  function header() {
    $('corpus-title').textContent = M.title || (M.n_docs + ' documents');
    document.title = 'annalyst — ' + (M.title || (M.n_docs + ' documents'));
    var items = [['documents', M.n_docs], ['entities', M.n_ents], ['mentions', M.n_ments], ['dates', M.n_tx],
      ['events', M.n_evs]];
    if (M.first) items.push(['span', M.first.slice(0, 4) + (M.last.slice(0, 4) !== M.first.slice(0, 4) ? '–' + M.last.slice(0, 4) : '')]);
    var dl = $('summary');
    items.forEach(function (it) { add(dl, h('div', null, h('dt', { text: it[0] }), h('dd', { text: it[1] }))); });
  }

  // ---------- timeline ----------
  var views = {};
  views.timeline = {
    init: function (sec) {
      var self = this;
      var placedTx = [];
      D.tx.forEach(function (t, i) { if (t[7]) placedTx.push(i); });
      var nFacts = D.evs.filter(function (e) { return !nonFact(e); }).length;
      var bar = h('div', { class: 'toolbar' });
      var typeBoxes = {};
      this.typeBoxes = typeBoxes;
      if (evTypes.length) {
        var g = h('span', { class: 'group' }, h('span', { class: 'title', text: 'Event types' }));
        evTypes.forEach(function (t) {
          var cb = h('input', { type: 'checkbox', checked: 'checked', on: { change: refresh } });
          typeBoxes[t] = cb;
          add(g, h('label', { title: evCat(t).name }, cb, h('span', { class: 'swatch', style: 'background:' + evColour(t) }), t));
        });
        add(bar, g);
      }
      // Facts only by default: what the text says did not happen, or was only planned or supposed, is one click away.
      var nfBox = h('input', { type: 'checkbox', on: { change: refresh } });
      if (!nFacts) nfBox.checked = true;
      this.nfBox = nfBox;
      var nfLabel = h('label', { class: 'nf-toggle', title: 'Events the text denies (struck through), or tells as ' +
        'intended or hypothetical (in italics)' }, nfBox, 'Also show what did not happen or was only intended (' +
        (D.evs.length - nFacts) + ')');
      if (D.evs.length) add(bar, nfLabel);
      var txBox = h('input', { type: 'checkbox', on: { change: refresh } });
      if (!D.evs.length) txBox.checked = true;
      add(bar, h('label', { title: 'Every date expression found in the text, whether or not an event was read from it' },
        txBox, 'Dates mentioned in the text (' + placedTx.length + ')'));
      add(bar, h('span', { class: 'tl-legend' }, h('span', { class: 'title', text: 'Date' }),
        ['stated', 'inherited', 'approximate'].map(function (c) { return certBadge(c, [1]); })));
      var zoom = h('span', { class: 'group' },
        h('button', { text: 'Main period', title: 'The span where most events fall', on: { click: function () { self.home(); } } }),
        h('button', { text: 'Show all', title: 'Every dated item, however far apart', on: { click: function () { self.tl && self.tl.fit(); } } }),
        h('button', { text: '+', title: 'Zoom in', on: { click: function () { self.tl && self.tl.zoomIn(0.5); } } }),
        h('button', { text: '−', title: 'Zoom out', on: { click: function () { self.tl && self.tl.zoomOut(0.5); } } }));
      add(bar, zoom);
      add(sec, bar);
      if (!D.evs.length) {
        add(sec, h('p', { class: 'notice', text: 'No events were extracted from this corpus, so the timeline shows the ' +
          placedTx.length + ' date expression(s) found in the text instead. Click one to read it in its source.' }));
      }
      var period = h('div', { class: 'period muted' });
      add(sec, period);
      var box = h('div', { id: 'tl' });
      add(sec, box);
      var scroll = h('div', { class: 'scroll' });
      add(sec, scroll);

      var items = new vis.DataSet();
      var groups = new vis.DataSet();
      function item(id, group, iv, label, cls, colour) {
        var point = iv[2] === 'minute' || iv[2] === 'day';
        var it = { id: id, group: group, start: parseIso(iv[0]), type: point ? 'box' : 'range', label: label,
          content: '', className: cls };
        if (!point) it.end = dayAfter(iv[1]);
        // A stated date is drawn solid, an inherited one paler with a dashed edge (see the CSS classes).
        if (colour) it.style = 'background-color:' + colour + (/inherited|approximate/.test(cls) ? '14' : '33') +
          ';border-color:' + colour + ';';
        return it;
      }
      function shown(e) {
        if (typeBoxes[e.type] && !typeBoxes[e.type].checked) return false;
        return nfBox.checked || !nonFact(e);
      }
      function list() {
        // The chronology under the timeline follows the same filters.
        // Days of a year the text never states ("XXXX-09-10") have no place on the time axis, but they are
        // dated as far as the text dates them: listed apart, in reading order, before what has no date at all.
        var dated = [], yearless = [], undated = [];
        D.evs.forEach(function (e, i) {
          if (shown(e)) (e.iv ? dated : (yearlessParts(e.date) ? yearless : undated)).push(i);
        });
        dated.sort(evOrder);
        clear(scroll);
        var hidden = D.evs.length - dated.length - yearless.length - undated.length;
        add(scroll, h('h2', { class: 'section' }, 'Chronology', h('small', { text: dated.length + ' dated events' +
          (hidden ? ' · ' + hidden + ' hidden by the filters above' : '') })));
        // Long lists are drawn in pages: a corpus of hundreds of documents has thousands of events.
        function paged(ix) {
          var wrap = h('div'), n = Math.min(ix.length, 300);
          add(wrap, eventRows(ix.slice(0, n), { doc: D.docs.length > 1 }));
          if (ix.length > n) {
            var more = h('button', { class: 'btn more', text: 'Show all ' + ix.length, on: { click: function () {
              clear(wrap); add(wrap, eventRows(ix, { doc: D.docs.length > 1 }));
            } } });
            add(wrap, more);
          }
          return wrap;
        }
        add(scroll, dated.length ? paged(dated) : h('p', { class: 'empty', text: 'No dated events.' }));
        if (yearless.length) {
          add(scroll, h('h2', { class: 'section', id: 'yearless-events' }, 'Year not stated', h('small', {
            text: yearless.length + ' events dated by month and day in a text that names no year, in reading order' })));
          add(scroll, paged(yearless));
        }
        add(scroll, h('h2', { class: 'section' }, 'Undated events', h('small', { text: undated.length +
          ' events whose date could not be placed' })));
        add(scroll, undated.length ? paged(undated) :
          h('p', { class: 'empty', text: D.evs.length ? 'Every shown event has a date.' : 'No events.' }));
      }
      function refresh() {
        var out = [], used = {};
        D.evs.forEach(function (e, i) {
          if (!e.iv || !shown(e)) return;
          var c = evCat(e.type), nf = nonFact(e);
          used[c.id] = 1;
          out.push(item('e' + i, c.id, e.iv, evHeadline(e) + (nf && nf !== 'negated' ? ' (' + nf + ')' : ''),
            'cert-' + (e.cert || 'stated') + (nf ? ' nonfact nf-' + nf : ''), c.colour));
        });
        if (txBox.checked) {
          used.__tx = 1;
          placedTx.forEach(function (i) {
            var t = D.tx[i];
            out.push(item('t' + i, '__tx', t[7], D.docs[t[0]].text.slice(t[1], t[2]), 'kind-timex', null));
          });
        }
        var gl = CATS.filter(function (c) { return used[c.id]; }).map(function (c, k) { return { id: c.id, order: k }; });
        if (used.__tx) gl.push({ id: '__tx', order: 999 });
        groups.clear(); groups.add(gl);
        items.clear(); items.add(out);
        starts = out.map(function (it) { return +it.start; });
        cached = null;
        list();
        if (self.tl) self.home();
      }
      // The main period: the shortest span holding most dated items, so that one outlier
      // (a diary entry a year later, a flashback) does not shrink the story to a sliver.
      var starts = [], cached = null;
      function mainRange() {
        if (cached) return cached;
        var pts = starts.slice();
        if (!pts.length) return null;
        pts.sort(function (a, b) { return a - b; });
        var k = Math.max(1, Math.ceil(pts.length * 0.8)), best = [pts[0], pts[pts.length - 1]];
        for (var i = 0; i + k - 1 < pts.length; i++) {
          if (pts[i + k - 1] - pts[i] < best[1] - best[0]) best = [pts[i], pts[i + k - 1]];
        }
        // Room on each side for half a label: items are centred on their date.
        var day = 864e5, span = Math.max(best[1] - best[0], 3 * day), mid = (best[0] + best[1]) / 2;
        var w = Math.max(400, box.clientWidth - 160), pad = Math.min(0.45, 140 / w);
        var total = span / (1 - 2 * pad), lo = mid - total / 2, hi = mid + total / 2;
        cached = { lo: lo, hi: hi, best: best, outside: pts.filter(function (p) { return p < lo || p > hi; }).length };
        return cached;
      }
      this.home = function () {
        var r = mainRange();
        if (!r) return;
        if (self.tl) self.tl.setWindow(new Date(r.lo), new Date(r.hi), { animation: false });
        period.textContent = 'Showing ' + fmtDay(isoDay(r.best[0])) + ' – ' + fmtDay(isoDay(r.best[1])) +
          ', where most events fall' + (r.outside ? '; ' + r.outside + ' more lie outside (“Show all”).' : '.') +
          ' Drag to move, scroll or pinch to zoom, click an item for its sentence.';
      };
      refresh();
      if (!items.length) {
        var noYear = D.evs.filter(function (e) { return !e.iv && yearlessParts(e.date); }).length;
        add(box, h('p', { class: 'empty', text: 'Nothing to place on the timeline: no dated events or dates.' +
          (noYear ? ' ' + noYear + ' events have a month and day but no year: see “Year not stated” below.' : '') }));
        return;
      }
      var r0 = mainRange();
      // Opened on the main period directly: a first draw of every item at full extent is what makes a
      // large corpus slow.
      this.tl = new vis.Timeline(box, items, groups, {
        start: new Date(r0.lo), end: new Date(r0.hi), stack: true, maxHeight: '58vh', minHeight: 160, verticalScroll: true, zoomMin: 1000 * 60 * 60 * 6,
        zoomMax: 1000 * 60 * 60 * 24 * 365 * 400, orientation: { axis: 'top', item: 'top' }, margin: { item: 4 },
        showCurrentTime: false, groupOrder: 'order',
        // Where more items crowd one spot than can be read, they fold into a numbered cluster; a corpus of
        // hundreds of documents also draws much faster that way. Double-click a cluster to zoom into it.
        cluster: { maxItems: 6, showStipes: true, fitOnDoubleClick: true,
          titleTemplate: '{count} events here: double-click to zoom in' },
        template: function (it) {
          if (it && it.isCluster) return h('span', { title: 'Double-click to zoom in', text: (it.items || []).length + ' events' });
          if (!it || it.label === undefined) return '';
          return h('span', { text: it.label });
        },
        groupTemplate: function (g) {
          if (!g) return '';
          if (g.id === '__tx') return h('span', { class: 'muted', text: 'Dates in text' });
          var c = CATS.filter(function (x) { return x.id === g.id; })[0];
          return h('span', null, h('span', { class: 'swatch', style: 'background:' + c.colour }), ' ' + c.name);
        }
      });
      // vis keeps a timeline given start/end hidden until the range has changed once, which a window set
      // through the options never does (vis-timeline 8.5). Mark that as done so it shows on its first draw.
      if (this.tl.initialRangeChangeDone === false) this.tl.initialRangeChangeDone = true;
      this.home();
      this.tl.on('select', function (p) {
        var id = p.items && p.items[0];
        if (!/^[et]\d+$/.test(id || '')) return;  // a cluster, not an item
        var n = +id.slice(1);
        if (id[0] === 'e') showEvent(n);
        else { var t = D.tx[n]; go(sourceHref(t[0], t[1], t[2])); }
      });
    },
    show: function () { if (this.tl) this.tl.redraw(); }
  };

  // ---------- network ----------
  views.network = {
    init: function (sec) {
      var self = this;
      var bar = h('div', { class: 'toolbar' });
      var modeEv = h('input', { type: 'radio', name: 'netmode', value: 'events', on: { change: draw } });
      var modeCo = h('input', { type: 'radio', name: 'netmode', value: 'co', on: { change: draw } });
      (D.evs.length ? modeEv : modeCo).checked = true;
      add(bar, h('span', { class: 'group' }, h('span', { class: 'title', text: 'Edges' }),
        h('label', null, modeEv, 'events (' + D.evs.length + ')'),
        h('label', { title: 'Two names in the same sentence; a weak link, shown when events are missing' }, modeCo,
          'named in the same sentence')));
      var ivs = D.evs.filter(function (e) { return e.iv; });
      var lo = ivs.length ? ivs.reduce(function (a, e) { return e.iv[0] < a ? e.iv[0] : a; }, '9999').slice(0, 10) : '';
      var hi = ivs.length ? ivs.reduce(function (a, e) { return e.iv[1] > a ? e.iv[1] : a; }, '0000').slice(0, 10) : '';
      var from = h('input', { type: 'date', value: lo, on: { change: draw } });
      var to = h('input', { type: 'date', value: hi, on: { change: draw } });
      var undatedBox = h('input', { type: 'checkbox', checked: 'checked', on: { change: draw } });
      var nfBox = h('input', { type: 'checkbox', on: { change: draw } });
      if (!D.evs.filter(function (e) { return !nonFact(e); }).length) nfBox.checked = true;
      var evCtl = h('span', { class: 'group' }, h('span', { class: 'title', text: 'Time window' }), from, '–', to,
        h('label', null, undatedBox, 'include undated'),
        h('label', { class: 'nf-toggle', title: 'Events the text denies, or tells as intended or hypothetical' }, nfBox,
          'include what did not happen or was only intended'));
      add(bar, evCtl);
      var typeBoxes = {};
      var tg = h('span', { class: 'group' }, h('span', { class: 'title', text: 'Types' }));
      evTypes.forEach(function (t) {
        var cb = h('input', { type: 'checkbox', checked: 'checked', on: { change: draw } });
        typeBoxes[t] = cb;
        add(tg, h('label', null, cb, h('span', { class: 'swatch', style: 'background:' + evColour(t) }), t));
      });
      add(bar, tg);
      add(bar, h('button', { text: 'Re-arrange', on: { click: function () { layout(); } } }));
      add(sec, bar);
      var note = h('p', { class: 'notice', hidden: 'hidden' });
      add(sec, note);
      var box = h('div', { id: 'cy' });
      add(sec, box);
      var legend = h('div', { class: 'toolbar' }, h('span', { class: 'title', text: 'Nodes' }),
        ['PERSON', 'ORG', 'GPE', 'NORP'].map(function (t) {
          return h('span', null, h('span', { class: 'swatch', style: 'background:' + typeColour(t) + ';border-radius:50%' }),
            ' ' + typeName(t));
        }), h('span', { class: 'title', text: 'Lines' }),
        CATS.filter(function (c) { return evTypes.some(function (t) { return evCat(t) === c; }); }).map(function (c) {
          return h('span', null, h('span', { class: 'swatch', style: 'background:' + c.colour + ';height:3px' }), ' ' + c.name);
        }),
        h('span', { class: 'muted', text: 'Hover a name to see its ties, a line for what happened; click for details.' }));
      add(sec, legend);

      this.cy = cytoscape({
        container: box, minZoom: 0.05, maxZoom: 4,
        style: [
          { selector: 'node', style: { 'background-color': 'data(colour)', label: 'data(label)', width: 'data(size)',
            height: 'data(size)', 'font-size': 13, 'font-family': 'system-ui, sans-serif', color: '#1f2328',
            'text-valign': 'bottom', 'text-margin-y': 3, 'text-outline-color': '#fdfcfa', 'text-outline-width': 2,
            'border-width': 1, 'border-color': '#ffffff', 'min-zoomed-font-size': 7 } },
          { selector: 'node.minor', style: { label: '' } },
          // Edge labels only on hover or selection: on a busy graph they are what makes the hairball.
          { selector: 'edge', style: { width: 'data(w)', 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)',
            'target-arrow-shape': 'data(arrow)', 'curve-style': 'bezier', label: '', 'font-size': 11,
            color: '#1f2328', 'text-rotation': 'autorotate', 'text-background-color': '#fdfcfa',
            'text-background-opacity': 0.92, 'text-background-padding': 2, opacity: 0.7, 'arrow-scale': 0.9 } },
          { selector: 'edge.hover, edge:selected', style: { label: 'data(label)', opacity: 1, 'z-index': 10 } },
          { selector: 'node.hover', style: { label: 'data(label)', 'z-index': 10, 'border-width': 2, 'border-color': '#1f2328' } },
          { selector: 'node.nbr', style: { label: 'data(label)', 'z-index': 9 } },
          { selector: '.faded', style: { opacity: 0.12 } },
          { selector: ':selected', style: { 'border-width': 3, 'border-color': '#a4481d', 'line-color': '#a4481d',
            'target-arrow-color': '#a4481d' } }
        ]
      });
      // Labels keep a legible size on screen whatever the zoom: a fitted corpus of a hundred documents
      // would otherwise draw them a few pixels high.
      function labelSize() {
        var z = self.cy.zoom(), fs = Math.max(6, Math.min(48, 13.5 / z)), grow = z < 1 ? 1 / Math.sqrt(z) : 1;
        self.cy.style().selector('node').style({ 'font-size': fs, 'text-outline-width': Math.max(1, 2 / z),
          width: function (n) { return n.data('size') * grow; }, height: function (n) { return n.data('size') * grow; } })
          .selector('edge').style({ 'font-size': Math.max(5, 11.5 / z), 'arrow-scale': Math.max(0.9, 0.9 * grow) }).update();
      }
      this.labelSize = labelSize;
      this.cy.on('zoom', labelSize);
      this.cy.on('mouseover', 'edge', function (ev) { ev.target.addClass('hover'); });
      this.cy.on('mouseout', 'edge', function (ev) { ev.target.removeClass('hover'); });
      this.cy.on('mouseover', 'node', function (ev) {
        var n = ev.target, hood = n.closedNeighborhood();
        self.cy.batch(function () {
          self.cy.elements().not(hood).addClass('faded');
          n.addClass('hover'); hood.nodes().addClass('nbr'); n.connectedEdges().addClass('hover');
        });
      });
      this.cy.on('mouseout', 'node', function () {
        self.cy.batch(function () { self.cy.elements().removeClass('faded hover nbr'); });
      });
      this.cy.on('tap', 'node', function (ev) { go('#entity/' + ev.target.data('ent')); });
      this.cy.on('tap', 'edge', function (ev) { showEdge(ev.target.data()); });

      function showEdge(d) {
        var a = D.ents[d.a], b = D.ents[d.b];
        if (d.evs) {
          openDetail([h('h2', { text: a.name + ' → ' + b.name }), h('p', { class: 'muted', text: d.evs.length +
            ' event(s): ' + d.label }), eventRows(d.evs.slice().sort(evOrder))]);
        } else {
          openDetail([h('h2', { text: a.name + ' · ' + b.name }), h('p', { class: 'muted', text: 'Named together in ' +
            d.n + ' sentence(s):' }), kwicSentences(d.where)]);
        }
      }
      function layout() {
        var n = self.cy.nodes().length;
        self.cy.layout({ name: 'cose', animate: false, nodeRepulsion: function () { return n > 30 ? 40000 : 90000; },
          idealEdgeLength: function () { return n > 30 ? 80 : 110; }, edgeElasticity: function () { return 60; },
          nodeOverlap: 40, componentSpacing: 50, gravity: 1.5, nestingFactor: 1, padding: 30, randomize: true,
          numIter: n > 60 ? 1200 : 2500, nodeDimensionsIncludeLabels: true }).run();
        labelSize();
      }
      var MAXN = 70;
      function draw() {
        var co = modeCo.checked;
        evCtl.hidden = co; tg.hidden = co || !evTypes.length;
        var nodes = {}, edges = {}, els = [];
        function node(i, w) {
          if (!nodes[i]) nodes[i] = { data: { id: 'n' + i, ent: i, label: D.ents[i].name, colour: typeColour(D.ents[i].type), deg: 0 } };
          nodes[i].data.deg += w || 1;
        }
        if (!co) {
          var f = from.value, t = to.value;
          D.evs.forEach(function (e, i) {
            if (typeBoxes[e.type] && !typeBoxes[e.type].checked) return;
            if (!nfBox.checked && nonFact(e)) return;
            if (e.iv) { if ((f && e.iv[1].slice(0, 10) < f) || (t && e.iv[0].slice(0, 10) > t)) return; }
            else if (!undatedBox.checked) return;
            e.src.forEach(function (a) {
              e.tgt.forEach(function (b) {
                if (a === b) return;
                // One line per ordered pair, whatever the event types: a line per type draws a hairball.
                var k = a + '>' + b;
                if (!edges[k]) edges[k] = { data: { id: 'x' + Object.keys(edges).length, source: 'n' + a, target: 'n' + b,
                  a: a, b: b, arrow: 'triangle', evs: [], types: {} } };
                edges[k].data.evs.push(i);
                edges[k].data.types[e.type] = (edges[k].data.types[e.type] || 0) + 1;
              });
            });
          });
          Object.keys(edges).forEach(function (k) {
            var d = edges[k].data;
            var ts = Object.keys(d.types).sort(function (x, y) { return d.types[y] - d.types[x] || (x < y ? -1 : 1); });
            d.type = ts.join(', ');
            d.colour = evColour(ts[0]);
            d.label = ts.map(function (x) { return x.toLowerCase() + (d.types[x] > 1 ? ' ×' + d.types[x] : ''); }).join(', ');
            d.w = 1.5 + Math.min(6, Math.log(d.evs.length) * 2);
            node(d.a, d.evs.length); node(d.b, d.evs.length);
          });
          note.hidden = !!Object.keys(edges).length;
          note.textContent = D.evs.length ? 'No event with both an actor and a target falls in this time window and these types.'
            : 'No events were extracted from this corpus.';
        } else {
          // Co-mention: the most-mentioned actors, linked when named in the same sentence.
          var keep = {}, cand = [];
          D.ents.forEach(function (e, i) { if (e.type === 'PERSON' || e.type === 'ORG' || e.type === 'GPE' || e.type === 'NORP') cand.push(i); });
          cand.sort(function (a, b) { return D.ents[b].n - D.ents[a].n; });
          cand.slice(0, 60).forEach(function (i) { keep[i] = 1; });
          D.docs.forEach(function (d, di) {
            var sents = sentByDoc[di], ms = mByDoc[di], k = 0;
            sents.forEach(function (s) {
              var inS = [];
              while (k < ms.length && D.ments[ms[k]][1] < s[0]) k++;
              for (var j = k; j < ms.length && D.ments[ms[j]][1] < s[1]; j++) {
                var ent = D.ments[ms[j]][3];
                if (ent >= 0 && keep[ent] && inS.indexOf(ent) < 0) inS.push(ent);
              }
              inS.sort(function (a, b) { return a - b; });
              for (var x = 0; x < inS.length; x++) for (var y = x + 1; y < inS.length; y++) {
                var key = inS[x] + '-' + inS[y];
                if (!edges[key]) edges[key] = { data: { id: 'c' + Object.keys(edges).length, source: 'n' + inS[x],
                  target: 'n' + inS[y], a: inS[x], b: inS[y], colour: '#9aa5b1', arrow: 'none', label: '', n: 0, where: [] } };
                edges[key].data.n++;
                edges[key].data.where.push([di, s[0], s[1]]);
              }
            });
          });
          Object.keys(edges).forEach(function (k) {
            var d = edges[k].data;
            d.w = 1 + Math.min(7, d.n);
            node(d.a); node(d.b);
          });
          note.hidden = false;
          note.textContent = (D.evs.length ? '' : 'No events were extracted from this corpus. ') +
            'Lines join the ' + Object.keys(nodes).length + ' most-named actors whenever two are named in the same ' +
            'sentence — proximity, not a stated relation.';
        }
        // A readable graph has a few dozen actors: keep the most connected, label the busiest.
        var rank = Object.keys(nodes).sort(function (x, y) { return nodes[y].data.deg - nodes[x].data.deg || x - y; });
        var total = rank.length;
        rank = rank.slice(0, MAXN);
        var kept = {};
        rank.forEach(function (k, r) {
          var d = nodes[k].data;
          kept[k] = 1;
          d.size = 14 + Math.min(30, Math.sqrt(d.deg) * 6);
          els.push({ data: d, classes: r < 50 ? '' : 'minor' });
        });
        Object.keys(edges).forEach(function (k) {
          if (kept[edges[k].data.a] && kept[edges[k].data.b]) els.push(edges[k]);
        });
        if (total > MAXN) {
          note.hidden = false;
          note.textContent = (co ? note.textContent + ' ' : '') + 'Showing the ' + MAXN + ' most connected of ' + total +
            ' actors; narrow the time window or the types to see the others.';
        }
        self.cy.batch(function () { self.cy.elements().remove(); self.cy.add(els); });
        layout();
      }
      this.draw = draw;
      draw();
    },
    show: function () { if (this.cy) { this.cy.resize(); this.cy.fit(undefined, 30); this.labelSize(); } }
  };

  function kwicSentences(where) {
    var ul = h('ul', { class: 'list' });
    where.slice(0, 100).forEach(function (w) {
      add(ul, h('li', { class: 'evrow', on: { click: function () { go(sourceHref(w[0], w[1], w[2])); } } },
        h('div', { class: 'when', text: docLabel(w[0]) }),
        h('div', { class: 'sent', text: D.docs[w[0]].text.slice(w[1], w[2]) })));
    });
    return ul;
  }

  // ---------- map ----------
  views.map = {
    init: function (sec) {
      var places = [], unplaced = [];
      D.ents.forEach(function (e, i) {
        if (!isPlace(e.type)) return;
        (typeof e.lat === 'number' && typeof e.lon === 'number' ? places : unplaced).push(i);
      });
      var evAt = D.ents.map(function () { return []; });
      D.evs.forEach(function (e, i) { if (e.place !== null) evAt[e.place].push(i); });
      var bar = h('div', { class: 'toolbar' }, h('span', { class: 'title', text: 'Places' }),
        h('span', { text: places.length + ' with coordinates, ' + unplaced.length + ' without' }),
        h('span', null, h('span', { class: 'swatch', style: 'background:#a4481d;border-radius:50%' }), ' where events happened'),
        h('span', null, h('span', { class: 'swatch', style: 'background:#2e8540;border-radius:50%' }), ' named only'),
        h('span', { class: 'muted', text: 'Base map: modern country borders (Natural Earth 1:110m).' }));
      add(sec, bar);
      if (!places.length) add(sec, h('p', { class: 'notice', text: 'No place in this corpus has coordinates yet, ' +
        'so nothing can be put on the map. The places that were found are listed below.' }));
      var box = h('div', { id: 'leaf' });
      add(sec, box);
      var side = h('div', { class: 'map-side' });
      add(sec, side);

      var map = L.map(box, { worldCopyJump: true, attributionControl: false, zoomSnap: 0.25, minZoom: 1, maxZoom: 10 });
      this.map = map;
      // Leaflet needs a view before vector layers can be added.
      var bounds = places.map(function (i) { return [D.ents[i].lat, D.ents[i].lon]; });
      if (bounds.length > 1) map.fitBounds(bounds, { paddingTopLeft: [40, 40], paddingBottomRight: [140, 40], maxZoom: 6 });
      else if (bounds.length === 1) map.setView(bounds[0], 5);
      else map.setView([30, 40], 1.5);
      var topo = JSON.parse(document.getElementById('annalyst-world').textContent);
      L.geoJSON(topojson.feature(topo, topo.objects.countries), { interactive: false,
        style: { color: '#ffffff', weight: 0.8, fillColor: '#efe9dc', fillOpacity: 1 } }).addTo(map);
      // Label every place when the map can take it, else the dozen most named (the rest on hover).
      var few = places.length <= 30, top = {};
      places.slice().sort(function (a, b) { return evAt[b].length - evAt[a].length || D.ents[b].n - D.ents[a].n; })
        .slice(0, 12).forEach(function (i) { top[i] = 1; });
      // Places that share coordinates (a country drawn at its capital, two spellings the gazetteer
      // put at one point) share one marker, so their labels never sit on top of each other.
      var spots = {}, spotOrder = [];
      places.forEach(function (i) {
        var e = D.ents[i], key = null;
        for (var k = 0; k < spotOrder.length && key === null; k++) {
          var o = D.ents[spots[spotOrder[k]][0]];
          if (Math.abs(o.lat - e.lat) < 0.5 && Math.abs(o.lon - e.lon) < 0.5) key = spotOrder[k];
        }
        if (key === null) { key = String(i); spots[key] = []; spotOrder.push(key); }
        spots[key].push(i);
      });
      spotOrder.forEach(function (key) {
        var at = spots[key].slice().sort(function (a, b) { return evAt[b].length - evAt[a].length || D.ents[b].n - D.ents[a].n; });
        var e = D.ents[at[0]];
        var n = 0, mentions = 0;
        at.forEach(function (i) { n += evAt[i].length; mentions += D.ents[i].n; });
        var label = at.map(function (i) { return D.ents[i].name; }).join(' · ') + (n ? ' — ' + n + ' event(s)' : '');
        var shown = few || at.some(function (i) { return top[i]; });
        var mk = L.circleMarker([e.lat, e.lon], { radius: 5 + Math.min(16, Math.sqrt(n * 3 + mentions)),
          color: '#ffffff', weight: 1.5, fillColor: n ? '#a4481d' : '#2e8540', fillOpacity: 0.85 }).addTo(map);
        mk.bindTooltip(h('span', { text: label }),
          shown ? { permanent: true, direction: 'right', offset: [8, 0], className: 'place-label' } : {});
        mk.bindPopup(function () { return h('div', null, at.map(placePopup)); }, { maxWidth: 340 });
      });

      function placePopup(i) {
        var e = D.ents[i];
        var ul = h('ul');
        evAt[i].slice().sort(evOrder).forEach(function (k) {
          var ev = D.evs[k];
          add(ul, h('li', null, h('a', { class: 'link', href: '#', text: fmtIv(ev.iv, ev.date) + ': ' + evHeadline(ev),
            on: { click: function (x) { x.preventDefault(); showEvent(k); } } })));
        });
        return h('div', { class: 'popup' }, h('h3', null, entLink(i)),
          h('div', { class: 'muted', text: e.n + ' mention(s), ' + evAt[i].length + ' event(s)' }),
          evAt[i].length ? ul : null);
      }
      var withEv = places.filter(function (i) { return evAt[i].length; });
      if (withEv.length) {
        add(side, h('h2', { class: 'section' }, 'Events by place', h('small', { text: withEv.length + ' places' })));
        withEv.forEach(function (i) {
          add(side, h('h2', { class: 'section' }, entLink(i)));
          add(side, eventRows(evAt[i].slice().sort(evOrder)));
        });
      }
      if (unplaced.length) {
        add(side, h('h2', { class: 'section' }, 'Places without coordinates', h('small', { text: unplaced.length })));
        var p = h('p', { style: 'margin:4px 20px 14px;line-height:2' });
        unplaced.slice().sort(function (a, b) { return D.ents[b].n - D.ents[a].n; }).forEach(function (i, k) {
          if (k) add(p, ' · ');
          add(p, entLink(i));
        });
        add(side, p);
      }
      if (!side.firstChild) side.hidden = true;
    },
    show: function () { if (this.map) this.map.invalidateSize(); }
  };

  // ---------- entities ----------
  function kwic(mix, limit) {
    var ul = h('ul', { class: 'list kwic' });
    var multi = D.docs.length > 1;
    mix.slice(0, limit).forEach(function (mi) {
      var m = D.ments[mi], t = D.docs[m[0]].text;
      var l = t.slice(Math.max(0, m[1] - 70), m[1]).replace(/\s+/g, ' ');
      var r = t.slice(m[2], m[2] + 70).replace(/\s+/g, ' ');
      add(ul, h('li', { title: 'Open in source', on: { click: function () { go(sourceHref(m[0], m[1], m[2])); } } },
        h('span', { class: 'l' }, h('span', { text: l })), h('span', { class: 'k', text: t.slice(m[1], m[2]) }),
        h('span', { class: 'r', text: r }), multi ? h('span', { class: 'doc', text: docLabel(m[0]) }) : null));
    });
    return ul;
  }
  // A list on the left, a page on the right: the entities and sources views.
  function splitLayout(sec) {
    var side = h('div', { class: 'side' }), main = h('div', { class: 'main' });
    add(sec, add(h('div', { class: 'split' }), [side, main]));
    return { side: side, main: main };
  }
  views.entities = {
    init: function (sec) {
      var self = this;
      var parts = splitLayout(sec), side = parts.side, main = parts.main;
      this.main = main;
      var q = h('input', { type: 'search', placeholder: 'Find a name or spelling…', 'aria-label': 'Find entity',
        on: { input: filter } });
      var sel = h('select', { 'aria-label': 'Entity type', on: { change: filter } }, h('option', { value: '', text: 'all types' }));
      var types = {};
      D.ents.forEach(function (e) { types[e.type] = (types[e.type] || 0) + 1; });
      Object.keys(types).sort().forEach(function (t) { add(sel, h('option', { value: t, text: typeName(t) + ' (' + types[t] + ')' })); });
      add(side, h('div', { class: 'search' }, q, sel));
      var order = D.ents.map(function (e, i) { return i; }).sort(function (a, b) {
        return D.ents[b].n - D.ents[a].n || (D.ents[a].name < D.ents[b].name ? -1 : 1);
      });
      this.order = order;
      var ul = h('ul', { class: 'list' });
      this.rows = {};
      order.forEach(function (i) {
        var e = D.ents[i];
        var li = h('li', { on: { click: function () { go('#entity/' + i); } } }, h('span', { class: 'nm', text: e.name }),
          h('span', { class: 'badge ' + e.type, text: typeName(e.type) }), h('span', { class: 'ct', text: e.n }));
        // Found by any spelling: the name, its aliases and every form it is written in the text.
        var forms = {};
        mByEnt[i].forEach(function (mi) { var m = D.ments[mi]; forms[D.docs[m[0]].text.slice(m[1], m[2])] = 1; });
        li._hay = fold(e.name + ' ' + e.aliases.join(' ') + ' ' + Object.keys(forms).join(' '));
        self.rows[i] = li;
        add(ul, li);
      });
      add(side, ul);
      var none = h('p', { class: 'muted', style: 'padding:10px 12px', hidden: 'hidden' });
      add(side, none);
      if (!D.ents.length) add(main, h('p', { class: 'empty', text: 'No names were found in this corpus.' }));
      q.addEventListener('keydown', function (ev) {
        if (ev.key !== 'Enter') return;
        var hit = order.filter(function (i) { return !self.rows[i].hidden; })[0];
        if (hit !== undefined) go('#entity/' + hit);
      });
      function filter() {
        var s = fold(q.value.trim()), t = sel.value, n = 0, hit;
        order.forEach(function (i) {
          var ok = (!s || self.rows[i]._hay.indexOf(s) >= 0) && (!t || D.ents[i].type === t);
          self.rows[i].hidden = !ok;
          if (ok) { n++; if (hit === undefined) hit = i; }
        });
        none.hidden = n > 0;
        none.textContent = 'No name or spelling matches “' + q.value.trim() + '”.';
        // One match: show it straight away, with all its spellings.
        if (n === 1 && s && self.sel !== hit) go('#entity/' + hit);
      }
    },
    open: function (i) {
      var e = D.ents[i];
      if (!e) return;
      if (this.sel !== undefined && this.rows[this.sel]) this.rows[this.sel].classList.remove('sel');
      this.sel = i;
      this.rows[i].classList.add('sel');
      this.rows[i].scrollIntoView({ block: 'nearest' });
      var main = clear(this.main);
      var docs = {};
      mByEnt[i].forEach(function (mi) { docs[D.ments[mi][0]] = 1; });
      var sub = [typeName(e.type), 'id ' + e.id, e.n + ' mention(s) in ' + Object.keys(docs).length + ' document(s)'];
      if (e.wikidata) sub.push('Wikidata ' + e.wikidata);
      if (typeof e.lat === 'number') sub.push(e.lat.toFixed(3) + ', ' + e.lon.toFixed(3));
      add(main, h('div', { class: 'ent-head' }, h('h2', null, e.name, ' ', h('span', { class: 'badge ' + e.type, text: typeName(e.type) })),
        h('div', { class: 'sub', text: sub.join(' · ') })));
      // Spellings: every alias, how often it is written so, and why it was merged into this entity.
      var spellCount = {};
      mByEnt[i].forEach(function (mi) {
        var m = D.ments[mi], s = D.docs[m[0]].text.slice(m[1], m[2]);
        spellCount[s] = (spellCount[s] || 0) + 1;
      });
      var aliases = e.aliases.slice();
      Object.keys(spellCount).forEach(function (s) { if (aliases.indexOf(s) < 0) aliases.push(s); });
      if (aliases.indexOf(e.name) < 0) aliases.unshift(e.name);
      var tb = h('tbody');
      aliases.forEach(function (a) {
        var mg = e.merges.filter(function (m) { return m[0] === a; });
        var why = mg.length ? mg.map(function (m) { return m[1]; }).join('; ') : (a === e.name ? 'name chosen for the entity' : 'as read');
        var conf = mg.length ? mg.map(function (m) { return m[2] === null ? '' : (+m[2]).toFixed(2); }).join('; ') : '';
        var other = mg.length ? mg.map(function (m) { return m[3] || ''; }).join('; ') : '';
        add(tb, h('tr', null, h('td', { style: 'font-family:var(--serif);font-size:15px', text: a }),
          h('td', { text: spellCount[a] || 0 }), h('td', { text: why }), h('td', { text: other }), h('td', { text: conf })));
      });
      add(main, h('h3', { text: 'Names and spellings' }),
        h('table', { class: 'tbl' }, h('thead', null, h('tr', null, ['Spelling', 'Mentions', 'Why it was merged',
          'Matched against', 'Confidence'].map(function (c) { return h('th', { text: c }); }))), tb));
      var evs = evByEnt[i].slice().sort(evOrder);
      add(main, h('h3', { text: 'Events (' + evs.length + ')' }));
      add(main, evs.length ? eventRows(evs, { doc: D.docs.length > 1 }) : h('p', { class: 'muted', text: 'No event names this entity.' }));
      var mix = mByEnt[i];
      add(main, h('h3', { text: 'Mentions in context (' + mix.length + ')' }));
      var list = kwic(mix, 100);
      add(main, list);
      if (mix.length > 100) {
        var more = h('button', { class: 'btn more', text: 'Show all ' + mix.length, on: { click: function () {
          main.replaceChild(kwic(mix, mix.length), list); more.remove();
        } } });
        add(main, more);
      }
      main.scrollTop = 0;
    }
  };

  // ---------- sources ----------
  function tipLines(anns) {
    var out = [];
    anns.forEach(function (a) {
      if (a.k === 'm') {
        var m = D.ments[a.i], ent = m[3] >= 0 ? D.ents[m[3]] : null;
        out.push(h('div', null, h('b', { text: typeName(m[4]) + ' ' }), ent ? ent.name : '(no entity)',
          m[5] ? ' · title: ' + m[5] : '', ent && ent.name !== D.docs[m[0]].text.slice(m[1], m[2]) ? ' (written “' +
          D.docs[m[0]].text.slice(m[1], m[2]) + '”)' : ''));
      } else if (a.k === 'tx') {
        var t = D.tx[a.i];
        out.push(h('div', null, h('b', { text: (t[3] === 'TIME' ? 'Time ' : t[3] === 'DATE' ? 'Date ' : t[3] + ' ') }),
          t[7] ? fmtIv(t[7]) + ' ' : '', '= ' + t[4], t[5] ? ' · mod ' + t[5] : '', t[6] ? ' · ' + t[6] : ''));
      } else if (a.k === 'ev') {
        var e = D.evs[a.i];
        out.push(h('div', null, h('b', { text: 'Event ' }), e.type + (e.mode ? ' · ' + e.mode : '') + ' — ' +
          fmtIv(e.iv, e.date) + (e.cert ? ' (' + e.cert + ')' : '') + ' — ' + evHeadline(e)));
      }
    });
    return out;
  }
  function renderText(di) {
    // Cut the text at every annotation boundary; each piece knows which annotations cover it.
    var text = D.docs[di].text, anns = [];
    evByDoc[di].forEach(function (i) {
      var e = D.evs[i];
      anns.push({ s: e.s, e: e.e, k: 'ev', i: i });
      if (e.trig) anns.push({ s: e.trig[0], e: e.trig[1], k: 'trig', i: i });
    });
    mByDoc[di].forEach(function (i) { var m = D.ments[i]; anns.push({ s: m[1], e: m[2], k: 'm', i: i }); });
    txByDoc[di].forEach(function (i) { var t = D.tx[i]; anns.push({ s: t[1], e: t[2], k: 'tx', i: i }); });
    anns = anns.filter(function (a) { return a.s >= 0 && a.e <= text.length && a.e > a.s; });
    var cuts = [0, text.length];
    anns.forEach(function (a) { cuts.push(a.s, a.e); });
    cuts = cuts.sort(function (a, b) { return a - b; }).filter(function (c, k, arr) { return k === 0 || c !== arr[k - 1]; });
    anns.sort(function (a, b) { return a.s - b.s; });
    var box = h('div', { class: 'doc-text' }), active = [], next = 0, frag = document.createDocumentFragment();
    for (var c = 0; c + 1 < cuts.length; c++) {
      var a0 = cuts[c], b0 = cuts[c + 1];
      active = active.filter(function (a) { return a.e > a0; });
      while (next < anns.length && anns[next].s <= a0) { if (anns[next].e > a0) active.push(anns[next]); next++; }
      var piece = text.slice(a0, b0);
      if (!active.length) { frag.appendChild(document.createTextNode(piece)); continue; }
      var cls = [], ms = null;
      active.forEach(function (a) {
        if (a.k === 'ev') cls.push('a-ev');
        else if (a.k === 'trig') cls.push('a-trig');
        else if (a.k === 'tx') cls.push('a-tx');
        else if (a.k === 'm' && (!ms || (a.e - a.s) < (ms.e - ms.s))) ms = a;
      });
      if (ms) cls.push('a-m', D.ments[ms.i][4]);
      var sp = document.createElement('span');
      sp.className = cls.join(' ');
      sp.textContent = piece;
      sp._ann = active.filter(function (a) { return a.k !== 'trig'; });
      sp._s = a0;
      frag.appendChild(sp);
    }
    box.appendChild(frag);
    var tip = $('tip');
    box.addEventListener('mousemove', function (ev) {
      var t = ev.target;
      if (!t._ann || !t._ann.length) { tip.hidden = true; return; }
      if (tip._for !== t) { clear(tip); add(tip, tipLines(t._ann)); tip._for = t; }
      tip.hidden = false;
      var x = Math.min(ev.clientX + 14, window.innerWidth - tip.offsetWidth - 8);
      var y = ev.clientY + 18 + tip.offsetHeight > window.innerHeight ? ev.clientY - tip.offsetHeight - 10 : ev.clientY + 18;
      tip.style.left = x + 'px'; tip.style.top = y + 'px';
    });
    box.addEventListener('mouseleave', function () { tip.hidden = true; tip._for = null; });
    box.addEventListener('click', function (ev) {
      var t = ev.target;
      if (!t._ann) return;
      tip.hidden = true;
      var m = t._ann.filter(function (a) { return a.k === 'm' && D.ments[a.i][3] >= 0; });
      if (m.length) { go('#entity/' + D.ments[m[0].i][3]); return; }
      var e = t._ann.filter(function (a) { return a.k === 'ev'; });
      if (e.length) showEvent(e[0].i);
    });
    return box;
  }
  views.sources = {
    init: function (sec) {
      var self = this;
      var parts = splitLayout(sec), side = parts.side, main = parts.main;
      this.main = main;
      var q = h('input', { type: 'search', placeholder: 'Filter documents…', 'aria-label': 'Filter documents',
        on: { input: function () {
          var s = q.value.trim().toLowerCase();
          D.docs.forEach(function (d, i) { self.rows[i].hidden = s && self.rows[i]._hay.indexOf(s) < 0; });
        } } });
      add(side, h('div', { class: 'search' }, q));
      var ul = h('ul', { class: 'list doclist' });
      this.rows = [];
      D.docs.forEach(function (d, i) {
        var li = h('li', { on: { click: function () { go('#source/' + i); } } }, h('span', { class: 't', text: docLabel(i) }),
          h('span', { class: 'm', text: [d.date ? fmtIv(d.date_iv, d.date) : null, mByDoc[i].length + ' names',
            evByDoc[i].length + ' events'].filter(Boolean).join(' · ') }));
        li._hay = (docLabel(i) + ' ' + d.id + ' ' + (d.source || '')).toLowerCase();
        self.rows.push(li);
        add(ul, li);
      });
      add(side, ul);
      if (!D.docs.length) add(main, h('p', { class: 'empty', text: 'No documents.' }));
    },
    open: function (di, s, e) {
      var d = D.docs[di];
      if (!d) return;
      if (this.cur !== di) {
        if (this.cur !== undefined) this.rows[this.cur].classList.remove('sel');
        this.cur = di;
        this.rows[di].classList.add('sel');
        this.rows[di].scrollIntoView({ block: 'nearest' });
        var main = clear(this.main);
        var sub = [d.source, d.format];
        if (d.date) sub.push('dated ' + fmtIv(d.date_iv, d.date) + (d.date_source ? ' (from ' + d.date_source + ')' : ''));
        add(main, h('div', { class: 'doc-head' }, h('h2', { text: docLabel(di) }), h('div', { class: 'sub', text: sub.filter(Boolean).join(' · ') })));
        var text = renderText(di);
        function toggle(cls, label, sw) {
          return h('label', null, h('input', { type: 'checkbox', checked: 'checked', on: { change: function (ev) {
            text.classList.toggle(cls, !ev.target.checked);
          } } }), sw, ' ' + label);
        }
        add(main, h('div', { class: 'legend' },
          toggle('hide-m', 'names (' + mByDoc[di].length + ')', h('span', { class: 'swatch', style: 'background:linear-gradient(90deg,#1f6fb2 33%,#2e8540 33% 66%,#7a4cb0 66%)' })),
          toggle('hide-tx', 'dates (' + txByDoc[di].length + ')', h('span', { class: 'swatch', style: 'background:#fbecc8;outline:1px solid #e8c77f' })),
          toggle('hide-ev', 'events (' + evByDoc[di].length + ')', h('span', { class: 'swatch', style: 'background:#f3e3c3;box-shadow:0 2px 0 #c98f2e' })),
          h('span', { class: 'muted', text: 'Hover for normalised values; click a name for its page.' })));
        add(main, text);
        this.text = text;
      }
      var old = this.text.querySelectorAll('.focus, .focus-sent');
      for (var k = 0; k < old.length; k++) old[k].classList.remove('focus', 'focus-sent');
      if (s !== undefined) {
        // The sentence that holds the passage is shaded, the passage itself marked.
        var ss = s, se = e;
        sentByDoc[di].forEach(function (x) { if (x[0] <= s && x[1] > s) { ss = Math.min(ss, x[0]); se = Math.max(se, x[1]); } });
        var first = null, kids = this.text.childNodes, pos = 0;
        for (var j = 0; j < kids.length; j++) {
          var n = kids[j], len = n.textContent.length;
          if (pos < se && pos + len > ss) {
            if (n.nodeType === 3) {
              var w = h('span', { text: n.textContent });
              this.text.replaceChild(w, n); n = w;
            }
            if (pos < e && pos + len > s) { n.classList.add('focus'); first = first || n; }
            else n.classList.add('focus-sent');
          }
          pos += len;
        }
        if (first) first.scrollIntoView({ block: 'center' });
      } else this.main.scrollTop = 0;
    }
  };

  // ---------- router ----------
  var current = null;
  function showView(name) {
    var tabs = document.querySelectorAll('#tabs a');
    for (var i = 0; i < tabs.length; i++) tabs[i].classList.toggle('active', tabs[i].getAttribute('data-view') === name);
    ['timeline', 'network', 'map', 'entities', 'sources'].forEach(function (v) { $('view-' + v).hidden = v !== name; });
    var v = views[name];
    if (!v.inited) { v.inited = true; v.init($('view-' + name)); }
    if (current !== name && v.show) v.show();
    current = name;
  }
  function route() {
    var parts = decodeURIComponent(location.hash.slice(1)).split('/');
    var name = parts[0] || 'timeline';
    if (name === 'entity') {
      showView('entities');
      views.entities.open(+parts[1]);
    } else if (name === 'source') {
      showView('sources');
      var r = parts[2] ? parts[2].split('-') : null;
      views.sources.open(+parts[1], r ? +r[0] : undefined, r ? +r[1] : undefined);
    } else if (name === 'entities') {
      showView('entities');
      if (views.entities.sel === undefined && views.entities.order.length) views.entities.open(views.entities.order[0]);
    } else if (name === 'sources') {
      showView('sources');
      if (views.sources.cur === undefined && D.docs.length) views.sources.open(0);
    } else if (views[name]) showView(name);
    else showView('timeline');
  }
  header();
  window.addEventListener('hashchange', route);
  route();
  window.annalystViews = views;  // for tests and for the curious reader's console
  window.annalystReady = true;
})();
