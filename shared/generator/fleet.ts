/** The ships of the world: each with a carrier, a unique name and a valid IMO ship number. */
import { makeVesselImo } from '../domain/imoNumber';
import type { Carrier } from './carriers';
import type { Rng } from './random';

export interface Vessel {
  readonly name: string;
  /** Seven digits, valid under the ship IMO check-digit scheme. */
  readonly imo: string;
  readonly carrier: Carrier;
  /** The voyage number of the vessel's first voyage in the world's period. */
  readonly firstVoyageSequence: number;
}

export class Fleet {
  readonly vessels: Vessel[] = [];
  private readonly names = new Set<string>();
  private readonly imos = new Set<string>();

  constructor(private readonly rng: Rng) {}

  commission(carrier: Carrier): Vessel {
    let name = carrier.vesselName(this.rng);
    for (let attempt = 0; this.names.has(name); attempt += 1) {
      name = attempt < 20 ? carrier.vesselName(this.rng) : `${carrier.vesselName(this.rng)} ${['II', 'III', 'IV', 'V'][attempt % 4]}`;
    }
    let imo = makeVesselImo(this.rng.int(910_000, 989_999));
    while (this.imos.has(imo)) imo = makeVesselImo(this.rng.int(910_000, 989_999));
    this.names.add(name);
    this.imos.add(imo);
    const vessel: Vessel = { name, imo, carrier, firstVoyageSequence: this.rng.int(10, 80) };
    this.vessels.push(vessel);
    return vessel;
  }
}
