import { describe, expect, it } from 'vitest';
import { toggleNav, withFragment } from '../src/nav.js';

/** The few DOM attribute methods toggleNav uses. */
function element(attributes = {}) {
  const values = new Map(Object.entries(attributes));
  return {
    getAttribute: (name) => (values.has(name) ? values.get(name) : null),
    setAttribute: (name, value) => values.set(name, String(value)),
    removeAttribute: (name) => values.delete(name),
    hasAttribute: (name) => values.has(name),
  };
}

describe('toggleNav', () => {
  it('should open a closed navigation and close it again', () => {
    const button = element({ 'aria-expanded': 'false' });
    const nav = element();

    expect(toggleNav(button, nav)).toBe(true);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(nav.hasAttribute('data-open')).toBe(true);

    expect(toggleNav(button, nav)).toBe(false);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(nav.hasAttribute('data-open')).toBe(false);
  });
});

describe('withFragment', () => {
  it('should carry the fragment into the return path', () => {
    expect(withFragment('/lang/en?return=%2Fcourses%3Fpage%3D2', '#filters'))
      .toBe('/lang/en?return=%2Fcourses%3Fpage%3D2%23filters');
  });

  it('should leave the link alone without a fragment', () => {
    expect(withFragment('/lang/en?return=%2F', '')).toBe('/lang/en?return=%2F');
    expect(withFragment('/lang/en?return=%2F', '#')).toBe('/lang/en?return=%2F');
  });

  it('should leave a link without a return path alone', () => {
    expect(withFragment('/lang/en', '#top')).toBe('/lang/en');
  });
});
