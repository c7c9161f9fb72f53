/** A bench section prints figures with their targets; it never fails the run on a slow machine. */
export interface BenchSection {
  name: string;
  /** `cpu`, where given, is the CPU time (ms) the process spent for the same figure. */
  run(report: (label: string, value: number, unit: string, target?: string, cpu?: number) => void): Promise<void>;
}
