import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

let clkTck = 100;
try {
  clkTck = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
} catch {
  // Linux default
}

/** utime + stime of a process, in seconds (0 when it is gone). */
export function cpuSeconds(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / clkTck;
  } catch {
    return 0;
  }
}

function ppidOf(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

/** The postmaster and all its children (backends, background workers). */
export function postgresPids(postmaster: number | undefined): number[] {
  if (!postmaster) return [];
  const out = [postmaster];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const pid = Number(name);
    if (ppidOf(pid) === postmaster) out.push(pid);
  }
  return out;
}

/** Sum of CPU seconds per pid; kept per pid so backends that exit between samples are not lost. */
export class CpuMeter {
  private startByPid = new Map<number, number>();
  private lastByPid = new Map<number, number>();
  constructor(private readonly pids: () => number[]) {}

  start(): void {
    this.startByPid.clear();
    this.lastByPid.clear();
    for (const pid of this.pids()) this.startByPid.set(pid, cpuSeconds(pid));
  }

  /** Sample (call periodically so new and exiting processes are seen). */
  sample(): void {
    for (const pid of this.pids()) {
      const s = cpuSeconds(pid);
      if (!this.startByPid.has(pid)) this.startByPid.set(pid, 0); // started during the window
      this.lastByPid.set(pid, s);
    }
  }

  /** CPU seconds used since start(). */
  used(): number {
    this.sample();
    let total = 0;
    for (const [pid, s0] of this.startByPid) total += Math.max(0, (this.lastByPid.get(pid) ?? s0) - s0);
    return total;
  }
}

/** Peak resident set (VmHWM) and current RSS of a process, in MB. */
export function memoryMb(pid: number): { peakRssMb: number; rssMb: number } {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (k: string) => Number(new RegExp(`^${k}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
    return { peakRssMb: kb('VmHWM') / 1024, rssMb: kb('VmRSS') / 1024 };
  } catch {
    return { peakRssMb: NaN, rssMb: NaN };
  }
}
