/** A bench section prints figures with their targets; it never fails the run on a slow machine. */
export interface BenchSection {
  name: string;
  run(report: (label: string, value: number, unit: string, target?: string) => void): Promise<void>;
}
