// The entity lexicons khabar ships, in lexicons/.

/** Shipped entity lexicons, in priority order (an earlier file wins a tie between equal names). */
export const SHIPPED_ENTITY_FILES = [
  'countries.jsonl',
  'places.jsonl',
  'organizations.jsonl',
  'people-mena.jsonl',
  'people-world.jsonl',
  'weapons.jsonl',
  'cities.jsonl',
  'anercorp.jsonl',
];
