// The search page of `practice serve`: plain JavaScript, no build step, no third-party code.
// Every text from the bank is inserted as text (textContent); the only HTML taken from the
// server is the snippet, whose <b> marks are the one tag let through (see snippetHtml).
'use strict';

const PAGE_SIZE = 10;

// Template sections in order (DESIGN.md), with the keys of the practice JSON.
const SECTIONS = [
  ['title', 'Название социальной практики'],
  ['organization', 'Организация, реализующая социальную практику'],
  ['summary', 'Краткое описание социальной практики'],
  ['problem', 'Описание социальной проблемы'],
  ['target_groups', 'Целевая группа'],
  ['goal', 'Цель'],
  ['tasks', 'Задачи'],
  ['stages', 'Этапы реализации социальной практики'],
  ['technologies', 'Технологии'],
  ['results', 'Результаты'],
  ['resources', 'Ресурсы'],
  ['evaluation', 'Способы, методы оценки'],
  ['difficulties', 'Трудности'],
  ['perspectives', 'Перспективы развития социальной практики'],
  ['contacts', 'Контакты'],
  ['organization_info', 'Информация об организации'],
];

const SUBFIELDS = {
  legal_form: 'Организационно-правовая форма', name: 'Название', head: 'Руководитель', region: 'Регион',
  qualitative: 'Качественные', quantitative: 'Количественные',
  informational: 'Информационные', material: 'Материальные', financial: 'Финансовые',
  personnel: 'Кадровые', partners: 'Партнёрские',
  person: 'Контактное лицо', email: 'Электронная почта', address: 'Адрес', phone: 'Телефон',
  fax: 'Факс', skype: 'Skype', website: 'Сайт',
};

const SIGNALS = {
  need: 'проблема', target: 'целевая группа', region: 'регион', capacity: 'ресурсы', evidence: 'доказательность', similarity: 'сходство с первой',
};

const $ = (id) => document.getElementById(id);
const state = { offset: 0, total: 0, opener: null, bankCounts: { region: [], target_group: [] } };

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'text') node.textContent = v;
    else if (k === 'class') node.className = v;
    else node.setAttribute(k, v);
  }
  for (const c of children) if (c) node.append(c);
  return node;
}

const percent = (x) => `${Math.round(x * 100)}%`;

// Russian plural: 1 практика, 2 практики, 5 практик.
function plural(n, one, few, many) {
  const d = n % 10, h = n % 100;
  if (d === 1 && h !== 11) return one;
  if (d >= 2 && d <= 4 && (h < 12 || h > 14)) return few;
  return many;
}

// The library HTML-escapes snippets and marks matches with <b>…</b>. Any other "<" is
// neutralised, so no tag but <b> can reach the page; <b> becomes <mark> for assistive tech.
function snippetHtml(snippet) {
  return snippet.replace(/<(?!\/?b>)/g, '&lt;').replace(/<(\/?)b>/g, '<$1mark>');
}

async function api(path, options = {}) {
  let response;
  try {
    response = await fetch(path, options);
  } catch {
    throw new Error('Сервер недоступен. Проверьте соединение и повторите.');
  }
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.error || `Ошибка ${response.status}`);
  return body;
}

function showError(node, error) {
  node.textContent = error ? error.message : '';
  node.hidden = !error;
}

// ---- filters -------------------------------------------------------------------------------

// Fills a filter with the values and their counts, keeping the current choice.
function fillSelect(select, allLabel, counts) {
  const current = select.value;
  select.replaceChildren(el('option', { value: '', text: allLabel }));
  const values = counts.map((c) => c.value);
  if (current && !values.includes(current)) counts = [{ value: current, count: 0 }, ...counts];
  for (const { value, count } of counts) {
    select.append(el('option', { value, text: `${value} (${count})` }));
  }
  select.value = current;
}

const toCounts = (map) => Object.entries(map).map(([value, count]) => ({ value, count }))
  .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'ru'));

async function loadStats() {
  try {
    const stats = await api('/api/stats');
    state.bankCounts = { region: toCounts(stats.by_region), target_group: toCounts(stats.by_target_group) };
    fillSelect($('region'), 'Все регионы', state.bankCounts.region);
    fillSelect($('target-group'), 'Все целевые группы', state.bankCounts.target_group);
    $('region-names').replaceChildren(...Object.keys(stats.by_region).map((r) => el('option', { value: r })));
    $('search-status').textContent = `В банке ${stats.total} ${plural(stats.total, 'практика', 'практики', 'практик')}.`;
  } catch (error) {
    showError($('search-error'), error);
  }
}

// ---- search --------------------------------------------------------------------------------

function resultItem(hit) {
  const link = el('a', { href: `#practice/${encodeURIComponent(hit.id)}`, 'data-id': hit.id, text: hit.title });
  const snippet = el('p', { class: 'snippet' });
  snippet.innerHTML = snippetHtml(hit.snippet || '');
  return el('li', {},
    el('article', { class: 'card' },
      el('h3', {}, link),
      el('p', { class: 'meta', text: [hit.organization, hit.region].filter(Boolean).join(' · ') }),
      hit.snippet ? snippet : null));
}

