/**
 * Who and which room is taken when, as the planner fills the slots. Two soutenances overlap when
 * they fall on the same day less than an hour apart (each lasts one hour from its start).
 */
import type { Day } from '../dates';
import { nameKey } from './jury';
import { DEFENCE_MINUTES } from './types';

export function overlaps(a: { day: Day; start: number }, b: { day: Day; start: number }): boolean {
  return a.day === b.day && Math.abs(a.start - b.start) < DEFENCE_MINUTES;
}

interface Booking {
  start: number;
  learnerId: string;
}

/** Bookings by `<who>|<day>`: a day holds a handful of soutenances, so a scan of that day is cheap. */
export class Occupancy {
  private readonly rooms = new Map<string, Booking[]>();
  private readonly people = new Map<string, Booking[]>();
  private readonly loads = new Map<string, number>();

  /** Books the room (when given) and every jury name, at that day and start. */
  add(p: { learnerId: string; day: Day; start: number; jury: readonly string[] }, room: string | undefined): void {
    const booking = { start: p.start, learnerId: p.learnerId };
    if (room) push(this.rooms, `${room}|${p.day}`, booking);
    for (const name of new Set(p.jury.map(nameKey))) {
      push(this.people, `${name}|${p.day}`, booking);
      this.loads.set(name, (this.loads.get(name) ?? 0) + 1);
    }
  }

  /** The learner whose soutenance holds the room then, if any. */
  roomTakenBy(room: string, day: Day, start: number): string | undefined {
    return clash(this.rooms.get(`${room}|${day}`), start);
  }

  /** The learner whose soutenance this person (a folded name) sits on then, if any. */
  personTakenBy(key: string, day: Day, start: number): string | undefined {
    return clash(this.people.get(`${key}|${day}`), start);
  }

  /** How many soutenances this person (a folded name) sits on so far: the planner spreads them. */
  load(key: string): number {
    return this.loads.get(key) ?? 0;
  }
}

function push(map: Map<string, Booking[]>, key: string, booking: Booking): void {
  const list = map.get(key);
  if (list) list.push(booking);
  else map.set(key, [booking]);
}

function clash(bookings: readonly Booking[] | undefined, start: number): string | undefined {
  return bookings?.find((b) => Math.abs(b.start - start) < DEFENCE_MINUTES)?.learnerId;
}
