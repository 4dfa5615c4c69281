import * as amqplib from 'amqplib';
import { MODULE_NAMES } from '../../../src/module-registry';
import { RabbitMqNames } from '../../../src/shared/messaging/transports/rabbitmq/rabbitmq-names';
import { TEST_SHARDS } from './app-process';

export interface QueueDepths {
  /** Messages waiting in the modules' shard queues (delivered-but-unacked ones are not counted). */
  ready: number;
  /** Messages parked in the modules' dead-letter queues. */
  deadLettered: number;
}

/** Looks into one deployment's queues the way an operator would, with a plain AMQP client. */
export async function queueDepths(url: string, prefix: string, shards = TEST_SHARDS): Promise<QueueDepths> {
  const names = new RabbitMqNames(prefix);
  const connection = await amqplib.connect(url);
  connection.on('error', () => undefined);
  const depth = async (queue: string) => {
    // A missing queue closes the channel, so each check gets its own.
    const channel = await connection.createChannel();
    channel.on('error', () => undefined);
    try {
      return (await channel.checkQueue(queue)).messageCount;
    } catch {
      return 0;
    } finally {
      await channel.close().catch(() => undefined);
    }
  };
  try {
    let ready = 0;
    let deadLettered = 0;
    for (const module of MODULE_NAMES) {
      for (const queue of names.shardQueues(module, shards)) ready += await depth(queue);
      deadLettered += await depth(names.deadLetterQueue(module));
    }
    return { ready, deadLettered };
  } finally {
    await connection.close().catch(() => undefined);
  }
}
