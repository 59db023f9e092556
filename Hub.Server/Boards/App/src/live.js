// The live board: a region's activities as stations record them (graphql-sse against /graphql/stream) beside the
// month's running figures of that region, which are read again whenever an activity arrives. Made to be read
// from across a lobby: few numbers, large type. /live?region=<12-digit code>[&month=YYYY-MM]
import { createClient } from 'graphql-sse';
import './board.css';
import { activityKinds, regionLevels, units, zh, en } from './labels.js';
import { describe, query, streamUrl } from './graphql.js';

const FIGURE_CODES = ['volunteer_hours', 'volunteer_person_times', 'volunteer_services'];
const FEED_LENGTH = 12;

const ACTIVITY_FIELDS = 'id title kind occurredOn participants place station { id name }';

const FIGURES = `
  query LiveFigures($region: String!, $period: Period!, $from: DateOnly!, $to: DateOnly!, $codes: [String!]) {
    region(code: $region) {
      code name level
      indicators(period: $period, codes: $codes) { indicator { code label labelEn unit } value suppressed reportingStations expectedStations }
    }
    month: activities(first: 1, where: { station: { region: { within: $region } }, occurredOn: { gte: $from, lt: $to } }) { totalCount }
  }`;

const RECENT = `
  query LiveRecent($region: String!, $first: Int!) {
    activities(first: $first, order: [{ recordedAt: DESC }], where: { station: { region: { within: $region } } }) { nodes { ${ACTIVITY_FIELDS} } }
  }`;

const REGIONS = `
  query LiveRegions { regions(first: 100, where: { level: { in: [CITY, DISTRICT, STREET] } }) { nodes { code name level } } }`;

const FEED = `
  subscription LiveFeed($region: String!) { activityRecorded(regionCode: $region) { ${ACTIVITY_FIELDS} } }`;

const numbers = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 });
const $ = (id) => document.getElementById(id);

const params = new URLSearchParams(window.location.search);
const region = params.get('region')?.trim() ?? '';
const month = monthOf(params.get('month'));

function monthOf(text) {
  if (text && /^\d{4}-(0[1-9]|1[0-2])$/.test(text)) {
    return text;
  }
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}

function monthRange(period) {
  const [year, m] = period.split('-').map(Number);
  const next = m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
  return { from: `${period}-01`, to: `${next}-01` };
}

