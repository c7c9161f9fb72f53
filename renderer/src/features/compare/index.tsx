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
  return jabatanId ? <PoolView key={jabatanId} jabatanId={jabatanId} /> : <PoolList />;
}
