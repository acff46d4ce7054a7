import { useEffect, useState, type FormEvent } from 'react';
import { navigate, useLocation } from '../shop/router';

/** The header's search field; it shows the term of the results on screen. */
export function SearchBox() {
  const { path, query } = useLocation();
  const current = path === '/search' ? (query.get('q') ?? '') : '';
  const [term, setTerm] = useState(current);
  useEffect(() => setTerm(current), [current]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const q = term.trim();
    navigate(q ? `/search?q=${encodeURIComponent(q)}` : '/');
  };
  return (
    <form className="search" role="search" onSubmit={submit}>
      <input type="search" value={term} onChange={(e) => setTerm(e.target.value)} placeholder="Search towels, planters, cookware…" aria-label="Search products" data-test="search-input" />
      <button type="submit" className="button primary" data-test="search-submit">
        Search
      </button>
    </form>
  );
}
