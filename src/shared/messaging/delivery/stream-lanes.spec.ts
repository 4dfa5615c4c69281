import { StreamLanes } from './stream-lanes';

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
};

describe('StreamLanes', () => {
  it('runs the tasks of one stream one after another, in order', async () => {
    const lanes = new StreamLanes();
    const log: string[] = [];
    const first = deferred();
    lanes.run('s', async () => {
      await first.promise;
      log.push('s1');
    });
    lanes.run('s', async () => {
      log.push('s2');
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(log).toEqual([]);
    first.resolve();
    await lanes.idle();
    expect(log).toEqual(['s1', 's2']);
  });

  it('lets other streams proceed while one stream is stuck', async () => {
    const lanes = new StreamLanes();
    const stuck = deferred();
    const log: string[] = [];
    lanes.run('a', () => stuck.promise);
    lanes.run('b', async () => {
      log.push('b1');
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(log).toEqual(['b1']);
    stuck.resolve();
    await lanes.idle();
    expect(lanes.size).toBe(0);
  });

  it('keeps a stream going after one of its tasks failed', async () => {
    const lanes = new StreamLanes();
    const log: string[] = [];
    lanes.run('s', () => Promise.reject(new Error('boom')));
    lanes.run('s', async () => {
      log.push('after');
    });
    await lanes.idle();
    expect(log).toEqual(['after']);
  });
});

describe('StreamLanes with a concurrency bound', () => {
  it('never runs more tasks at once than the bound, and still runs every task', async () => {
    const lanes = new StreamLanes(2);
    let running = 0;
    let peak = 0;
    const done: string[] = [];
    for (const key of ['a', 'b', 'c', 'd', 'e']) {
      lanes.run(key, async () => {
        peak = Math.max(peak, ++running);
        await new Promise((resolve) => setTimeout(resolve, 5));
        running--;
        done.push(key);
      });
    }
    await lanes.idle();
    expect(peak).toBe(2);
    expect(done.sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});
