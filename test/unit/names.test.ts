import { describe, expect, it } from 'vitest';
import { nameListProblems, nameProblem } from '../../src/options/names.js';

describe('module and service names', () => {
  it.each(['users', 'orders', 'order-items', 'v2-orders', 'order2'])('accepts %s', (name) => {
    expect(nameProblem(name, 'module')).toBeUndefined();
  });

  it('refuses names that are not identifiers once cased, with a suggestion when there is one', () => {
    expect(nameProblem('1orders', 'module')).toBe('module name "1orders" must be kebab-case and start with a letter');
    expect(nameProblem('OrderItems', 'module')).toBe(
      'module name "OrderItems" must be kebab-case and start with a letter; try "order-items"',
    );
    expect(nameProblem('order_items', 'service')).toBe(
      'service name "order_items" must be kebab-case and start with a letter; try "order-items"',
    );
    expect(nameProblem('', 'module')).toBe('module name "" must be kebab-case and start with a letter');
    expect(nameProblem('../etc', 'module')).toMatch(/^module name "..\/etc" must be kebab-case/);
  });

  it.each(['class', 'constructor', 'prototype', 'new', 'default'])('refuses the reserved word %s', (name) => {
    expect(nameProblem(name, 'module')).toBe(`module name "${name}" is a reserved word once cased ("${name}")`);
  });

  it('refuses a name that becomes a reserved word once camel-cased', () => {
    expect(nameProblem('has-own-property', 'module')).toBe(
      'module name "has-own-property" is a reserved word once cased ("hasOwnProperty")',
    );
  });

  it('reports duplicates once per repeat', () => {
    expect(nameListProblems(['users', 'orders', 'users', 'users'], 'module')).toEqual([
      'duplicate module name "users"',
      'duplicate module name "users"',
    ]);
    expect(nameListProblems(['users', 'orders'], 'module')).toEqual([]);
  });
});
