import { describe, expect, it } from 'vitest';
import { moduleNames } from '../../generators/module/module-names.js';

describe('moduleNames', () => {
  it('cases order-items for every target', () => {
    expect(moduleNames('order-items')).toEqual({
      plural: 'order-items',
      singular: 'order-item',
      Plural: 'OrderItems',
      Singular: 'OrderItem',
      pluralCamel: 'orderItems',
      singularCamel: 'orderItem',
      SINGULAR: 'ORDER_ITEM',
      table: 'order_items',
    });
  });

  it('accepts a singular name and pluralises it', () => {
    expect(moduleNames('category')).toMatchObject({ plural: 'categories', Singular: 'Category', table: 'categories' });
  });

  it.each([
    ['class', /reserved word/],
    ['classes', /reserved word once cased \("class"\)/],
    ['constructor', /reserved word/],
    ['prototype', /reserved word/],
    ['auth', /clashes with the project's own/],
    ['users', /clashes/],
    ['user', /clashes/],
    ['health', /clashes/],
    ['Orders', /must be kebab-case/],
    ['order_items', /must be kebab-case/],
    ['../orders', /must be kebab-case/],
    ['news', /no distinct singular and plural/],
  ])('refuses %s', (name, message) => {
    expect(() => moduleNames(name)).toThrow(message);
  });
});
