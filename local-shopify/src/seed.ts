import type { LocalCustomer, LocalShop } from './state';

const FIRST = ['Ada', 'Grace', 'Alan', 'Katherine', 'Tim', 'Margaret', 'Linus', 'Barbara', 'Dennis', 'Radia', 'Ken', 'Frances', 'Edsger', 'Hedy', 'Donald', 'Joan'];
const LAST = ['Lovelace', 'Hopper', 'Turing', 'Johnson', 'Berners-Lee', 'Hamilton', 'Torvalds', 'Liskov', 'Ritchie', 'Perlman', 'Thompson', 'Allen', 'Dijkstra', 'Lamarr', 'Knuth', 'Clarke'];

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