function setStatus(state, text) {
  const status = $('status');
  status.dataset.state = state;
  status.textContent = text;
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

function activityItem(activity, live) {
  const item = element('li', live ? 'activity activity-new' : 'activity');
  item.dataset.id = activity.id;
  if (live) {
    // When it arrived, for the test that times the feed (and for anyone checking a screen's lag).
    item.dataset.arrivedAt = String(Date.now());
  }
  const kind = element('span', 'kind', zh(activityKinds, activity.kind));
  kind.title = en(activityKinds, activity.kind);
  kind.dataset.kind = activity.kind;
  item.append(kind, element('span', 'title', activity.title));
  const details = [activity.station?.name, activity.occurredOn, activity.place].filter(Boolean);
  if (activity.participants != null) {
    details.push(`${numbers.format(activity.participants)} 人次`);
  }
  item.append(element('span', 'details', details.join(' · ')));
  return item;
}

function showActivity(activity, live) {
  const feed = $('feed');
  if (feed.querySelector(`[data-id="${CSS.escape(activity.id)}"]`)) {
    return;
  }
  const item = activityItem(activity, live);
  if (live) {
    feed.prepend(item);
  } else {
    feed.append(item);
  }
  while (feed.children.length > FEED_LENGTH) {
    feed.lastElementChild.remove();
  }
  $('feed-empty').hidden = true;
}

function figure(list, code, label, labelEn, value, unit, note) {
  const row = element('div', 'figure');
  row.dataset.code = code;
  const name = element('dt', null, label);
  name.append(element('span', 'figure-en', labelEn));
  const amount = element('dd', 'figure-value');
  amount.append(element('span', 'number', value), element('span', 'unit', unit));
  row.append(name, amount);
  if (note) {
    row.append(element('dd', 'figure-note', note));
  }
  list.append(row);
}

function showFigures(data) {
  const list = $('figures');
  list.replaceChildren();
  figure(list, 'activities', '活动', 'Activities', numbers.format(data.month.totalCount), '场');
  for (const cell of data.region.indicators) {
    const { code, label, labelEn, unit } = cell.indicator;
    const value = cell.suppressed ? '不公开' : cell.value == null ? '—' : numbers.format(cell.value);
    const note = `${cell.reportingStations} / ${cell.expectedStations} 个站点有数据`;
    figure(list, code, label, labelEn, value, cell.suppressed ? '' : zh(units, unit), note);
  }
  const note = $('figures-note');
  note.textContent = `更新于 ${new Date().toLocaleTimeString('zh-CN', { hour12: false })}`;
  // How many answers the figures have shown: lets a test (or a curious operator) see that a refresh happened.
  note.dataset.reads = String(Number(note.dataset.reads ?? 0) + 1);
}

// Activities of a busy region arrive in bursts: one read of the figures a quarter of a second after the first covers them all.
let figuresPending = null;
function refreshFigures() {
  figuresPending ??= new Promise((resolve) => setTimeout(resolve, 250)).then(loadFigures).finally(() => {
    figuresPending = null;
  });
  return figuresPending;
}

async function loadFigures() {
  try {
    const data = await query(FIGURES, { region, period: month, ...monthRange(month), codes: FIGURE_CODES });
    if (!data.region) {
      throw Object.assign(new Error('no region'), { code: 'NOT_FOUND' });
    }
    showFigures(data);
    return data.region;
  } catch (error) {
    $('figures-note').textContent = describe(error);
    throw error;
  }
}

async function showRegionPicker() {
  $('region-name').textContent = '实时看板';
  $('region-meta').textContent = '请选择一个地区 · Choose a region';
  setStatus('idle', '未连接');
  document.querySelector('.board').hidden = true;
  const main = element('main', 'picker');
  main.append(element('h2', null, '选择地区'));
  const list = element('ul', 'picker-list');
  main.append(list);
  document.body.append(main);
  try {
    const { regions } = await query(REGIONS);
    for (const r of regions.nodes) {
      const link = element('a', null, r.name);
      link.href = `?region=${encodeURIComponent(r.code)}`;
      const item = element('li');
      item.append(link, element('span', 'details', ` ${zh(regionLevels, r.level)} · ${r.code}`));
      list.append(item);
    }
  } catch (error) {
    list.append(element('li', null, describe(error)));
  }
}

async function start() {
  if (!region) {
    await showRegionPicker();
    return;
  }

  $('month-label').textContent = `${month.replace('-', ' 年 ')} 月`;
  let place;
  try {
    place = await loadFigures();
  } catch (error) {
    $('region-name').textContent = describe(error);
    setStatus('error', '未连接');
    return;
  }

  $('region-name').textContent = `${place.name}实时看板`;
  $('region-meta').textContent = `${zh(regionLevels, place.level)} · ${place.code} · Live board`;
  document.title = `${place.name} · 实时看板`;

  try {
    const { activities } = await query(RECENT, { region, first: FEED_LENGTH });
    activities.nodes.forEach((a) => showActivity(a, false));
  } catch {
    // The feed still shows what arrives from now on.
  }

  subscribe();
}

// graphql-sse (distinct connections mode): each subscription is one event stream. The server ends streams when it
// shuts down; the board then subscribes again, as the README asks of every client, and reads the figures afresh.
function subscribe() {
  const client = createClient({
    url: streamUrl,
    retryAttempts: Number.MAX_SAFE_INTEGER,
    retry: (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(1000 * 2 ** retries, 30_000))),
    on: {
      connecting: (reconnecting) => setStatus('connecting', reconnecting ? '连接中断，正在重连…' : '正在连接…'),
      connected: (reconnected) => {
        setStatus('live', '● 实时');
        if (reconnected) {
          refreshFigures().catch(() => {});
        }
      },
    },
  });

  client.subscribe(
    { query: FEED, variables: { region } },
    {
      next: (result) => {
        const activity = result.data?.activityRecorded;
        if (activity) {
          showActivity(activity, true);
          refreshFigures().catch(() => {});
        } else if (result.errors?.length) {
          setStatus('error', describe({ code: result.errors[0]?.extensions?.code }));
        }
      },
      error: () => {
        setStatus('error', '连接中断，稍后重试…');
        client.dispose();
        setTimeout(subscribe, 5000);
      },
      complete: () => {
        client.dispose();
        setStatus('connecting', '正在重新连接…');
        setTimeout(subscribe, 1000);
      },
    },
  );
}

start();
