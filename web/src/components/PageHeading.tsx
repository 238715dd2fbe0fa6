import { useEffect, useRef, type ReactNode } from 'react';
import { hasNavigated } from '../router';

/**
 * The page's h1, which sets the document title. After a client-side navigation it takes focus, so
 * keyboard and screen-reader users start at the new page's top, as after a full page load (where
 * it does not, so the skip link stays the first stop).
 */
export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Tandem console`;
    if (hasNavigated()) ref.current?.focus();
  }, [title]);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-title">
      {children ?? title}
    </h1>
  );
}