// A filter's counts leave its own choice out, so the other regions (or groups) stay on offer
// with the numbers their choice would give. null: no such filter chosen, use the search's facets.
async function facetWithout(params, name) {
  if (!params.has(name)) return null;
  const other = new URLSearchParams(params);
  other.delete(name);
  other.delete('offset');
  if (!other.has('q') && !other.has('region') && !other.has('target_group')) return state.bankCounts[name];
  other.set('limit', 1);
  const r = await api(`/api/search?${other}`);
  return r.facets[name] || [];
}

async function search(offset = 0) {
  const params = new URLSearchParams();
  const q = $('q').value.trim();
  if (q) params.set('q', q);
  if ($('region').value) params.set('region', $('region').value);
  if ($('target-group').value) params.set('target_group', $('target-group').value);
  if (!params.toString()) {
    showError($('search-error'), new Error('Введите слова для поиска или выберите регион или целевую группу.'));
    $('q').focus();
    return;
  }
  params.set('limit', PAGE_SIZE);
  params.set('offset', offset);
  $('search-status').textContent = 'Идёт поиск…';
  try {
    const [r, regionCounts, groupCounts] = await Promise.all([
      api(`/api/search?${params}`), facetWithout(params, 'region'), facetWithout(params, 'target_group')]);
    showError($('search-error'), null);
    state.offset = offset;
    state.total = r.total;
    $('results').replaceChildren(...r.results.map(resultItem));
    fillSelect($('region'), 'Все регионы', regionCounts || r.facets.region || []);
    fillSelect($('target-group'), 'Все целевые группы', groupCounts || r.facets.target_group || []);
    let status = `Найдено: ${r.total} ${plural(r.total, 'практика', 'практики', 'практик')}.`;
    if (r.total > 0) status += ` Показаны ${offset + 1}–${offset + r.results.length}.`;
    if (r.relaxed) status += ' Все слова вместе не встречаются; показаны практики, где есть часть слов.';
    if (r.suggestion) status += ` Возможно, вы искали: «${r.suggestion}».`;
    $('search-status').textContent = status;
    $('pager').hidden = r.total <= PAGE_SIZE;
    $('prev-page').disabled = offset === 0;
    $('next-page').disabled = offset + PAGE_SIZE >= r.total;
  } catch (error) {
    $('search-status').textContent = '';
    showError($('search-error'), error);
  }
}

// ---- one practice --------------------------------------------------------------------------

function sectionBody(value) {
  if (Array.isArray(value)) {
    if (value.length === 0) return null;
    return el('ul', {}, ...value.map((v) => el('li', { text: String(v) })));
  }
  if (value && typeof value === 'object') {
    const dl = el('dl');
    // Template order (SUBFIELDS), not the JSON's alphabetical one; unknown keys last.
    const keys = [...Object.keys(SUBFIELDS).filter((k) => k in value), ...Object.keys(value).filter((k) => !(k in SUBFIELDS))];
    for (const k of keys) {
      const v = value[k];
      if (!v) continue;
      dl.append(el('dt', { text: SUBFIELDS[k] || k }), el('dd', { text: String(v) }));
    }
    return dl.childElementCount ? dl : null;
  }
  if (!value) return null;
  return el('div', {}, ...String(value).split(/\n+/).map((line) => el('p', { text: line })));
}

function setView(practiceOpen) {
  $('practice-view').hidden = !practiceOpen;
  $('search-view').hidden = practiceOpen;
  $('match-view').hidden = practiceOpen;
}

async function openPractice(id, opener) {
  state.opener = opener || null;
  try {
    const [p, similar] = await Promise.all([
      api(`/api/practices/${encodeURIComponent(id)}`),
      api(`/api/similar/${encodeURIComponent(id)}?limit=5`),
    ]);
    $('practice-title').textContent = p.title;
    const period = p.period && (p.period.start || p.period.end) ? `${p.period.start || '…'}–${p.period.end || 'н. в.'}` : '';
    $('practice-meta').textContent = [p.region, period].filter(Boolean).join(' · ');
    const sections = SECTIONS.map(([key, heading], i) => {
      const body = sectionBody(p[key]) || el('p', { class: 'empty', text: 'Не заполнено.' });
      return el('section', { class: 'template-section' }, el('h3', { text: `${i + 1}. ${heading}` }), body);
    });
    $('practice-sections').replaceChildren(...sections);
    $('similar').replaceChildren(...similar.results.map((h) => el('li', {},
      el('a', { href: `#practice/${encodeURIComponent(h.id)}`, 'data-id': h.id, text: h.title }),
      el('span', { class: 'meta', text: ` · ${h.region}` }))));
    setView(true);
    document.title = `${p.title} — Банк социальных практик НКО`;
    $('practice-title').focus();
  } catch (error) {
    showError($('search-error'), error);
  }
}

