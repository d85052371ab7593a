import type {LocalCustomer, LocalProduct, LocalShop} from './state';

const FIRST = [
  'Ada',
  'Grace',
  'Alan',
  'Katherine',
  'Tim',
  'Margaret',
  'Linus',
  'Barbara',
  'Dennis',
  'Radia',
  'Ken',
  'Frances',
  'Edsger',
  'Hedy',
  'Donald',
  'Joan',
];
const LAST = [
  'Lovelace',
  'Hopper',
  'Turing',
  'Johnson',
  'Berners-Lee',
  'Hamilton',
  'Torvalds',
  'Liskov',
  'Ritchie',
  'Perlman',
  'Thompson',
  'Allen',
  'Dijkstra',
  'Lamarr',
  'Knuth',
  'Clarke',
];

const CATALOGUE: [string, string][] = [
  ['Beeswax pillar candle', '18.00'],
  ['Linen tea towel', '12.50'],
  ['Stoneware mug', '16.00'],
  ['Hand-thrown bowl', '28.00'],
  ['Olive wood spoon', '9.50'],
  ['Wool throw', '64.00'],
  ['Letterpress card set', '11.00'],
  ['Copper watering can', '42.00'],
];

/** The demo catalogue: eight products a small homeware shop might sell. */
export function seedProducts(shop: LocalShop): LocalProduct[] {
  shop.products = CATALOGUE.map(([title, price], i) => ({
    id: `gid://shopify/Product/${8_100_000_000_000 + i}`,
    title,
    price,
    sku: `HT-${String(i + 1).padStart(3, '0')}`,
  }));
  return shop.products;
}

/** A small deterministic PRNG (mulberry32), so seeded shops look the same every run. */
export function rng(seed: number) {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Adds `count` customers with realistic names, emails, consent (about 70%) and tags. */
export function seedCustomers(shop: LocalShop, count: number, seed = 1): LocalCustomer[] {
  const rand = rng(seed);
  const added: LocalCustomer[] = [];
  for (let i = 0; i < count; i++) {
    const n = shop.customers.size + 1;
    const firstName = FIRST[Math.floor(rand() * FIRST.length)]!;
    const lastName = LAST[Math.floor(rand() * LAST.length)]!;
    const customer: LocalCustomer = {
      id: `gid://shopify/Customer/${7_000_000_000_000 + n}`,
      firstName,
      lastName,
      email: rand() < 0.95 ? `${firstName}.${lastName}.${n}@example.com`.toLowerCase() : null,
      acceptsMarketing: rand() < 0.7,
      tags: rand() < 0.15 ? ['VIP'] : [],
    };
    shop.customers.set(customer.id, customer);
    added.push(customer);
  }
  return added;
}
