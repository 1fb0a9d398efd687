// khabar's own Redis writes, as Lua scripts: each runs atomically, and they go through the client
// interface BullMQ exposes (defineCommand / runCommand), whatever Redis client it is built on.

import type { RedisClient } from 'bullmq';
import type { keysOf } from './connection.js';

type Keys = ReturnType<typeof keysOf>;

const SCRIPTS = {
  // KEYS: ids, seq, results. ARGV: document ids. Registers each new id in submission order and answers,
  // per id, 1 when it needs a job and 0 when its result is already stored.
  khabarRegister: {
    numberOfKeys: 3,
    lua: `
local out = {}
for i = 1, #ARGV do
  local id = ARGV[i]
  if redis.call('HEXISTS', KEYS[3], id) == 1 then
    out[i] = 0
  else
    if not redis.call('ZSCORE', KEYS[1], id) then
      redis.call('ZADD', KEYS[1], redis.call('INCR', KEYS[2]), id)
    end
    out[i] = 1
  end
end
return out`,
  },
  // KEYS: results, errors. ARGV: id, record, '1' for an error record. An analysis replaces whatever
  // was there; an error record never replaces an analysis.
  khabarStore: {
    numberOfKeys: 2,
    lua: `
if ARGV[3] == '1' then
  if redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2]) == 1 then redis.call('SADD', KEYS[2], ARGV[1]) end
else
  redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
  redis.call('SREM', KEYS[2], ARGV[1])
end
return 1`,
  },
  // KEYS: results, errors. ARGV: ids. For each id: its record (or false) and 1 when it is an error.
  khabarFetch: {
    numberOfKeys: 2,
    lua: `
local out = {}
for i = 1, #ARGV do
  out[2 * i - 1] = redis.call('HGET', KEYS[1], ARGV[i])
  out[2 * i] = redis.call('SISMEMBER', KEYS[2], ARGV[i])
end
return out`,
  },
  // KEYS: ids, results, errors.
  khabarCounts: {
    numberOfKeys: 3,
    lua: `return { redis.call('ZCARD', KEYS[1]), redis.call('HLEN', KEYS[2]), redis.call('SCARD', KEYS[3]) }`,
  },
} as const;

const defined = new WeakSet<object>();

function ready(client: RedisClient): RedisClient {
  if (!defined.has(client)) {
    for (const [name, script] of Object.entries(SCRIPTS)) client.defineCommand(name, script);
    defined.add(client);
  }
  return client;
}

/** Registers ids (see khabarRegister); true where a job is needed. */
export async function registerIds(client: RedisClient, keys: Keys, ids: readonly string[]): Promise<boolean[]> {
  const answer = (await ready(client).runCommand('khabarRegister', [keys.ids, keys.seq, keys.results, ...ids])) as number[];
  return answer.map((n) => n === 1);
}

/** Stores a document's record by its id. */
export async function storeRecord(client: RedisClient, keys: Keys, id: string, record: string, isError: boolean): Promise<void> {
  await ready(client).runCommand('khabarStore', [keys.results, keys.errors, id, record, isError ? '1' : '0']);
}

/** [submitted, results, errors]. */
export async function countRecords(client: RedisClient, keys: Keys): Promise<[number, number, number]> {
  return (await ready(client).runCommand('khabarCounts', [keys.ids, keys.results, keys.errors])) as [number, number, number];
}

/** The stored records of ids: [record or null, is an error record]. */
export async function fetchRecords(client: RedisClient, keys: Keys, ids: readonly string[]): Promise<[string | null, boolean][]> {
  const flat = (await ready(client).runCommand('khabarFetch', [keys.results, keys.errors, ...ids])) as (string | null | number)[];
  return ids.map((_, i) => [typeof flat[2 * i] === 'string' ? (flat[2 * i] as string) : null, flat[2 * i + 1] === 1]);
}
