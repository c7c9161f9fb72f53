import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useProjector } from '../../app/app-state';
import type { Comparison } from '../../../../shared/compare/schemas';
import { haversineKm } from '../../../../shared/compare/geo';
import { colorVar, fmt1 } from './shared-ui';

const W = 320;
const H = 260;
const PAD = 24;

/**
 * Homes (numbered circles), current offices (small squares) and the post sought (black diamond),
 * placed by their coordinates on a flat projection; no tiles, so it works offline. Dashed lines
 * are the straight-line distances the table shows.
 */
export function DomicileMap({ data, order }: { data: Comparison; order: string[] }) {
  const { t } = useTranslation('compare');
  const post = data.jabatan.lokasi;
  // On a shared screen a dot would show where someone lives: draw only a ring at their distance from the post.
  const projector = useProjector();
  const cols = order.map((nip, pos) => ({ nip, pos, i: data.candidates.findIndex((c) => c.nip === nip) }));
  const lat0 = (post.lat * Math.PI) / 180;
  const degLat = haversineKm(post, { lat: post.lat + 1, lon: post.lon });
  const ringExtent = (km: number) => [
    { lat: post.lat + km / degLat, lon: post.lon }, { lat: post.lat - km / degLat, lon: post.lon },
    { lat: post.lat, lon: post.lon + km / degLat / Math.cos(lat0) }, { lat: post.lat, lon: post.lon - km / degLat / Math.cos(lat0) },
  ];
  const pts = [post, ...cols.flatMap(({ i }) => [
    ...(projector ? ringExtent(haversineKm(data.details[i]!.rumah, post)) : [data.details[i]!.rumah]),
    ...(data.details[i]!.kerja ? [data.details[i]!.kerja!] : []),
  ])];
  const xs = pts.map((p) => p.lon * Math.cos(lat0));
  const ys = pts.map((p) => -p.lat);
  const span = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys), 0.01);
  const scale = Math.min(W - 2 * PAD, H - 2 * PAD) / span;
  const proj = (p: { lat: number; lon: number }) => ({
    x: PAD + (p.lon * Math.cos(lat0) - Math.min(...xs)) * scale,
    y: PAD + (-p.lat - Math.min(...ys)) * scale,
  });
  // Scale bar: a round number of km that fits in a quarter of the width.
  // One projected unit is one degree of latitude.
  const kmPerPx = degLat / scale;
  const barKm = [0.5, 1, 2, 5, 10, 20, 50].find((k) => k / kmPerPx >= W / 8) ?? 50;
  const P = proj(post);
  return (
    <div data-testid="domicile-map">
      <svg width="100%" viewBox={`0 0 ${W} ${H + 20}`} role="img" aria-label={t('cmp.map')} style={{ background: 'var(--mantine-color-gray-0)', borderRadius: 4 }}>
        {cols.map(({ nip, i, pos }) => {
          const k = data.details[i]!.kerja ? proj(data.details[i]!.kerja!) : null;
          if (projector) {
            const r = haversineKm(data.details[i]!.rumah, post) / kmPerPx;
            return (
              <g key={nip}>
                {k && <rect x={k.x - 4} y={k.y - 4} width={8} height={8} fill="none" stroke={colorVar(i)} strokeWidth={2} />}
                <circle cx={proj(post).x} cy={proj(post).y} r={r} fill="none" stroke={colorVar(i)} strokeWidth={2.5} strokeDasharray="6 3" />
                <circle cx={proj(post).x} cy={proj(post).y - r} r={9} fill={colorVar(i)} />
                <text x={proj(post).x} y={proj(post).y - r + 4} textAnchor="middle" fontSize={11} fontWeight={700} fill="#fff">{pos + 1}</text>
              </g>
            );
          }
          const h = proj(data.details[i]!.rumah);
          return (
            <g key={nip}>
              <line x1={h.x} y1={h.y} x2={P.x} y2={P.y} stroke={colorVar(i)} strokeDasharray="4 3" strokeWidth={1.5} />
              {k && <rect x={k.x - 4} y={k.y - 4} width={8} height={8} fill="none" stroke={colorVar(i)} strokeWidth={2} />}
              <circle cx={h.x} cy={h.y} r={10} fill={colorVar(i)} />
              <text x={h.x} y={h.y + 4} textAnchor="middle" fontSize={11} fontWeight={700} fill="#fff">{pos + 1}</text>
            </g>
          );
        })}
        <rect x={P.x - 7} y={P.y - 7} width={14} height={14} transform={`rotate(45 ${P.x} ${P.y})`} fill="#000" />
        <line x1={PAD} y1={H + 8} x2={PAD + barKm / kmPerPx} y2={H + 8} stroke="#000" strokeWidth={2} />
        <text x={PAD + barKm / kmPerPx + 4} y={H + 12} fontSize={10}>{fmt1(barKm)} km</text>
      </svg>
      <Group gap="xs" mt={4}>
        <Text size="xs">◆ {t('cmp.post')}</Text><Text size="xs">{projector ? `◯ ${t('cmp.homeRing')}` : `● ${t('cmp.home')}`}</Text><Text size="xs">□ {t('cmp.office')}</Text>
      </Group>
      {cols.map(({ nip, i, pos }) => (
        <Text key={nip} size="xs" c="dimmed">
          <span style={{ color: colorVar(i), fontWeight: 700 }}>{pos + 1}</span> {data.candidates[i]!.namaLengkap}: Kec. {data.candidates[i]!.kecamatan}, {data.candidates[i]!.jarakKm === null ? '—' : `${fmt1(data.candidates[i]!.jarakKm!)} km`}
        </Text>
      ))}
    </div>
  );
}
