import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse, stripIgnoredCharacters, validate, buildSchema, Kind } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as generated from '../../src/graphql/generated/graphql';
import { sampleCatalog } from '../../src/simulator/catalog';
import { createGraphQLExecutor } from '../../src/simulator/graphql';
import { graphqlDocumentsPlugin } from '../../vite.config';

// The documents as a browser bundle carries them: the plugin run over the committed generated code.
const file = fileURLToPath(new URL('../../src/graphql/generated/graphql.ts', import.meta.url));
const plugin = graphqlDocumentsPlugin();
const transform = plugin.transform as (code: string, id: string) => { code: string } | null;
const bundled = new Map(
  [...transform(readFileSync(file, 'utf8'), file)!.code.matchAll(/export const (\w+) = ("(?:\\.|[^"\\])*")/g)].map(
    ([, name, literal]) => [name!, JSON.parse(literal!) as string],
  ),
);
const schema = buildSchema(readFileSync(new URL('../../graphql/schema.graphql', import.meta.url), 'utf8'));
const operations = Object.entries(generated).filter(([name]) => name.endsWith('Document') && !name.endsWith('FragmentDoc'));

describe('graphqlDocumentsPlugin', () => {
  it('turns every document into a plain string with no class left to bundle', () => {
    expect(operations.length).toBeGreaterThan(10);
    for (const [name] of operations) expect(typeof bundled.get(name), name).toBe('string');
    expect(transform(readFileSync(file, 'utf8'), file)!.code).not.toMatch(/new TypedDocumentString\(/);
  });

  it('inlines every fragment into documents that still validate against the schema', () => {
    for (const [name] of operations) {
      const document = parse(bundled.get(name)!);
      expect(validate(schema, document), name).toEqual([]);
      expect(document.definitions.map((d) => d.kind), name).toEqual([Kind.OPERATION_DEFINITION]);
      expect(bundled.get(name), name).toBe(stripIgnoredCharacters(bundled.get(name)!));
    }
    // Shorter than codegen's text, even stripped of whitespace.
    const product = bundled.get('ProductDocument')!;
    expect(product.length).toBeLessThan(stripIgnoredCharacters(String(generated.ProductDocument)).length);
  });

  it('asks for exactly the data the codegen document asks for', async () => {
    const run = createGraphQLExecutor(sampleCatalog());
    const cases: [string, Record<string, unknown>][] = [
      ['ProductsDocument', { first: 5, currencyCode: 'EUR' }],
      ['ProductDocument', { entityId: 101 }],
      ['ProductDocument', { sku: 'TOWEL-TC-CHARCOAL-BATHSHEET', currencyCode: 'GBP' }],
      ['CategoryPageDocument', { entityId: 21, filters: { categoryEntityId: 21 }, first: 4 }],
      ['SearchProductsDocument', { filters: { searchTerm: 'towel' }, first: 3 }],
      ['RouteDocument', { path: '/turkish-cotton-bath-towel/' }],
      ['BrandsDocument', {}],
      ['CategoryTreeDocument', {}],
    ];
    for (const [name, variables] of cases) {
      const original = await run({ query: String(generated[name as keyof typeof generated]), variables });
      const inlined = await run({ query: bundled.get(name)!, variables });
      expect(original.errors, name).toBeUndefined();
      expect(JSON.stringify(original.data).length, `${name} answers real data`).toBeGreaterThan(150);
      expect(inlined, name).toEqual(original);
    }
  });

  it('leaves a document the schema does not know as codegen wrote it, only stripped', () => {
    const code = 'export const XDocument = new TypedDocumentString(`\n  query X { nope { ...F } }\n  fragment F on Nope { a }\n`);';
    expect(transform(code, '/app/src/generated/graphql.ts')!.code).toBe(
      'export const XDocument = "query X{nope{...F}}fragment F on Nope{a}";',
    );
    expect(transform(code, '/app/src/other.ts')).toBeNull();
  });
});
