import { StreamWriters } from './stream-writers';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('StreamWriters', () => {
  it('runs the changes of one stream one at a time, in arrival order, even when one fails', async () => {
    const writers = new StreamWriters();
    const log: string[] = [];
    let running = 0;
    const change =
      (name: string, fail = false) =>
      async () => {
        running++;
        expect(running).toBe(1);
        log.push(`start ${name}`);
        await tick();
        log.push(`end ${name}`);
        running--;
        if (fail) throw new Error(name);
        return name;
      };
    const results = await Promise.allSettled([
      writers.run('s:1', change('a')),
      writers.run('s:1', change('b', true)),
      writers.run('s:1', change('c')),
    ]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('runs changes of different streams side by side and forgets a stream once it is idle', async () => {
    const writers = new StreamWriters();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const first = writers.run('s:1', () => held);
    await expect(writers.run('s:2', async () => 'other')).resolves.toBe('other');
    release();
    await first;
    await tick();
    expect(writers.busyStreams).toBe(0);
  });
});
