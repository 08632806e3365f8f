/**
 * Ocean carriers: SCAC, how they number bills of lading and voyages, how they name ships, and the
 * owner codes of their containers (their own and the lessors' boxes they run).
 */
import type { Rng } from './random';

export interface Carrier {
  readonly scac: string;
  readonly name: string;
  /** ISO 6346 owner codes with the category letter (all freight containers, "U"). */
  readonly containerPrefixes: readonly string[];
  readonly vesselName: (rng: Rng) => string;
  /** Bill of lading number from a unique serial and the load port's UN/LOCODE. */
  readonly billOfLading: (serial: number, portOfLoading: string) => string;
  /** Voyage reference from the vessel's voyage sequence and its direction. */
  readonly voyage: (sequence: number, serviceCode: string) => string;
}

const cities = ['KINLOSS', 'SALTORO', 'ESSEN', 'HANGZHOU', 'HALIFAX', 'CAIRO', 'DENVER', 'SEVILLE', 'TAIKUNG', 'VALENCIA', 'GENOA', 'BROOKLYN', 'LIMA', 'PORTO', 'MANILA', 'DURBAN', 'BERGEN', 'LAGOS', 'OSAKA', 'QUITO', 'NAGOYA', 'KAMPALA', 'ADELAIDE', 'TURIN'];
const femaleNames = ['ANNA', 'ISABELLA', 'MIA', 'SOFIA', 'ELENA', 'CLARA', 'GIULIA', 'LUCIA', 'AURORA', 'CHIARA', 'FEDERICA', 'ALESSIA', 'VIVIANA', 'GRACE', 'MARTA', 'ROSA', 'IRENE', 'NOA', 'TESSA', 'ILONA'];
const virtues = ['ARIES', 'TAURUS', 'LIBRA', 'VIRGO', 'GEMINI', 'PISCES', 'PLANET', 'UNIVERSE', 'GALAXY', 'NEBULA', 'ORION', 'PEGASUS', 'SIRIUS', 'VEGA'];
const everWords = ['GIVEN', 'GLORY', 'GRACE', 'GENTLE', 'GOLDEN', 'GREET', 'LIBRA', 'LUNAR', 'APEX', 'ACE', 'ARM', 'ALP', 'AIM', 'ALOT'];
const composers = ['MOZART', 'VERDI', 'BIZET', 'RAVEL', 'CHOPIN', 'HANDEL', 'ROSSINI', 'PUCCINI', 'DEBUSSY', 'LISZT', 'SMETANA', 'DVORAK'];
const expressCities = ['HAMBURG', 'BERLIN', 'ROTTERDAM', 'DUBLIN', 'PRAGUE', 'LEVERKUSEN', 'MUNICH', 'FRANKFURT', 'DRESDEN', 'BREMEN', 'STUTTGART', 'ULM'];
const oneWords = ['INNOVATION', 'INFINITY', 'INTEGRITY', 'INTELLIGENCE', 'IBIS', 'IGUAZU', 'TRIUMPH', 'TRUST', 'TRADITION', 'MINATO', 'MANCHESTER', 'MODERN'];
const ymWords = ['WELLNESS', 'WARRANTY', 'WISDOM', 'WITNESS', 'WORTH', 'TRIUMPH', 'TOGETHER', 'TRUTH', 'UNICORN', 'UPSURGENCE'];
const hmmWords = ['ALGECIRAS', 'COPENHAGEN', 'DUBLIN', 'GDANSK', 'HAMBURG', 'HELSINKI', 'LE HAVRE', 'OSLO', 'ROTTERDAM', 'SOUTHAMPTON', 'STOCKHOLM', 'ST PETERSBURG'];
const zimWords = ['KINGSTON', 'SAMMY OFER', 'CHINA', 'NEW YORK', 'ANTWERP', 'SHANGHAI', 'TAURUS', 'LUANDA', 'WILMINGTON', 'MOUNT EVEREST'];

const pad = (value: number, width: number): string => String(value).padStart(width, '0');
const port3 = (unlocode: string): string => unlocode.slice(2, 5);

