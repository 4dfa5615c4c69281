/** A small deterministic PRNG (mulberry32), so every run seeds the same catalogue text. */
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

const words = (text: string) => text.trim().split(/\s+/);

export const ADJECTIVES = words(`vintage compact wireless ergonomic rugged classic modern portable premium lightweight
  waterproof handmade foldable adjustable insulated minimalist durable cordless smart heavy-duty slim deluxe organic
  electric manual digital retro nordic industrial travel outdoor indoor kids professional`);
export const MATERIALS = words('leather cotton steel bamboo oak ceramic wool linen glass copper walnut canvas');
export const NOUNS = words(`backpack headphones kettle lamp chair desk mug blanket speaker keyboard jacket boots tent
  bottle grinder skillet pillow watch wallet umbrella notebook blender stool rug toaster scarf helmet tripod mouse
  monitor router charger cable drone camera lens sofa shelf mattress duvet towel apron teapot saucepan wok knife
  cutting-board colander whisk ladle thermos cooler hammock lantern compass binoculars kayak paddle skateboard scooter
  bicycle saddle pump gloves beanie sweater hoodie jeans sneakers sandals belt sunglasses bracelet necklace earrings
  ring perfume candle vase frame clock mirror planter watering-can shovel rake hose sprinkler drill hammer wrench
  screwdriver ladder toolbox flashlight battery projector turntable microphone guitar ukulele piano drum violin easel
  sketchbook stapler calendar briefcase suitcase duffel passport-holder`);

/** The department each noun is sold in: a product's first category, as a shop's catalogue would file it. */
const DEPARTMENTS: Record<string, string> = Object.fromEntries(
  Object.entries({
    bags: 'backpack wallet briefcase suitcase duffel passport-holder',
    audio: 'headphones speaker turntable microphone',
    kitchen: `kettle mug grinder skillet blender toaster teapot saucepan wok knife cutting-board colander whisk ladle
      apron thermos`,
    lighting: 'lamp lantern flashlight candle',
    furniture: 'chair desk stool sofa shelf',
    bedding: 'blanket pillow mattress duvet towel',
    'home-decor': 'rug vase frame clock mirror',
    computing: 'keyboard mouse monitor router charger cable',
    photo: 'tripod drone camera lens projector',
    clothing: 'jacket scarf gloves beanie sweater hoodie jeans belt',
    footwear: 'boots sneakers sandals',
    camping: 'tent bottle cooler hammock compass binoculars umbrella',
    'water-sports': 'kayak paddle',
    cycling: 'helmet bicycle saddle pump scooter skateboard',
    jewellery: 'watch sunglasses bracelet necklace earrings ring perfume',
    garden: 'planter watering-can shovel rake hose sprinkler',
    tools: 'drill hammer wrench screwdriver ladder toolbox battery',
    music: 'guitar ukulele piano drum violin',
    stationery: 'notebook stapler calendar easel sketchbook',
  }).flatMap(([department, nouns]) => words(nouns).map((noun) => [noun, department])),
);

/** Adjectives that also file a product under a use or a theme, its second category. */
const THEMES: Record<string, string> = {
  travel: 'travel',
  outdoor: 'outdoor',
  kids: 'kids',
  smart: 'smart-home',
  handmade: 'handmade',
  organic: 'eco',
  premium: 'gifts',
  deluxe: 'gifts',
};

/** The categories of a product named `<adjective> <material> <noun>`: its noun's department and its adjective's theme. */
export function categoriesOf(name: string): string[] {
  const [adjective, , noun] = name.split(' ');
  return [DEPARTMENTS[noun], THEMES[adjective]].filter((category): category is string => category !== undefined);
}

// Drawn with a Zipf distribution: stop words first (as in real English; full-text search drops them),
// then common review words, then a long tail of made-up words. So a few words are everywhere and most
// are rare, as in real text, which is what matching and ranking cost depends on.
const STOP_WORDS = words(`the a and it is was to of for with this that in on my i you but not very so be have
  had as at are they them its from or one all just would after again when than`);
const COMMON = words(`great good solid sturdy comfortable quiet loud cheap expensive worth price quality broke returned
  love recommend disappointed excellent perfect gift daily travel office kitchen battery sound fabric stitching
  warranty shipping fast slow fits small large color design easy setup cleaning warm cold works sturdy flimsy heavy
  light bright dim soft hard smell noise value packaging instructions assembly replacement support refund leak
  scratch dent durable reliable stylish ugly elegant cozy bulky compact handy useful useless amazing terrible okay
  decent fine nice awesome happy unhappy satisfied upgrade downgrade version model size weight finish texture grip
  button switch strap zipper pocket handle lid cord plug app bluetooth wifi charge charging hours minutes weeks months
  years`);
const SYLLABLES = words('ka lo mi ne ru sa te vi zo ba de fi go hu ja ke li mo nu pa qui re si to u ve wa xi yo ze');
const TAIL = Array.from({ length: 3000 }, (_, index) => {
  let word = '';
  for (let value = index + 7; word.length < 6 || value > 0; value = Math.floor(value / SYLLABLES.length)) {
    word += SYLLABLES[value % SYLLABLES.length];
  }
  return word;
});
const VOCABULARY = [...STOP_WORDS, ...COMMON, ...TAIL];
const CUMULATIVE = (() => {
  let sum = 0;
  return VOCABULARY.map((_, rank) => (sum += 1 / (rank + 1)));
})();

function zipfWord(next: () => number): string {
  const target = next() * CUMULATIVE[CUMULATIVE.length - 1];
  let low = 0;
  let high = CUMULATIVE.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (CUMULATIVE[middle] < target) low = middle + 1;
    else high = middle;
  }
  return VOCABULARY[low];
}

/** Picks uniformly from `choices`. */
export function pick<T>(next: () => number, choices: readonly T[]): T {
  return choices[Math.floor(next() * choices.length)];
}

export function sentence(next: () => number, length: number): string {
  return Array.from({ length }, () => zipfWord(next)).join(' ');
}
