import { lazy, Suspense } from 'react';
import { Loading } from '../common/Loading';
import type { ComposerProps } from './Composer';

const Composer = lazy(() => import('./Composer'));

/** The composer, loaded when first opened (with the Markdown renderer of its preview). */
export function LazyComposer(props: ComposerProps) {
  return (
    <Suspense fallback={<Loading />}>
      <Composer {...props} />
    </Suspense>
  );
}
