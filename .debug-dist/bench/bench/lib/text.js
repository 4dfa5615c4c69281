"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.NOUNS = exports.MATERIALS = exports.ADJECTIVES = void 0;
exports.random = random;
exports.pick = pick;
exports.sentence = sentence;
/** A small deterministic PRNG (mulberry32), so every run seeds the same catalogue text. */
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
exports.ADJECTIVES = ('vintage compact wireless ergonomic rugged classic modern portable premium lightweight waterproof ' +
    'handmade foldable adjustable insulated minimalist durable cordless smart heavy-duty slim deluxe organic').split(' ');
exports.MATERIALS = 'leather cotton steel bamboo oak ceramic wool linen glass copper walnut canvas'.split(' ');
exports.NOUNS = ('backpack headphones kettle lamp chair desk mug blanket speaker keyboard jacket boots tent bottle ' +
    'grinder skillet pillow watch wallet umbrella notebook blender stool rug toaster scarf helmet tripod').split(' ');
const REVIEW_WORDS = ('great good solid sturdy comfortable quiet loud cheap expensive worth price quality broke returned ' +
    'love recommend disappointed excellent perfect gift daily travel office kitchen battery sound fabric ' +
    'stitching warranty shipping fast slow fits small large color design easy setup cleaning warm cold ' +
    'the and it is was for with very after month week year would again but not really works').split(' ');
/** Picks skewed towards the front of `words`, like real text where a few words dominate. */
function pick(next, words) {
    return words[Math.floor(next() ** 2 * words.length)];
}
function sentence(next, length) {
    return Array.from({ length }, () => pick(next, REVIEW_WORDS)).join(' ');
}
