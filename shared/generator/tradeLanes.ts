/**
 * Trade lanes: a shipper sending the same goods to the same consignee over the same route on a
 * rhythm (every n-th sailing of the service). Lanes reuse traders, so an importer buys from several
 * suppliers and a supplier sells to several importers; forwarders act as notify party or consignee
 * for many unrelated importers; some bills are consigned to order.
 */
import { drawShippingHabits, type ShippingHabits } from './consignments';
import { importerTradeWords } from './companyNames';
import { importingCountry, originCountries } from './countryProfiles';
import type { Forwarder } from './forwarders';
import { commodities, type Commodity } from './goodsCatalog';
import { drawPartyStyle, orderBanks, sameAsConsigneeNames, toOrderNames, type PartyStyle } from './parties';
import { WeightedTable, type Rng } from './random';
import { routeFrom, type Route } from './routing';
import type { Schedule } from './schedule';
import type { Company, CompanyRegister } from './traders';

export type ConsigneeArrangement =
  | { readonly kind: 'importer' }
  | { readonly kind: 'to-order'; readonly name: string }
  | { readonly kind: 'forwarder'; readonly forwarder: Forwarder; readonly style: PartyStyle };

export type NotifyArrangement =
  | { readonly kind: 'importer' }
  | { readonly kind: 'forwarder'; readonly forwarder: Forwarder; readonly style: PartyStyle }
  | { readonly kind: 'same-as-consignee'; readonly name: string }
  | { readonly kind: 'none' };

export interface TradeLane {
  readonly id: number;
  readonly route: Route;
  readonly countryOfOrigin: string;
  readonly shipper: Company;
  readonly shipperStyle: PartyStyle;
  /** The buyer: consignee, or notify party when the bill is to order or to a forwarder. */
  readonly importer: Company;
  readonly importerStyle: PartyStyle;
  readonly consignee: ConsigneeArrangement;
  readonly notify: NotifyArrangement;
  readonly commodity: Commodity;
  readonly habits: ShippingHabits;
  /** A second line of other goods in some containers. */
  readonly secondCommodity?: { readonly commodity: Commodity; readonly habits: ShippingHabits };
  /** Ships on sailings where (sailing + phase) % period === 0. */
  readonly period: number;
  readonly phase: number;
  readonly containers: readonly [number, number];
  /** Set on the lanes of a decoy (legitimate trade that looks risky). */
  readonly decoyId?: string;
}

export function laneKey(serviceCode: string, portOfDischarge: string): string {
  return `${serviceCode}/${portOfDischarge}`;
}

/** Expected cargo lines per sailing: the calibration unit of the world's volume. */
export function expectedLinesPerSailing(lane: TradeLane): number {
  const containers = (lane.containers[0] + lane.containers[1]) / 2;
  return (containers * (lane.secondCommodity ? 1.5 : 1)) / lane.period;
}

export interface LaneSpec {
  readonly commodity?: Commodity;
  readonly shipper?: Company;
  readonly importer?: Company;
  readonly country?: string;
  readonly period?: number;
  readonly containers?: readonly [number, number];
  readonly decoyId?: string;
  /** Force consignee = importer, notify = importer or none (decoys keep it plain). */
  readonly plainParties?: boolean;
}

const legitimateCommodities = new WeightedTable(commodities.filter((entry) => entry.laneWeight > 0).map((entry) => [entry, entry.laneWeight] as const));

export class LaneBuilder {
  readonly lanes: TradeLane[] = [];
  private readonly shippersByCountryAndGoods = new Map<string, Company[]>();
  private readonly importersByGoods = new Map<string, Company[]>();
  private readonly allImporters: Company[] = [];

  constructor(
    private readonly schedule: Schedule,
    private readonly register: CompanyRegister,
    private readonly forwarders: readonly Forwarder[],
    private readonly rng: Rng,
  ) {}

  importers(): readonly Company[] {
    return this.allImporters;
  }

  newImporter(tradeWords: readonly string[]): Company {
    const words = importerTradeWords(tradeWords);
    // Now and then a new importer's name is all but that of one already trading.
    const namesake = this.allImporters.length > 10 && this.rng.chance(0.04) ? this.register.registerNamesake(this.rng.pick(this.allImporters), words) : undefined;
    const importer = namesake ?? this.register.register({ role: 'importer', country: importingCountry.alpha2, tradeWords: words });
    this.allImporters.push(importer);
    return importer;
  }

