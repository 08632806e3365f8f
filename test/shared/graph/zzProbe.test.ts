import { it } from 'vitest';
import { loadDemoWorkspace } from '../../../shared/engine/demoWorkspace';
import { newEngine } from '../../../test/support/engineHarness';
it('probe', async () => {
  const engine = await newEngine();
  let t = Date.now();
  await loadDemoWorkspace(engine);
  console.log('demo load ms', Date.now() - t);
  for (const view of ['trader-network', 'hidden-links', 'traders-and-links']) {
    t = Date.now();
    const r = await engine.graphView({ view });
    console.log(view, 'ms', Date.now() - t, r.nodes.length, r.edges.length, r.timings, r.communities, r.components, r.notes, r.truncated);
    const degrees = r.nodes.map((n) => n.metrics.degree).sort((a, b) => b - a);
    console.log('top degrees', degrees.slice(0, 15), 'hits', r.nodes.filter((n) => n.watchlistHit).length);
    console.log(r.nodes.slice().sort((a,b)=>b.metrics.degree-a.metrics.degree).slice(0,8).map((n) => `${n.label} ${n.metrics.degree} ${n.roles}`));
    if (view === 'hidden-links') console.log(r.edges.slice(0, 5));
  }
  const r = await engine.graphView({ view: 'trader-network' });
  const big = r.nodes.filter((n) => n.metrics.component === 0);
  console.log('largest component', big.length, 'component sizes', [0,1,2,3,4].map((c) => r.nodes.filter((n) => n.metrics.component === c).length));
  let best: string[] = [];
  for (const a of big) for (const b of big) {
    if (a.id >= b.id) continue;
    const p1 = await engine.findPath(a.id, b.id);
    const p2 = await engine.findPath(a.id, b.id, { avoidHubs: true });
    if (p1.hops !== p2.hops && best.length < 8) best.push(`${a.label} -> ${b.label}: ${p1.message} [${p1.nodes.join(' ')}] | ${p2.message} [${p2.nodes.join(' ')}] avoided ${p2.avoided.map((x) => x.label + ' ' + x.reason).join('; ')}`);
  }
  console.log(best.join('\n'));
  console.log(big.map((n) => `${n.id} ${n.label} d=${n.metrics.degree}`).join('\n'));
}, 300000);
