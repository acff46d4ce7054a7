// Faceted navigation: each facet the store returns as a group of checkboxes (brands, categories,
// attributes, stock and shipping), plus a price range. What is ticked lives in the URL query.
import type { SearchFacet } from 'bc-storefront';
import { useState, type FormEvent } from 'react';
import { navigate, useLocation } from '../shop/router';
import { toggled, withQuery } from './listing-query';

interface Choice {
  key: string;
  label: string;
  count: number;
  checked: boolean;
  change: string;
}

const SHORT_LIST = 6;

function FacetGroup({ title, choices }: { title: string; choices: Choice[] }) {
  const [all, setAll] = useState(false);
  if (!choices.length) return null;
  // A long list shows its first values and the ticked ones until the shopper asks for all.
  const shown = all || choices.length <= SHORT_LIST + 1 ? choices : choices.filter((c, i) => i < SHORT_LIST || c.checked);
  return (
    <fieldset className="facet" data-test={`facet-${title}`}>
      <legend>{title}</legend>
      {shown.map((choice) => (
        <label key={choice.key} className="check">
          <input type="checkbox" checked={choice.checked} onChange={() => navigate(choice.change, { replace: true, keepScroll: true })} />
          <span>{choice.label}</span>
          <span className="count">{choice.count}</span>
        </label>
      ))}
      {shown.length < choices.length ? (
        <button type="button" className="link-button small" onClick={() => setAll(true)}>
          Show all {choices.length}
        </button>
      ) : null}
    </fieldset>
  );
}

function PriceRange() {
  const { path, query } = useLocation();
  const [min, setMin] = useState(query.get('min') ?? '');
  const [max, setMax] = useState(query.get('max') ?? '');
  const apply = (event: FormEvent) => {
    event.preventDefault();
    navigate(path + withQuery(query, { min: min.trim() || null, max: max.trim() || null }), { replace: true, keepScroll: true });
  };
  return (
    <form className="facet price-range" onSubmit={apply} data-test="facet-price">
      <fieldset>
        <legend>Price</legend>
        <div className="row">
          <input inputMode="decimal" aria-label="Minimum price" placeholder="Min" value={min} onChange={(e) => setMin(e.target.value)} />
          <span>to</span>
          <input inputMode="decimal" aria-label="Maximum price" placeholder="Max" value={max} onChange={(e) => setMax(e.target.value)} />
          <button type="submit" className="button secondary small">
            Go
          </button>
        </div>
      </fieldset>
    </form>
  );
}

/** The facets of a listing, as the store returns them for its products. */
export function Facets({ facets }: { facets: readonly SearchFacet[] }) {
  const { path, query } = useLocation();
  const list = (key: string, id: string) => path + withQuery(query, { [key]: toggled(query.get(key), id) });
  const attrs = query.getAll('attr');
  const groups = facets.flatMap((facet): { title: string; choices: Choice[] }[] => {
    switch (facet.__typename) {
      case 'BrandSearchFilter': {
        const chosen = (query.get('brand') ?? '').split(',');
        const choices = (facet.brands.edges ?? []).map(({ node }) => ({
          key: String(node.entityId), label: node.name, count: node.productCount,
          checked: chosen.includes(String(node.entityId)), change: list('brand', String(node.entityId)),
        }));
        return [{ title: facet.displayName, choices }];
      }
      case 'CategorySearchFilter': {
        const chosen = (query.get('category') ?? '').split(',');
        const choices = (facet.categories.edges ?? []).map(({ node }) => ({
          key: String(node.entityId), label: node.name, count: node.productCount,
          checked: chosen.includes(String(node.entityId)), change: list('category', String(node.entityId)),
        }));
        return [{ title: facet.displayName, choices }];
      }
      case 'ProductAttributeSearchFilter': {
        const choices = (facet.attributes.edges ?? []).map(({ node }) => {
          const pair = `${facet.filterKey}:${node.value}`;
          const next = attrs.includes(pair) ? attrs.filter((a) => a !== pair) : [...attrs, pair];
          return { key: node.value, label: node.value, count: node.productCount, checked: attrs.includes(pair), change: path + withQuery(query, { attr: next }) };
        });
        return [{ title: facet.displayName, choices }];
      }
      case 'OtherSearchFilter': {
        const choices: Choice[] = [];
        const flag = (key: string, item: typeof facet.isInStock) => {
          if (!item) return;
          const on = query.get(key) === '1';
          choices.push({ key, label: item.displayName, count: item.productCount, checked: on, change: path + withQuery(query, { [key]: on ? null : '1' }) });
        };
        flag('instock', facet.isInStock);
        flag('freeship', facet.freeShipping);
        return [{ title: facet.displayName, choices }];
      }
      default:
        return [];
    }
  });
  const any = ['brand', 'category', 'attr', 'instock', 'freeship', 'min', 'max'].some((key) => query.has(key));
  // On a narrow screen the filters fold away behind their heading.
  const [open, setOpen] = useState(false);
  return (
    <aside className={open ? 'facets open' : 'facets'} aria-label="Filters" data-test="facets">
      <div className="facets-head">
        <h2>
          <button type="button" className="facets-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
            Filter
          </button>
        </h2>
        {any ? (
          <button type="button" className="link-button" onClick={() => navigate(path + withQuery(query, { brand: null, category: null, attr: null, instock: null, freeship: null, min: null, max: null }), { replace: true, keepScroll: true })}>
            Clear all
          </button>
        ) : null}
      </div>
      {groups.map((group) => (
        <FacetGroup key={group.title} title={group.title} choices={group.choices} />
      ))}
      {facets.some((f) => f.__typename === 'PriceSearchFilter') ? <PriceRange key={`${query.get('min')}-${query.get('max')}`} /> : null}
    </aside>
  );
}
