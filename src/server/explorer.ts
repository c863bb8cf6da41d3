const EXAMPLE = `query FirstCadres {
  cadres(first: 5, filter: { regionCode: "350200" }) {
    totalCount
    nodes { id name category rank unit { name } region { code name } }
  }
}`;

/** The page's look: a header with the token, query and variables on the left, the result on the right. */
const STYLE = `  body { font-family: system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; margin: 0; background: #f6f7f9; color: #1d232b; }
  header { background: #a61b1b; color: #fff; padding: 10px 16px; display: flex; gap: 12px; align-items: center; }
  header h1 { font-size: 16px; margin: 0; font-weight: 600; }
  header input { flex: 1; font-family: monospace; font-size: 12px; padding: 6px; border: 0; border-radius: 4px; }
  main { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; padding: 12px; height: calc(100vh - 70px); box-sizing: border-box; }
  section { display: flex; flex-direction: column; gap: 8px; min-height: 0; }
  textarea, pre { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 13px; border: 1px solid #cfd5dc; border-radius: 6px; padding: 8px; background: #fff; margin: 0; }
  textarea#query { flex: 3; } textarea#variables { flex: 1; }
  pre { flex: 1; overflow: auto; white-space: pre-wrap; }
  button { background: #a61b1b; color: #fff; border: 0; border-radius: 6px; padding: 8px 16px; font-size: 14px; cursor: pointer; }
  label { font-size: 12px; color: #56606b; }
`;

const BODY = `<header>
  <h1>干训数据枢纽 GraphQL</h1>
  <input id="token" placeholder="Bearer token — run: npm run token -- --role ADMIN" autocomplete="off">
  <button id="run" title="Ctrl+Enter">运行 Run</button>
</header>
<main>
  <section>
    <label for="query">查询 Query</label>
    <textarea id="query" spellcheck="false"></textarea>
    <label for="variables">变量 Variables (JSON)</label>
    <textarea id="variables" spellcheck="false">{}</textarea>
  </section>
  <section>
    <label>结果 Result <span id="status"></span></label>
    <pre id="result"></pre>
  </section>
</main>
`;

/** Runs the query with the token and keeps both (and the query) in localStorage between visits. */
const SCRIPT = `  const $ = (id) => document.getElementById(id);
  $('token').value = localStorage.getItem('ganxun.token') || '';
  $('query').value = localStorage.getItem('ganxun.query') || ${JSON.stringify(EXAMPLE)};
  async function run() {
    localStorage.setItem('ganxun.token', $('token').value.trim());
    localStorage.setItem('ganxun.query', $('query').value);
    let variables = {};
    try { variables = JSON.parse($('variables').value || '{}'); } catch (e) { $('result').textContent = 'Variables are not valid JSON: ' + e.message; return; }
    const started = performance.now();
    const res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer ' + $('token').value.trim() },
      body: JSON.stringify({ query: $('query').value, variables }),
    });
    const text = await res.text();
    $('status').textContent = '— HTTP ' + res.status + ', ' + Math.round(performance.now() - started) + ' ms';
    try { $('result').textContent = JSON.stringify(JSON.parse(text), null, 2); } catch { $('result').textContent = text; }
  }
  $('run').addEventListener('click', run);
  document.addEventListener('keydown', (e) => { if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') run(); });
`;

/**
 * A self-contained query explorer (no CDN: agency intranets are air-gapped). Paste a token from
 * `npm run token`, write a query, run it.
 */
export function explorerHtml(): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>干训数据枢纽 Ganxun Hub — GraphQL explorer</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
${STYLE}</style>
</head>
<body>
${BODY}<script>
${SCRIPT}</script>
</body>
</html>`;
}
