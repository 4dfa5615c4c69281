import { availabilityTransition } from './availability-transition';

describe('availabilityTransition', () => {
  it('reports out-of-stock when the last units go', () => {
    expect(availabilityTransition(1, 0)).toBe('out-of-stock');
    expect(availabilityTransition(40, 0)).toBe('out-of-stock');
  });

  it('reports back-in-stock when units return to an empty stock', () => {
    expect(availabilityTransition(0, 1)).toBe('back-in-stock');
    expect(availabilityTransition(0, 500)).toBe('back-in-stock');
  });

  it('reports nothing when availability does not cross zero', () => {
    expect(availabilityTransition(5, 3)).toBeUndefined();
    expect(availabilityTransition(3, 8)).toBeUndefined();
    expect(availabilityTransition(0, 0)).toBeUndefined();
    expect(availabilityTransition(7, 7)).toBeUndefined();
  });
});
