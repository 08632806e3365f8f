/** How reports name what they are about: containers, vessels and dates in the ways officers write them. */
import { formatContainerNumber } from '../../domain/containerNumber';
import { formatReportDate } from '../calendar';
import type { BillOfLading } from '../billOfLading';
import type { Rng } from '../random';
import { findSeaport } from '../../reference/seaports';

export function writeContainer(containerNumber: string, rng: Rng): string {
  switch (rng.int(0, 3)) {
    case 0:
      return containerNumber;
    case 1:
      return formatContainerNumber(containerNumber) ?? containerNumber;
    case 2:
      return `${containerNumber.slice(0, 4)} ${containerNumber.slice(4)}`;
    default:
      return `${containerNumber.slice(0, 4)}-${containerNumber.slice(4, 10)}-${containerNumber.slice(10)}`;
  }
}

export function writeVessel(bill: BillOfLading, rng: Rng): string {
  const { vessel, voyage } = bill.call;
  switch (rng.int(0, 3)) {
    case 0:
      return `MV ${vessel.name}`;
    case 1:
      return `the vessel ${vessel.name} (IMO ${vessel.imo})`;
    case 2:
      return `${vessel.name} voyage ${voyage}`;
    default:
      return `M/V ${vessel.name.toLowerCase().replace(/\b[a-z]/g, (letter) => letter.toUpperCase())}`;
  }
}

export function writeArrival(bill: BillOfLading): string {
  const port = findSeaport(bill.call.portOfDischarge)?.name ?? bill.call.portOfDischarge;
  return `due at ${port} on or about ${formatReportDate(bill.call.arrivalDay)}`;
}

export function listContainers(bills: readonly BillOfLading[], rng: Rng): string {
  const numbers = [...new Set(bills.flatMap((bill) => bill.lines.map((line) => line.containerNumber)))].map((number) => writeContainer(number, rng));
  return numbers.length === 1 ? `container ${numbers[0]}` : `containers ${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}`;
}
