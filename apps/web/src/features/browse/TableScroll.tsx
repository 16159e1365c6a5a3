import type { ReactNode } from 'react';

/**
 * A wide table's frame: it scrolls sideways on narrow screens, and is a tab stop so that keyboard users can scroll it
 * too (axe: scrollable-region-focusable). `label` names it for that stop, usually the table's caption.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" tabIndex={0} role="group" aria-label={label}>
      {children}
    </div>
  );
}
