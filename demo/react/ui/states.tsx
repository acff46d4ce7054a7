// Loading, failure and empty states the shopper understands.
import type { ReactNode } from 'react';
import { problemOf } from '../shop/format';

/** A calm "loading" line; `label` says what is coming. */
export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="loading" role="status" aria-live="polite" data-test="loading">
      <span className="spinner" aria-hidden="true" />
      {label}
    </div>
  );
}

/** A failure with what it means for the shopper and, where it may help, a retry button. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const problem = problemOf(error);
  return (
    <div className="problem" role="alert" data-test="error">
      <strong>{problem.title}</strong>
      <span>{problem.detail}</span>
      {onRetry && problem.retry ? (
        <button type="button" className="button secondary" onClick={onRetry} data-test="retry">
          Try again
        </button>
      ) : null}
    </div>
  );
}

/** Nothing to show, with a way on. */
export function Empty({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty" data-test="empty">
      <h2>{title}</h2>
      {children}
    </div>
  );
}
