import 'reflect-metadata';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createHttpTestApp } from '../http/testing/http-test-app';
import { TRANSPORT_ADAPTER, TransportHealth } from '../messaging/transports/transport-adapter';
import { HealthModule } from './health.module';

describe('HealthModule', () => {
  let app: NestFastifyApplication;
  let database: { query: jest.Mock };
  let transportHealth: TransportHealth;
  const get = (url: string) => app.getHttpAdapter().getInstance().inject({ method: 'GET', url });

  beforeAll(async () => {
    database = { query: jest.fn() };
    const transport = { name: 'inprocess', health: () => transportHealth };
    // Stands in for the global DatabaseModule / MessagingModule of the real app.
    const { Global, Module } = await import('@nestjs/common');
    @Global()
    @Module({
      providers: [
        { provide: DataSource, useValue: database },
        { provide: TRANSPORT_ADAPTER, useValue: transport },
      ],
      exports: [DataSource, TRANSPORT_ADAPTER],
    })
    class FakeInfrastructureModule {}
    ({ app } = await createHttpTestApp({ imports: [FakeInfrastructureModule, HealthModule] }));
  });
  afterAll(() => app.close());

  beforeEach(() => {
    database.query.mockResolvedValue([{ '?column?': 1 }]);
    transportHealth = { up: true };
  });

  it('is live without asking any dependency, outside /api/v1', async () => {
    database.query.mockRejectedValue(new Error('down'));
    const response = await get('/health/live');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('is ready when the database answers and the transport is up', async () => {
    const response = await get('/health/ready');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'ok',
      details: { database: { status: 'up' }, events: { status: 'up', transport: 'inprocess' } },
    });
    expect(database.query).toHaveBeenCalledWith('SELECT 1');
  });

  it('is not ready when the database fails', async () => {
    database.query.mockRejectedValue(new Error('timeout exceeded when trying to connect'));
    const response = await get('/health/ready');
    expect(response.statusCode).toBe(503);
    expect(response.json()).toMatchObject({ status: 'error', error: { database: { status: 'down' } } });
  });

  it('is not ready when the transport is down', async () => {
    transportHealth = { up: false, detail: 'broker connection lost' };
    const response = await get('/health/ready');
    expect(response.statusCode).toBe(503);
    expect(response.json()).toMatchObject({ error: { events: { status: 'down', detail: 'broker connection lost' } } });
  });

  it('stays out of the API document', async () => {
    const document = (await get('/docs/openapi.json')).json();
    expect(Object.keys(document.paths).filter((path) => path.includes('health'))).toEqual([]);
  });
});

describe('HealthModule without database or transport (gateway)', () => {
  it('is ready on its own', async () => {
    const { app } = await createHttpTestApp({ imports: [HealthModule] });
    try {
      const response = await app.getHttpAdapter().getInstance().inject({ method: 'GET', url: '/health/ready' });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ status: 'ok' });
    } finally {
      await app.close();
    }
  });
});
