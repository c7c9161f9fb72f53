import { Nip } from '../../app/Redacted';
import { useProjector } from '../../app/app-state';

/** A value from the file: NIPs masked, everything else hidden in projector mode (names, addresses). */
export function SampleValue({ value }: { value: string }) {
  const projector = useProjector();
  if (/^\d{18}$/.test(value)) return <Nip nip={value} />;
  if (projector && value) return <span>•••</span>;
  return <>{value}</>;
}
