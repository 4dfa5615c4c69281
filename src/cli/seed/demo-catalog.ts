/** Deterministic demo content: the same seed number always produces the same catalog. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ADJECTIVES = [
  'Compact',
  'Wireless',
  'Organic',
  'Vintage',
  'Ergonomic',
  'Waterproof',
  'Smart',
  'Handmade',
  'Foldable',
  'Premium',
];
const MATERIALS = ['bamboo', 'steel', 'cotton', 'leather', 'ceramic', 'oak', 'wool', 'glass', 'carbon', 'linen'];
const NOUNS = [
  'headphones',
  'desk lamp',
  'backpack',
  'coffee grinder',
  'yoga mat',
  'kettle',
  'office chair',
  'sneakers',
  'tent',
  'blender',
  'notebook',
  'keyboard',
  'water bottle',
  'jacket',
  'speaker',
  'teapot',
  'bicycle helmet',
  'sunglasses',
  'cutting board',
  'pillow',
];
const USES = ['commuting', 'camping', 'home office', 'travel', 'the kitchen', 'running', 'studying', 'gifts'];

/** The department a noun is sold in, a product's first category. */
const DEPARTMENTS: Record<string, string> = {
  headphones: 'audio',
  'desk lamp': 'lighting',
  backpack: 'bags',
  'coffee grinder': 'kitchen',
  'yoga mat': 'fitness',
  kettle: 'kitchen',
  'office chair': 'furniture',
  sneakers: 'footwear',
  tent: 'camping',
  blender: 'kitchen',
  notebook: 'stationery',
  keyboard: 'computing',
  'water bottle': 'outdoor',
  jacket: 'clothing',
  speaker: 'audio',
  teapot: 'kitchen',
  'bicycle helmet': 'cycling',
  sunglasses: 'accessories',
  'cutting board': 'kitchen',
  pillow: 'bedding',
};

/** What a product is designed for, as a second category. */
const USE_CATEGORIES: Record<string, string> = {
  commuting: 'commuting',
  camping: 'outdoor',
  'home office': 'home-office',
  travel: 'travel',
  'the kitchen': 'kitchen',
  running: 'running',
  studying: 'study',
  gifts: 'gifts',
};
const PRAISE = [
  'sturdy',
  'comfortable',
  'quiet',
  'beautiful',
  'lightweight',
  'great value',
  'well made',
  'easy to clean',
];
const COMPLAINTS = [
  'scratches easily',
  'arrived late',
  'smaller than expected',
  'a bit noisy',
  'instructions unclear',
  'colour faded',
];

export interface DemoProduct {
  sku: string;
  name: string;
  description: string;
  price: { amount: number; currency: string };
  initialStock: number;
  categories: string[];
}

export interface DemoReview {
  title: string;
  body: string;
  stars: number;
}

const pick = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)];

export function demoProduct(next: () => number, index: number, run: string): DemoProduct {
  const noun = pick(next, NOUNS);
  const material = pick(next, MATERIALS);
  const name = `${pick(next, ADJECTIVES)} ${material} ${noun}`;
  const use = pick(next, USES);
  return {
    sku: `DEMO-${run}-${String(index).padStart(4, '0')}`,
    name,
    description: `A ${material} ${noun} designed for ${use}. ${pick(next, PRAISE)} and built to last.`,
    price: { amount: 500 + Math.floor(next() * 20000), currency: pick(next, ['EUR', 'USD', 'GBP']) },
    initialStock: Math.floor(next() * 40),
    categories: [...new Set([DEPARTMENTS[noun], USE_CATEGORIES[use]])],
  };
}

export function demoReview(next: () => number): DemoReview {
  const stars = 1 + Math.floor(next() * 5);
  const positive = stars >= 4;
  const remark = positive ? pick(next, PRAISE) : pick(next, COMPLAINTS);
  return {
    title: positive ? `Really ${remark}` : `Disappointed: ${remark}`,
    body: `${positive ? 'Very happy.' : 'Not what I hoped.'} It is ${remark}; I use it for ${pick(next, USES)}.`,
    stars,
  };
}
