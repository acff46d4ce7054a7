import { describe, expect, it } from 'vitest';
import { readOperation } from '../../src/graphql/operation-name';

describe('readOperation', () => {
  it.each([
    ['query Products($first: Int) { site { a } }', 'query', 'Products'],
    ['\n    query Products { site { a } }\n fragment F on Site { b }', 'query', 'Products'],
    ['mutation AddCartLineItems($input: AddCartLineItemsInput!) { cart { a } }', 'mutation', 'AddCartLineItems'],
    ['subscription Ticks { t }', 'subscription', 'Ticks'],
    ['query{ site { a } }', 'query', undefined],
    ['mutation { login { a } }', 'mutation', undefined],
    ['{ site { settings { storeName } } }', 'query', undefined],
    ['# query Commented\nquery Real { a }', 'query', 'Real'],
    ['fragment F on Product { name prices { price { value } } }\nquery AfterFragment { a }', 'query', 'AfterFragment'],
    ['fragment F on Search { results { a } query }\nmutation Real { a }', 'mutation', 'Real'],
    ['query _private2 { a }', 'query', '_private2'],
    ['query Filtered($f: In = { a: { b: 1 } }) { x(f: $f) { y } }', 'query', 'Filtered'],
    ['fragment F on X { y { z } }\nquery Q($f: In = { a: 1 }) @cached { x }', 'query', 'Q'],
  ])('%j → %s %s', (document, kind, name) => {
    expect(readOperation(document)).toEqual({ kind, name });
  });

  it('does not take a field called "query" or "mutation" in a selection for the operation', () => {
    expect(readOperation('query Search { search { query mutation } }')).toEqual({ kind: 'query', name: 'Search' });
    expect(readOperation('queryX { a }')).toBeUndefined();
  });

  it('finds nothing in text without an operation', () => {
    expect(readOperation('fragment F on Product { name }')).toBeUndefined();
    expect(readOperation('')).toBeUndefined();
    expect(readOperation('[object Object]')).toBeUndefined();
  });
});
