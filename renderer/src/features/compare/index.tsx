import { useAppState } from '../../app/app-state';
import { PoolList } from './PoolList';
import { PoolView } from './PoolView';

/**
 * The deliberation workspace. Without a post it lists the pools; with route.params.jabatanId (from
 * the list or the request drawer) it opens that pool directly.
 */
export function CompareScreen() {
  const { route } = useAppState();
  const jabatanId = typeof route.params?.jabatanId === 'string' ? route.params.jabatanId : null;
  // From the request list: the 2–6 picked people open straight into their comparison.
  const nips = Array.isArray(route.params?.nips) ? (route.params.nips as string[]) : undefined;
  return jabatanId ? <PoolView key={jabatanId} jabatanId={jabatanId} initialCompare={nips} /> : <PoolList />;
}