function closePractice() {
  setView(false);
  document.title = 'Банк социальных практик НКО';
  if (location.hash.startsWith('#practice/')) history.pushState(null, '', location.pathname + location.search);
  const opener = state.opener;
  const back = opener && opener.matches && opener.matches('a[data-id]') && document.contains(opener) ? opener : $('q');
  back.focus();
}

// ---- recommendations -----------------------------------------------------------------------

function profileFromForm(form) {
  const f = new FormData(form);
  const text = (name) => String(f.get(name) || '').trim();
  const profile = {
    organization: text('organization'),
    region: text('region'),
    target_groups: text('target_groups').split('\n').map((s) => s.trim()).filter(Boolean),
    problem: text('problem'),
    resources: {},
    scope: text('scope') || 'all',
  };
  for (const k of ['personnel', 'material', 'financial', 'informational', 'partners']) profile.resources[k] = text(k);
  const limit = parseInt(text('limit'), 10);
  if (limit > 0) profile.limit = limit;
  return profile;
}

function recommendationItem(rec) {
  const ex = rec.explanation;
  const reasons = el('ul', { class: 'reasons' });
  for (const s of ex.signals) {
    reasons.append(el('li', {},
      el('strong', { text: `${SIGNALS[s.signal] || s.signal}: ${percent(s.value)}` }),
      s.evidence.length ? el('ul', {}, ...s.evidence.map((e) => el('li', { text: e }))) : null));
  }
  const link = el('a', { href: `#practice/${encodeURIComponent(rec.id)}`, 'data-id': rec.id, text: rec.title });
  return el('li', {},
    el('article', { class: 'card' },
      el('h3', {}, link),
      el('p', { class: 'meta', text: [rec.organization, rec.region, `соответствие ${percent(rec.score)}`].filter(Boolean).join(' · ') }),
      el('h4', { text: 'Почему эта практика' }), reasons,
      ex.quotes.length ? el('blockquote', {}, ...ex.quotes.map((q) => el('p', { text: q }))) : null,
      ex.gaps.length ? el('h4', { text: 'Что ещё понадобится' }) : null,
      ex.gaps.length ? el('ul', { class: 'gaps' }, ...ex.gaps.map((g) => el('li', { text: g }))) : null,
      ex.difficulties ? el('p', {}, el('strong', { text: 'Трудности авторов: ' }), ex.difficulties) : null,
      ex.contact ? el('p', {}, el('strong', { text: 'Контакт: ' }), ex.contact) : null));
}

async function recommend(form) {
  const profile = profileFromForm(form);
  if (!profile.problem && profile.target_groups.length === 0) {
    showError($('match-error'), new Error('Опишите проблему или укажите целевые группы.'));
    $('m-problem').focus();
    return;
  }
  $('match-status').textContent = 'Подбираем практики…';
  try {
    const r = await api('/api/match', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(profile),
    });
    showError($('match-error'), null);
    $('recommendations').replaceChildren(...r.results.map(recommendationItem));
    let status = `Подобрано: ${r.results.length} ${plural(r.results.length, 'практика', 'практики', 'практик')}.`;
    if (r.notes.length) status += ` (${r.notes.join('; ')})`;
    $('match-status').textContent = status;
  } catch (error) {
    $('match-status').textContent = '';
    showError($('match-error'), error);
  }
}

// ---- wiring --------------------------------------------------------------------------------

function routeFromHash() {
  const m = location.hash.match(/^#practice\/(.+)$/);
  if (m) openPractice(decodeURIComponent(m[1]), document.activeElement);
  else if (!$('practice-view').hidden) closePractice();
}

document.addEventListener('DOMContentLoaded', () => {
  $('search-form').addEventListener('submit', (e) => { e.preventDefault(); search(0); });
  for (const id of ['region', 'target-group']) $(id).addEventListener('change', () => search(0));
  $('reset-filters').addEventListener('click', () => {
    $('region').value = '';
    $('target-group').value = '';
    if ($('q').value.trim()) search(0);
    else loadStats();
  });
  $('prev-page').addEventListener('click', () => search(Math.max(0, state.offset - PAGE_SIZE)));
  $('next-page').addEventListener('click', () => search(state.offset + PAGE_SIZE));
  $('match-form').addEventListener('submit', (e) => { e.preventDefault(); recommend(e.target); });
  $('back').addEventListener('click', () => closePractice());
  // Links to practices open them in place; the address changes so Back and bookmarks work.
  document.addEventListener('click', (e) => {
    const link = e.target.closest('a[data-id]');
    if (!link || e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    history.pushState(null, '', link.getAttribute('href'));
    openPractice(link.dataset.id, link);
  });
  window.addEventListener('popstate', routeFromHash);
  loadStats().then(routeFromHash);
});
