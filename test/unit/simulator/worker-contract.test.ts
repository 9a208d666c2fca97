import { expose, proxy, wrap, type Remote } from 'comlink';
import { afterEach, describe, expect, it } from 'vitest';
import { createSimulatorApi, type RunOutcome, type RunProgress, type SimulatorApi } from '../../../workers/simulator-api';
import { createSimulatorClient } from '../../../workers/simulator-client';
import { builtinData } from './helpers';

// The worker contract over a real MessageChannel: structured cloning, transfer and comlink proxies
// behave as between a page and its worker.
const channels: MessageChannel[] = [];

function connect(): { remote: Remote<SimulatorApi>; sent: RunOutcome[]; port: MessagePort } {
  const api = createSimulatorApi({ data: builtinData(), chunkMillis: 2, progressMillis: 0 });
  const sent: RunOutcome[] = [];
  const recording: SimulatorApi = {
    setData: (d) => api.setData(d),
    run: async (request, onProgress) => {
      const outcome = await api.run(request, onProgress);
      sent.push(outcome);
      return outcome;
    },
    runParts: (request, parts, onProgress) => api.runParts(request, parts, onProgress),
    combine: (request, parts) => api.combine(request, parts),
  };
  const channel = new MessageChannel();
  channels.push(channel);
  expose(recording, channel.port1);
  return { remote: wrap<SimulatorApi>(channel.port2), sent, port: channel.port2 };
}

afterEach(() => {
  for (const c of channels.splice(0)) {
    c.port1.close();
    c.port2.close();
  }
});

describe('SimulatorApi over a MessageChannel', () => {
  it('returns typed-array results and transfers their buffers', async () => {
    const { remote, sent } = connect();
    const outcome = await remote.run({ requestId: 1, mode: 'expected' });
    expect(outcome.status).toBe('ok');
    if (outcome.status !== 'ok') return;
    expect(outcome.result.investmentBySiteMonth).toBeInstanceOf(Float64Array);
    expect(outcome.result.investmentBySiteMonth.length).toBe(outcome.result.siteIds.length * 60);
    expect(outcome.summary.targetYear).toBe(2017);
    // Transferred, not copied: the sender's arrays are detached after posting.
    const original = sent[0]!;
    expect(original.status === 'ok' && original.result.investmentBySiteMonth.byteLength).toBe(0);
  });

  it('reports progress of Monte Carlo runs, ending at the total', async () => {
    const { remote } = connect();
    const reports: RunProgress[] = [];
    const outcome = await remote.run(
      { requestId: 7, mode: 'montecarlo', params: { runs: 600 } },
      proxy((p: RunProgress) => reports.push(p)),
    );
    expect(outcome.status).toBe('ok');
    await new Promise((r) => setTimeout(r, 20));
    expect(reports.length).toBeGreaterThan(1);
    expect(reports.every((p) => p.requestId === 7 && p.runsTotal === 600)).toBe(true);
    expect(reports.map((p) => p.runsDone)).toEqual([...reports.map((p) => p.runsDone)].sort((a, b) => a - b));
    expect(reports.at(-1)!.runsDone).toBe(600);
  });

  it('lets a newer request supersede an unfinished one', async () => {
    const { remote } = connect();
    const progress: number[] = [];
    const older = remote.run(
      { requestId: 1, mode: 'montecarlo', params: { runs: 20000 } },
      proxy((p: RunProgress) => progress.push(p.runsDone)),
    );
    const newer = remote.run({ requestId: 2, mode: 'expected', params: { resumedByMayPct: 50 } });
    const [a, b] = await Promise.all([older, newer]);
    expect(a).toEqual({ status: 'superseded', requestId: 1 });
    expect(b.status).toBe('ok');
    // The superseded run stopped early instead of finishing its 20,000 runs.
    await new Promise((r) => setTimeout(r, 20));
    expect(Math.max(0, ...progress)).toBeLessThan(20000);
  });

  it('rejects invalid requests with messages naming the parameter', async () => {
    const { remote } = connect();
    const outcome = await remote.run({ requestId: 3, mode: 'montecarlo', params: { runs: -1, resumedByMayPct: 150 } as never });
    expect(outcome.status).toBe('invalid');
    expect(outcome.status === 'invalid' && outcome.issues.map((i) => i.path)).toEqual(['runs', 'resumedByMayPct']);
    const badMode = await remote.run({ requestId: 4, mode: 'quick' as never });
    expect(badMode.status === 'invalid' && badMode.issues[0]!.message).toContain('mode must be');
  });

  it('rejects data whose projects name an unknown site', async () => {
    const { remote } = connect();
    const data = builtinData();
    const outcome = await remote.setData({ ...data, siteIds: data.siteIds.filter((id) => id !== 'graphite-park') });
    expect(outcome.status).toBe('invalid');
    expect(outcome.status === 'invalid' && outcome.issues[0]!.message).toMatch(/unknown site "graphite-park"/);
  });
});

describe('SimulatorClient', () => {
  it('never delivers an older result after a newer request', async () => {
    const api = createSimulatorApi({ data: builtinData() });
    const channel = new MessageChannel();
    channels.push(channel);
    expose(api, channel.port1);
    const client = createSimulatorClient(channel.port2);
    const first = client.run({ mode: 'expected' });
    const second = client.run({ mode: 'expected', params: { realisationPct: 90 } });
    const [a, b] = await Promise.all([first, second]);
    expect(a.status).toBe('superseded');
    expect(b.status).toBe('ok');
  });
});
