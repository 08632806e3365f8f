/**
 * How goods get from a trading city onto a UK-bound service: received at the city's place of
 * receipt, loaded there if a service calls, otherwise carried to a port of the same country, or
 * transshipped at a hub when the country has no direct service (legitimate transshipment: the
 * declared origin stays the country of receipt).
 */
import type { TradingCity } from './countryProfiles';
import { countryProfile } from './countryProfiles';
import type { Rng } from './random';
import { servicesLoadingAt, transshipmentHubs, type LinerService, type Schedule } from './schedule';

export interface Route {
  readonly placeOfReceipt: string;
  readonly portOfLoading: string;
  readonly service: LinerService;
  readonly portOfDischarge: string;
}

function pickService(schedule: Schedule, portOfLoading: string, rng: Rng): LinerService | undefined {
  const services = servicesLoadingAt(schedule, portOfLoading);
  if (services.length === 0) return undefined;
  return rng.weighted(services.map((service) => [service, service.weight] as const));
}

function routeVia(schedule: Schedule, placeOfReceipt: string, portOfLoading: string, rng: Rng): Route | undefined {
  const service = pickService(schedule, portOfLoading, rng);
  if (!service) return undefined;
  return { placeOfReceipt, portOfLoading, service, portOfDischarge: rng.pick(service.dischargePorts) };
}

/**
 * A route for goods received in `city` of `country`. `transshipment` is the chance of going through
 * a hub even when a direct service exists.
 */
export function routeFrom(schedule: Schedule, country: string, city: TradingCity, rng: Rng, transshipment = 0.06): Route | undefined {
  const profile = countryProfile(country);
  const hubs = transshipmentHubs[country] ?? [];
  const useHub = hubs.length > 0 && rng.chance(transshipment);
  if (!useHub) {
    const direct = routeVia(schedule, city.placeOfReceipt, city.placeOfReceipt, rng);
    if (direct && profile.loadingPorts.includes(city.placeOfReceipt)) return direct;
    const served = profile.loadingPorts.filter((port) => servicesLoadingAt(schedule, port).length > 0);
    if (served.length > 0) return routeVia(schedule, city.placeOfReceipt, rng.pick(served), rng);
  }
  for (const hub of rng.shuffle([...hubs])) {
    const route = routeVia(schedule, city.placeOfReceipt, hub, rng);
    if (route) return route;
  }
  return undefined;
}

/** A route loading at a given port (a hub for origin laundering). */
export function routeLoadingAt(schedule: Schedule, placeOfReceipt: string, portOfLoading: string, rng: Rng): Route | undefined {
  return routeVia(schedule, placeOfReceipt, portOfLoading, rng);
}
