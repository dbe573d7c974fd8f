// The explorer: reads the graph through the saved queries of /queries (search, explore-node) and draws it.
// Plain JavaScript, no build step; every text from the graph is set with textContent, never as HTML.
(function () {
  'use strict';

  var FACTS = [
    ['id', 'id'], ['kamerstuk', 'Kamerstuk'], ['ownKamerstuk', 'Kamerstuk'], ['kenmerk', 'kenmerk'],
    ['motionKind', 'kind'], ['documentKind', 'kind'], ['organisationKind', 'kind'], ['programmeKind', 'kind'],
    ['regionKind', 'kind'], ['motionTitle', 'title'], ['title', 'title'], ['name', 'name'],
    ['abbreviation', 'abbreviation'], ['aliases', 'also written'], ['roles', 'roles'],
    ['commitmentDescription', 'description'], ['description', 'description'], ['asks', 'asks'],
    ['status', 'status'], ['commitmentStatus', 'status'], ['activityStatus', 'status'],
    ['programmeStatus', 'status'], ['subsidyStatus', 'status'], ['settled', 'settled'],
    ['occasion', 'occasion'], ['commitmentDate', 'date'], ['dueDateText', 'due'], ['dateText', 'date'],
    ['startDate', 'start'], ['endDate', 'end'], ['budgetText', 'budget'], ['metric', 'metric'],
    ['value', 'value'], ['unit', 'unit'], ['approximate', 'approximate'], ['number', 'number'],
    ['text', 'text'], ['response', 'response'], ['cbsCode', 'CBS code'],
    ['hasIntegratedCareNetwork', 'integrated-care network'], ['publisher', 'publisher'],
    ['renditions', 'read from']
  ];
  var COLOURS = {
    Motion: '#1f5fa8', Commitment: '#8a4fbf', Document: '#5b6473', Organisation: '#2e8b57',
    Person: '#d9822b', Programme: '#0f8a8a', Pilot: '#c2410c', Subsidy: '#a16207',
    Municipality: '#4d7c0f', Region: '#65a30d', IntegratedCareNetwork: '#be185d',
    Recommendation: '#6d28d9', Measurement: '#475569'
  };

  function $(id) { return document.getElementById(id); }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function nodePath(id) {
    return '/explore/' + id.split('/').map(encodeURIComponent).join('/');
  }

  function link(id, text) {
    var a = el('a', null, text);
    a.href = nodePath(id);
    return a;
  }

  function query(name, variables) {
    var params = new URLSearchParams(variables);
    return fetch('/queries/' + name + '?' + params.toString(), { headers: { Accept: 'application/json' } })
      .then(function (response) { return response.json(); })
      .then(function (body) {
        if (body.errors && body.errors.length) { throw new Error(body.errors[0].message); }
        return body.data;
      });
  }

  function showMessage(text) {
    var message = $('message');
    message.textContent = text;
    message.hidden = false;
  }

  // ---- search with suggestions

  function setUpSearch() {
    var input = $('search');
    var list = $('suggestions');
    var asked = 0;
    var timer = null;
    var selected = -1;

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      selected = -1;
    }

    function select(index) {
      var items = list.children;
      if (!items.length) { return; }
      selected = (index + items.length) % items.length;
      for (var i = 0; i < items.length; i++) {
        items[i].setAttribute('aria-selected', i === selected ? 'true' : 'false');
      }
    }

    function render(hits) {
      list.textContent = '';
      hits.forEach(function (hit) {
        var item = el('li');
        item.setAttribute('role', 'option');
        item.dataset.id = hit.node.id;
        item.appendChild(el('span', 'type', hit.node.__typename));
        item.appendChild(el('span', 'label', hit.node.label));
        if (hit.snippet && hit.snippet !== hit.node.label) {
          item.appendChild(el('span', 'snippet', hit.snippet));
        }
        item.addEventListener('mousedown', function (event) {
          event.preventDefault();
          window.location.href = nodePath(hit.node.id);
        });
        list.appendChild(item);
      });
      if (!hits.length) {
        list.appendChild(el('li', 'empty', 'Nothing found'));
      }
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      selected = -1;
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      var text = input.value.trim();
      if (text.length < 2) { close(); return; }
      timer = setTimeout(function () {
        var ticket = ++asked;
        query('search', { text: text, first: 8 })
          .then(function (data) { if (ticket === asked) { render(data.search); } })
          .catch(function (error) { if (ticket === asked) { showMessage('Search failed: ' + error.message); } });
      }, 150);
    });
    input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown') { select(selected + 1); event.preventDefault(); }
      else if (event.key === 'ArrowUp') { select(selected - 1); event.preventDefault(); }
      else if (event.key === 'Escape') { close(); }
      else if (event.key === 'Enter') {
        var items = list.querySelectorAll('li[data-id]');
        var item = items[Math.max(selected, 0)];
        if (item) { window.location.href = nodePath(item.dataset.id); }
      }
    });
    input.addEventListener('blur', function () { setTimeout(close, 150); });
  }

  // ---- a quote in its paragraph

  function passage(source) {
    var quote = el('blockquote', 'passage');
    var context = source.context;
    if (context) {
      quote.appendChild(document.createTextNode(context.before));
      quote.appendChild(el('mark', null, context.quote));
      quote.appendChild(document.createTextNode(context.after));
    } else {
      quote.appendChild(el('mark', null, source.quote));
    }
    return quote;
  }

  function citation(source) {
    var cite = el('div', 'cite');
    cite.appendChild(document.createTextNode('— '));
    cite.appendChild(link(source.document.id, source.document.title));
    var where = [source.document.dateText, source.location].filter(Boolean).join(', ');
    if (where) { cite.appendChild(document.createTextNode(' (' + where + ')')); }
    return cite;
  }

  function sourceItem(source) {
    var item = el('li');
    item.appendChild(passage(source));
    item.appendChild(citation(source));
    return item;
  }

  // ---- the node page

  function renderFacts(node) {
    var facts = $('facts');
    FACTS.forEach(function (fact) {
      var value = node[fact[0]];
      if (value === null || value === undefined || value === '' || (Array.isArray(value) && !value.length)) {
        return;
      }
      facts.appendChild(el('dt', null, fact[1]));
      var dd = el('dd');
      if (value && value.id) {
        dd.appendChild(link(value.id, value.label));
      } else if (Array.isArray(value)) {
        dd.textContent = value.join(', ');
      } else if (typeof value === 'boolean') {
        dd.textContent = value ? 'yes' : 'no';
      } else {
        dd.textContent = String(value);
      }
      facts.appendChild(dd);
    });
  }

  function renderLinks(node) {
    var links = $('node-links');
    if (node.url) {
      var official = el('a', null, 'Official text (officielebekendmakingen.nl)');
      official.href = node.url;
      official.rel = 'noreferrer';
      links.appendChild(official);
    }
    if (node.__typename === 'Motion') {
      var feed = el('a', null, 'Atom feed of its status');
      feed.href = '/feed.atom?kamerstuk=' + encodeURIComponent(node.kamerstuk);
      links.appendChild(feed);
    }
  }

  function renderTimeline(node) {
    if (!node.statusHistory) { return; }
    $('timeline-section').hidden = false;
    var timeline = $('timeline');
    if (!node.statusHistory.length) {
      timeline.appendChild(el('li', null, 'No document reports a status yet.'));
    }
    node.statusHistory.forEach(function (event) {
      var item = el('li');
      var head = el('div');
      head.appendChild(el('span', 'when', event.document.dateText || event.date || 'undated'));
      head.appendChild(el('span', 'status ' + event.status, event.status));
      item.appendChild(head);
      item.appendChild(passage(event));
      item.appendChild(citation(event));
      timeline.appendChild(item);
    });
  }

  function renderRelations(node) {
    var relations = $('relations');
    if (!node.neighbours.length) {
      relations.appendChild(el('li', null, 'No relationships.'));
    }
    node.neighbours.forEach(function (neighbour) {
      var item = el('li');
      item.appendChild(el('span', 'relation', neighbour.relation));
      item.appendChild(document.createTextNode(neighbour.direction === 'OUTGOING' ? ' → ' : ' ← '));
      item.appendChild(link(neighbour.node.id, neighbour.node.label));
      item.appendChild(el('span', 'cite', ' ' + neighbour.node.__typename));
      if (neighbour.sources.length) {
        var details = el('details');
        details.appendChild(el('summary', null,
          neighbour.sources.length === 1 ? '1 source' : neighbour.sources.length + ' sources'));
        var list = el('ul', 'sources');
        neighbour.sources.forEach(function (source) { list.appendChild(sourceItem(source)); });
        details.appendChild(list);
        item.appendChild(details);
      }
      relations.appendChild(item);
    });
  }

  function short(text) {
    return text.length > 34 ? text.slice(0, 32) + '…' : text;
  }

  // Neighbours sit on rings around the node, 10 on the first, 20 on the second, ..., so labels stay apart.
  function ringOf(index) {
    var ring = 1;
    var capacity = 10;
    while (index >= capacity) {
      index -= capacity;
      ring++;
      capacity += 10;
    }
    return ring;
  }

  function renderGraph(node) {
    var container = $('graph');
    if (typeof window.cytoscape !== 'function') {
      container.textContent = 'The graph drawing library did not load.';
      return;
    }
    var elements = [{ data: { id: node.id, label: short(node.label), type: node.__typename, ring: 0 } }];
    var seen = {};
    var placed = 0;
    seen[node.id] = true;
    node.neighbours.forEach(function (neighbour, i) {
      var other = neighbour.node;
      if (!seen[other.id]) {
        seen[other.id] = true;
        elements.push({ data: { id: other.id, label: short(other.label), type: other.__typename,
          ring: ringOf(placed++) } });
      }
      var outgoing = neighbour.direction === 'OUTGOING';
      elements.push({ data: {
        id: 'e' + i, source: outgoing ? node.id : other.id, target: outgoing ? other.id : node.id,
        label: neighbour.relation } });
    });
    var cy = window.cytoscape({
      container: container,
      elements: elements,
      wheelSensitivity: 0.3,
      style: [
        { selector: 'node', style: {
          'background-color': function (n) { return COLOURS[n.data('type')] || '#888'; },
          label: 'data(label)', 'font-size': 9, 'min-zoomed-font-size': 5, color: '#1d2330', 'text-valign': 'bottom',
          'text-margin-y': 3, width: 14, height: 14 } },
        { selector: 'node[ring = 0]', style: { width: 26, height: 26, 'font-size': 11, 'font-weight': 'bold',
          'text-valign': 'top', 'text-margin-y': -4, 'text-background-color': '#ffffff',
          'text-background-opacity': 0.85, 'text-background-padding': 2 } },
        { selector: 'edge', style: {
          width: 1.2, 'line-color': '#b8c0cc', 'target-arrow-color': '#b8c0cc', 'target-arrow-shape': 'triangle',
          'curve-style': 'bezier', label: 'data(label)', 'font-size': 7, color: '#5b6473',
          'text-rotation': 'autorotate', 'text-background-color': '#ffffff', 'text-background-opacity': 0.8,
          'text-background-padding': 1, 'min-zoomed-font-size': 6 } }
      ],
      layout: { name: 'concentric', concentric: function (n) { return 100 - n.data('ring'); },
        levelWidth: function () { return 1; }, minNodeSpacing: 40, spacingFactor: 1.4, padding: 24,
        animate: false }
    });
    cy.on('tap', 'node', function (event) {
      var id = event.target.id();
      if (id !== node.id) { window.location.href = nodePath(id); }
    });
    container.dataset.nodes = String(cy.nodes().length);
    container.dataset.edges = String(cy.edges().length);
  }

  function renderNode(node) {
    $('message').hidden = true;
    document.title = node.label + ' · langer-thuis-graph';
    $('intro').hidden = true;
    $('node').hidden = false;
    $('node-kind').textContent = node.__typename;
    $('node-label').textContent = node.label;
    renderLinks(node);
    renderFacts(node);
    renderTimeline(node);
    var sources = $('sources');
    node.sources.forEach(function (source) { sources.appendChild(sourceItem(source)); });
    renderRelations(node);
    renderGraph(node);
    document.body.dataset.loaded = node.id;
  }

  function start() {
    setUpSearch();
    var id = decodeURIComponent(window.location.pathname.replace(/^\/explore\/?/, ''));
    if (!id) {
      document.body.dataset.loaded = 'search';
      return;
    }
    $('intro').hidden = true;
    showMessage('Loading ' + id + '…');
    query('explore-node', { id: id })
      .then(function (data) {
        if (!data.node) {
          showMessage('The graph has no node with id ' + id + '.');
          document.body.dataset.loaded = 'missing';
          return;
        }
        renderNode(data.node);
      })
      .catch(function (error) { showMessage('Could not load ' + id + ': ' + error.message); });
  }

  document.addEventListener('DOMContentLoaded', start);
}());
