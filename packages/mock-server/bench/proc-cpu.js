import { readdirSync, readFileSync } from 'node:fs';

// Linux reports utime/stime in clock ticks; 100 per second on every kernel Node supports
// (USER_HZ is fixed at 100 for the /proc ABI), so no sysconf call is needed.
const TICKS_PER_SECOND = 100;

/**
 * CPU time (user + system, in ms) used so far by every process in the process group `pgid`
 * (a server started detached, so Steady's native child counts too), or null where /proc is
 * missing. CPU time per request does not depend on how busy the rest of the machine is, which
 * requests/s on a shared machine does.
 */
export function processGroupCpuMs(pgid) {
  let entries;
  try {
    entries = readdirSync('/proc');
  } catch {
    return null;
  }
  let ticks = 0;
  let found = false;
  for (const name of entries) {
    if (name.charCodeAt(0) < 48 || name.charCodeAt(0) > 57) continue;
    let stat;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'latin1');
    } catch {
      continue; // the process ended between the listing and the read
    }
    // Fields after the command name, which is in parentheses and may hold spaces.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(f[2]) !== pgid) continue; // field 5, pgrp
    ticks += Number(f[11]) + Number(f[12]); // fields 14 and 15, utime and stime
    found = true;
  }
  return found ? (ticks * 1000) / TICKS_PER_SECOND : null;
}
