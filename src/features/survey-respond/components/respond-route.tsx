import { useMemo } from 'react';
import { useParams } from 'react-router';
import { useBackend } from '@/data/backend-context';
import type { PublicRpc } from '@/data/public-rpc';
import { RespondPage } from './respond-page';

/** /s/:slug reached from inside the creator app (the lean entry serves direct visits). */
export function RespondRoute() {
  const { slug = '' } = useParams();
  const backend = useBackend();
  const rpc = useMemo<PublicRpc>(() => (fn, args) => backend.rpc(fn, args as never, { asAnon: true }), [backend]);
  return <RespondPage slug={slug} rpc={rpc} localMode={backend.kind === 'embedded'} />;
}
