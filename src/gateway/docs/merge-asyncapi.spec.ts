import { mergeAsyncApiDocuments } from './merge-asyncapi';

describe('mergeAsyncApiDocuments', () => {
  it("unites channels, operations and components, keeping the first document's info and entries", () => {
    const first = {
      asyncapi: '3.0.0',
      info: { title: 'events', version: '2' },
      channels: { 'a.x.v1': { title: 'first' } },
      operations: { 'a.x.v1.send': { action: 'send' } },
      components: { messages: { 'a.x.v1': { name: 'a.x.v1' } } },
    };
    const second = {
      asyncapi: '3.0.0',
      info: { title: 'events', version: '1' },
      channels: { 'a.x.v1': { title: 'second' }, 'b.y.v1': { title: 'b' } },
      operations: { 'b.y.v1.receive.a': { action: 'receive' } },
      components: { messages: { 'b.y.v1': { name: 'b.y.v1' } }, schemas: { S: {} } },
    };
    expect(mergeAsyncApiDocuments([first, second])).toEqual({
      asyncapi: '3.0.0',
      info: { title: 'events', version: '2' },
      channels: { 'a.x.v1': { title: 'first' }, 'b.y.v1': { title: 'b' } },
      operations: { 'a.x.v1.send': { action: 'send' }, 'b.y.v1.receive.a': { action: 'receive' } },
      components: { messages: { 'a.x.v1': { name: 'a.x.v1' }, 'b.y.v1': { name: 'b.y.v1' } }, schemas: { S: {} } },
    });
  });
});