  private shipperFor(commodity: Commodity, country: string): Company {
    const key = `${country}/${commodity.id}`;
    const known = this.shippersByCountryAndGoods.get(key) ?? [];
    if (known.length > 0 && this.rng.chance(0.5)) return this.rng.pick(known);
    const shipper = this.register.register({ role: 'shipper', country, tradeWords: commodity.tradeWords });
    known.push(shipper);
    this.shippersByCountryAndGoods.set(key, known);
    return shipper;
  }

  private importerFor(commodity: Commodity): Company {
    const known = this.importersByGoods.get(commodity.id) ?? [];
    let importer: Company;
    if (known.length > 0 && this.rng.chance(0.45)) importer = this.rng.pick(known);
    else if (this.allImporters.length > 0 && this.rng.chance(0.08)) importer = this.rng.pick(this.allImporters);
    else importer = this.newImporter(commodity.tradeWords);
    if (!known.includes(importer)) known.push(importer);
    this.importersByGoods.set(commodity.id, known);
    return importer;
  }

  private consigneeArrangement(plain: boolean): ConsigneeArrangement {
    if (plain) return { kind: 'importer' };
    const draw = this.rng.int(0, 99);
    if (draw < 5) return { kind: 'to-order', name: this.rng.pick(toOrderNames) };
    if (draw < 7) return { kind: 'to-order', name: `TO THE ORDER OF ${this.rng.pick(orderBanks)}` };
    if (draw < 15 && this.forwarders.length > 0) {
      const forwarder = this.rng.pick(this.forwarders);
      return { kind: 'forwarder', forwarder, style: drawPartyStyle(forwarder.company, this.rng, 0.8) };
    }
    return { kind: 'importer' };
  }

  private notifyArrangement(consignee: ConsigneeArrangement, plain: boolean): NotifyArrangement {
    if (consignee.kind !== 'importer') return { kind: 'importer' };
    if (plain) return this.rng.chance(0.5) ? { kind: 'importer' } : { kind: 'none' };
    const draw = this.rng.int(0, 99);
    if (draw < 36 && this.forwarders.length > 0) {
      const forwarder = this.rng.pick(this.forwarders);
      return { kind: 'forwarder', forwarder, style: drawPartyStyle(forwarder.company, this.rng, 0.8) };
    }
    if (draw < 60) return { kind: 'importer' };
    if (draw < 78) return { kind: 'same-as-consignee', name: this.rng.pick(sameAsConsigneeNames) };
    return { kind: 'none' };
  }

  /** A new lane; undefined when no service reaches the drawn origin. */
  addLane(spec: LaneSpec = {}): TradeLane | undefined {
    const commodity = spec.commodity ?? legitimateCommodities.draw(this.rng);
    const origins = commodity.origins.filter(([alpha2]) => originCountries.some((profile) => profile.alpha2 === alpha2 && profile.exportWeight > 0));
    const country = spec.country ?? spec.shipper?.country ?? this.rng.weighted(origins.length > 0 ? origins : [['CN', 1] as const]);
    const shipper = spec.shipper ?? this.shipperFor(commodity, country);
    const route = routeFrom(this.schedule, country, shipper.city, this.rng);
    if (!route) return undefined;
    const importer = spec.importer ?? this.importerFor(commodity);
    const consignee = this.consigneeArrangement(spec.plainParties ?? false);
    const period = spec.period ?? this.rng.weighted([[1, 25], [2, 35], [3, 15], [4, 25]] as const);
    const second = !spec.decoyId && this.rng.chance(0.12) ? legitimateCommodities.draw(this.rng) : undefined;
    const lane: TradeLane = {
      id: this.lanes.length,
      route,
      countryOfOrigin: country,
      shipper,
      shipperStyle: drawPartyStyle(shipper, this.rng, 0.5),
      importer,
      importerStyle: drawPartyStyle(importer, this.rng),
      consignee,
      notify: this.notifyArrangement(consignee, spec.plainParties ?? false),
      commodity,
      habits: drawShippingHabits(commodity, this.rng),
      ...(second && second.id !== commodity.id ? { secondCommodity: { commodity: second, habits: drawShippingHabits(second, this.rng) } } : {}),
      period,
      phase: this.rng.int(0, period - 1),
      containers: spec.containers ?? this.rng.weighted([[[1, 1], 45], [[1, 2], 30], [[1, 3], 15], [[2, 5], 10]] as const),
      ...(spec.decoyId ? { decoyId: spec.decoyId } : {}),
    };
    this.lanes.push(lane);
    return lane;
  }
}
