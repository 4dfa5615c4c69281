"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.random = random;
exports.demoProduct = demoProduct;
exports.demoReview = demoReview;
/** Deterministic demo content: the same seed number always produces the same catalog. */
function random(seed) {
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
const pick = (next, items) => items[Math.floor(next() * items.length)];
function demoProduct(next, index, run) {
    const noun = pick(next, NOUNS);
    const material = pick(next, MATERIALS);
    return {
        sku: `DEMO-${run}-${String(index).padStart(4, '0')}`,
        name: `${pick(next, ADJECTIVES)} ${material} ${noun}`,
        description: `A ${material} ${noun} designed for ${pick(next, USES)}. ${pick(next, PRAISE)} and built to last.`,
        price: { amount: 500 + Math.floor(next() * 20000), currency: pick(next, ['EUR', 'USD', 'GBP']) },
        initialStock: Math.floor(next() * 40),
    };
}
function demoReview(next) {
    const stars = 1 + Math.floor(next() * 5);
    const positive = stars >= 4;
    const remark = positive ? pick(next, PRAISE) : pick(next, COMPLAINTS);
    return {
        title: positive ? `Really ${remark}` : `Disappointed: ${remark}`,
        body: `${positive ? 'Very happy.' : 'Not what I hoped.'} It is ${remark}; I use it for ${pick(next, USES)}.`,
        stars,
    };
}
