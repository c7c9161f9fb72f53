import { useState } from 'react';
import { api } from '../../api';
import { errorText } from '../../i18n';
import type { FileHandle } from '../../../../shared/ipc/file-handle';
import type { IntakePreview, IntakeTujuan, SheetChoice, SourceSheet } from '../../../../shared/ipc/intake';

/**
 * The intake screen's state: the chosen file, its sheets as the mapping screen sees them (read once
 * on choosing), the profile or mapping the check reads with, and the checked preview.
 */
export function useIntakeFlow() {
  const [source, setSource] = useState<FileHandle | null>(null);
  const [tujuan, setTujuanState] = useState<IntakeTujuan>('baru');
  const [sheets, setSheets] = useState<SourceSheet[] | null>(null);
  /** Bumped on each inspection so the mapping form starts from its new suggestions. */
  const [inspected, setInspected] = useState(0);
  const [profil, setProfilState] = useState<string | null>(null);
  const [preview, setPreview] = useState<IntakePreview | null>(null);
  const [mapped, setMapped] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  async function guarded<T>(fn: () => Promise<T>): Promise<T | undefined> {
    setBusy(true);
    setError(null);
    try {
      return await fn();
    } catch (err) {
      setError(errorText(err));
      return undefined;
    } finally {
      setBusy(false);
    }
  }

  const read = async (f: FileHandle, p: string | null) => {
    setSheets((await api.intake.inspect({ file: f.handle, profil: p })).sheets);
    setInspected((n) => n + 1);
  };

  return {
    source, tujuan, sheets, inspected, profil, preview, mapped, busy, error, notice, setNotice, setError, guarded,
    setTujuan: (v: IntakeTujuan) => { setTujuanState(v); setPreview(null); },
    choose: () => void guarded(async () => {
      const r = await api.intake.chooseSource({});
      if (!r.file) return;
      setSource(r.file);
      setPreview(null);
      setSheets(null);
      await read(r.file, profil);
    }),
    setProfil: (p: string | null) => { setProfilState(p); if (source) void guarded(() => read(source, p)); },
    check: (pemetaan?: SheetChoice[]) => source && void guarded(async () => {
      setPreview(null);
      setNotice(null);
      setMapped(!!pemetaan?.length || !!profil);
      setPreview(await api.intake.check({ file: source.handle, tujuan, ...(pemetaan?.length ? { pemetaan } : { profil }) }));
    }),
  };
}
