import type { ElementType, ReactNode } from 'react';

/** Read by screen readers, not shown: for labels whose meaning the layout already shows. */
export function VisuallyHidden({ as: Tag = 'span', children }: { as?: ElementType; children: ReactNode }) {
  return <Tag className="visually-hidden">{children}</Tag>;
}