export const carriers: readonly Carrier[] = [
  {
    scac: 'MAEU', name: 'MAERSK', containerPrefixes: ['MSKU', 'MRKU', 'MRSU', 'TGHU', 'TCNU'],
    vesselName: (rng) => `MAERSK ${rng.pick(cities)}`,
    billOfLading: (serial) => `MAEU${pad(200_000_000 + serial, 9)}`,
    voyage: (sequence) => `${pad(400 + (sequence % 600), 3)}W`,
  },
  {
    scac: 'MSCU', name: 'MSC', containerPrefixes: ['MSCU', 'MEDU', 'MSDU', 'TRHU', 'SEGU'],
    vesselName: (rng) => `MSC ${rng.pick(femaleNames)}`,
    billOfLading: (serial, portOfLoading) => `MEDU${portOfLoading.slice(0, 2)}${pad(serial % 1_000_000, 6)}${pad(Math.floor(serial / 1_000_000), 1)}`,
    voyage: (sequence, serviceCode) => `${serviceCode.slice(0, 2)}${pad(sequence % 100, 2)}${sequence % 2 === 0 ? 'W' : 'E'}`,
  },
  {
    scac: 'CMDU', name: 'CMA CGM', containerPrefixes: ['CMAU', 'CGMU', 'APZU', 'TGHU', 'FCIU'],
    vesselName: (rng) => `CMA CGM ${rng.pick(composers)}`,
    billOfLading: (serial, portOfLoading) => `CMDU${port3(portOfLoading)}${pad(serial, 7)}`,
    voyage: (sequence, serviceCode) => `0${serviceCode.slice(0, 2)}${pad(sequence % 100, 2)}W1MA`,
  },
  {
    scac: 'COSU', name: 'COSCO SHIPPING', containerPrefixes: ['CBHU', 'CSNU', 'FCIU', 'TEMU'],
    vesselName: (rng) => `COSCO SHIPPING ${rng.pick(virtues)}`,
    billOfLading: (serial) => `COSU${pad(6_300_000_000 + serial, 10)}`,
    voyage: (sequence) => `${pad(sequence % 1000, 3)}W`,
  },
  {
    scac: 'HLCU', name: 'HAPAG-LLOYD', containerPrefixes: ['HLXU', 'HLBU', 'HAMU', 'TCLU', 'GESU'],
    vesselName: (rng) => `${rng.pick(expressCities)} EXPRESS`,
    billOfLading: (serial, portOfLoading) => `HLCU${port3(portOfLoading)}${pad(240_000_000 + serial, 9)}`,
    voyage: (sequence) => `${pad(sequence % 1000, 3)}W`,
  },
  {
    scac: 'ONEY', name: 'OCEAN NETWORK EXPRESS', containerPrefixes: ['ONEU', 'NYKU', 'KKFU', 'TCNU'],
    vesselName: (rng) => `ONE ${rng.pick(oneWords)}`,
    billOfLading: (serial, portOfLoading) => `ONEY${port3(portOfLoading)}${pad(serial, 8)}`,
    voyage: (sequence) => `${pad(sequence % 100, 3)}W`,
  },
  {
    scac: 'EGLV', name: 'EVERGREEN', containerPrefixes: ['EGHU', 'EMCU', 'EISU', 'TRHU'],
    vesselName: (rng) => `EVER ${rng.pick(everWords)}`,
    billOfLading: (serial) => `EGLV${pad(140_000_000_000 + serial, 12)}`,
    voyage: (sequence) => `${pad(1000 + (sequence % 9000), 4)}-${pad(sequence % 1000, 3)}W`,
  },
  {
    scac: 'OOLU', name: 'OOCL', containerPrefixes: ['OOLU', 'OOCU', 'CAIU'],
    vesselName: (rng) => `OOCL ${rng.pick(cities)}`,
    billOfLading: (serial) => `OOLU${pad(2_700_000_000 + serial, 10)}`,
    voyage: (sequence) => `${pad(sequence % 1000, 3)}W`,
  },
  {
    scac: 'YMLU', name: 'YANG MING', containerPrefixes: ['YMLU', 'YMMU', 'BMOU'],
    vesselName: (rng) => `YM ${rng.pick(ymWords)}`,
    billOfLading: (serial) => `YMLU${pad(serial, 9)}`,
    voyage: (sequence) => `${pad(sequence % 1000, 3)}W`,
  },
  {
    scac: 'HDMU', name: 'HMM', containerPrefixes: ['HDMU', 'HMMU', 'DFSU'],
    vesselName: (rng) => `HMM ${rng.pick(hmmWords)}`,
    billOfLading: (serial, portOfLoading) => `HDMU${port3(portOfLoading)}A${pad(serial, 7)}`,
    voyage: (sequence) => `${pad(sequence % 1000, 4)}W`,
  },
  {
    scac: 'ZIMU', name: 'ZIM', containerPrefixes: ['ZIMU', 'ZCSU', 'GYOU'],
    vesselName: (rng) => `ZIM ${rng.pick(zimWords)}`,
    billOfLading: (serial, portOfLoading) => `ZIMU${port3(portOfLoading)}${pad(serial, 7)}`,
    voyage: (sequence) => `${pad(sequence % 100, 2)}/${sequence % 2 === 0 ? 'W' : 'E'}`,
  },
];

export function carrierByScac(scac: string): Carrier {
  const carrier = carriers.find((entry) => entry.scac === scac);
  if (!carrier) throw new RangeError(`unknown carrier ${scac}`);
  return carrier;
}
