/**
 * Registered company names in the naming habits of each country: the distinctive words (stem)
 * are drawn from the style's vocabulary and the trade the company is in; the legal form comes from
 * the country profile. Names are unique within the world.
 */
import type { NameStyle } from './countryProfiles';
import type { Rng } from './random';

const pinyin = ['HUAXIN', 'JINLONG', 'HENGTAI', 'XINDA', 'YONGSHENG', 'TIANYU', 'BAOLI', 'RUIFENG', 'ZHONGXING', 'MINGDA', 'HAOYUAN', 'JIAHE', 'SHENGDA', 'DONGFANG', 'HONGYUAN', 'KAIDA', 'WANLI', 'FUDA', 'LONGWEI', 'HUAMEI', 'XINGHAI', 'JINHUI', 'DEHONG', 'SANHE', 'GUANGYU', 'YUELONG', 'BOYUAN', 'CHANGFENG', 'ZHENGTAI', 'HUIZHOU'];
const englishBrand = ['GOLDEN DRAGON', 'SUNRISE', 'ORIENT STAR', 'EVERBRIGHT', 'GREAT WALL', 'OCEAN BLUE', 'BRIGHT FUTURE', 'SILVER MOON', 'GRAND UNION', 'JADE RIVER', 'RED PHOENIX', 'EAST WIND', 'PEARL RIVER', 'NEW CENTURY', 'HAPPY HOME', 'WIN WIN', 'UNITED GLORY', 'SKY BRIDGE'];
const chineseTrade = ['IMPORT AND EXPORT', 'INDUSTRIAL', 'TRADING', 'TECHNOLOGY', 'MANUFACTURING', 'INTERNATIONAL TRADING', 'DEVELOPMENT'];
const indianNames = ['SHREE GANESH', 'BALAJI', 'SHREE KRISHNA', 'LAXMI', 'SAI', 'OM SHANTI', 'GURU NANAK', 'SHIV SHAKTI', 'MAHAVIR', 'JAI AMBE'];
const indianSurnames = ['AGARWAL', 'MEHTA', 'PATEL', 'SHAH', 'GUPTA', 'JAIN', 'KAPOOR', 'MALHOTRA', 'REDDY', 'SINGH', 'BANSAL', 'CHOPRA', 'KHANNA', 'ARORA'];
const indianTrade = ['EXPORTS', 'OVERSEAS', 'INTERNATIONAL', 'IMPEX', 'ENTERPRISES', 'INDUSTRIES'];
const bangladeshi = ['RAHMAN', 'KARIM', 'HAQUE', 'CHOWDHURY', 'ISLAM', 'SQUARE', 'PADMA', 'MEGHNA', 'JAMUNA', 'BENGAL', 'DESH', 'ANANTA'];
const bangladeshiTrade = ['FASHIONS', 'KNITWEAR', 'APPARELS', 'GARMENTS', 'COMPOSITE', 'SWEATERS', 'DENIMS'];
const pakistani = ['AL KARAM', 'NISHAT', 'GUL AHMED', 'CRESCENT', 'KOHINOOR', 'SAPPHIRE', 'INDUS', 'FAZAL', 'MASOOD', 'ZAHID', 'ARIF', 'AL REHMAN'];
const pakistaniTrade = ['TEXTILE MILLS', 'INDUSTRIES', 'ENTERPRISES', 'EXPORTS', 'WEAVING MILLS', 'FABRICS'];
const turkish = ['ANADOLU', 'EGE', 'MARMARA', 'YILDIZ', 'OZDEMIR', 'AKSOY', 'KARACA', 'DENIZ', 'GUNES', 'TOROS', 'KARTAL', 'ASLAN', 'ERDEM', 'YAVUZ'];
const turkishTrade: Record<string, string> = { TEXTILES: 'TEKSTIL', FURNITURE: 'MOBILYA', FOODS: 'GIDA', CERAMICS: 'SERAMIK', METAL: 'METAL', STEEL: 'CELIK', PLASTIC: 'PLASTIK', CARPET: 'HALI', GLASS: 'CAM' };
const emirati = ['AL NOOR', 'AL MAJID', 'GULF STAR', 'DESERT ROSE', 'EMIRATES LINK', 'AL FAJR', 'BAB AL BAHR', 'AL SAQR', 'AL WAHA', 'RAS AL KHOR', 'AL MANARA', 'SILVER SANDS', 'ARABIAN HORIZON', 'AL BARAKA', 'PALM CREST'];
const emiratiTrade = ['GENERAL TRADING', 'TRADING', 'IMPEX', 'INTERNATIONAL', 'COMMERCIAL'];
const malay = ['SINAR', 'MEGA', 'PERMATA', 'BINTANG', 'CAHAYA', 'TEGUH', 'MUTIARA', 'SERI', 'JAYA', 'HARUM'];
const vietnamese = ['VIET', 'SAIGON', 'PHU', 'MINH', 'THANH', 'HOANG', 'AN', 'DUC', 'TAN', 'NAM'];
const vietnameseSecond = ['PHAT', 'LONG', 'HUNG', 'THANH', 'THINH', 'VIET', 'TIEN', 'HOA'];
const thai = ['SIAM', 'THAI', 'CHAROEN', 'KASEM', 'SUKSAWAT', 'RUNG', 'SRI', 'UNION', 'CHAO'];
const indonesian = ['SINAR', 'MAJU', 'JAYA', 'MULTI', 'INDAH', 'CAHAYA', 'MITRA', 'PRIMA'];
const indonesianSecond = ['ABADI', 'JAYA', 'SENTOSA', 'MAKMUR', 'PERKASA', 'LESTARI'];
const korean = ['DAE', 'HAN', 'SAM', 'HYUN', 'SUNG', 'DONG', 'KUM', 'SEO'];
const koreanSecond = ['WOO', 'JIN', 'IL', 'SUNG', 'DO', 'HWA', 'YANG', 'KWANG'];
const asianEnglish = ['PACIFIC', 'ASIA', 'GLOBAL', 'UNITED', 'ROYAL', 'PRIME', 'CROWN', 'LION', 'MERLION', 'STRAITS'];
const latinFirst = ['EXPORTADORA', 'COMERCIALIZADORA', 'AGRICOLA', 'FRUTAS', 'INDUSTRIAS', 'CORPORACION'];
const latinSecond = ['DEL PACIFICO', 'ANDINA', 'SAN JOSE', 'LA ESPERANZA', 'EL ORO', 'DEL SUR', 'SANTA MARIA', 'LOS ANDES', 'TROPICAL', 'LA COSTA'];
const brazilianFirst = ['COMERCIAL', 'INDUSTRIA', 'EXPORTADORA', 'AGRO', 'CIA'];
const brazilianSecond = ['PAULISTA', 'BRASIL SUL', 'SANTISTA', 'DO PARANA', 'MINEIRA', 'SERRA VERDE', 'NOVA ERA'];
const egyptian = ['EL NILE', 'DELTA', 'CAIRO', 'EL NASR', 'PHARAOH', 'MISR', 'EL SHAMS', 'ALEXANDRIA'];
const moroccan = ['ATLAS', 'MAGHREB', 'ATLANTIQUE', 'AL MAGHRIB', 'SOUSS', 'RIF', 'TANGERINE'];
const iranian = ['PARS', 'KAVEH', 'ARYA', 'SEPAHAN', 'KHAZAR', 'DARYA', 'NAVID', 'ZAGROS', 'ALBORZ', 'SETAREH'];
const iranianTrade = ['TRADING', 'COMMERCIAL', 'INDUSTRIAL', 'AGRO INDUSTRY'];
const britishPlaces = ['NORTHGATE', 'RIVERSIDE', 'PENNINE', 'CASTLE', 'ALBION', 'MERIDIAN', 'KESTREL', 'HARBOUR', 'SUMMIT', 'PREMIER', 'ATLAS', 'CROWN', 'OAKWOOD', 'VICTORIA', 'REGENT', 'STERLING', 'APEX', 'PHOENIX', 'BEACON', 'COMPASS', 'HORIZON', 'ORCHARD', 'THAMES', 'SEVERN', 'MERCIA', 'WESSEX', 'CALEDONIAN', 'EVEREST', 'CHILTERN', 'COTSWOLD', 'TRIDENT', 'LIBERTY', 'HERITAGE', 'MARLOW', 'KINGSWAY', 'BRITANNIA', 'HIGHLAND', 'PEAK', 'ANCHOR', 'FALCON', 'SOVEREIGN', 'EMPIRE', 'WINDSOR', 'ASHFORD', 'CAMBRIDGE', 'DOVER', 'NORFOLK', 'SUFFOLK', 'MIDLAND', 'METRO'];
const britishSurnames = ['PATEL', 'KHAN', 'SHAH', 'SINGH', 'AHMED', 'HUSSAIN', 'SMITH', 'JONES', 'TAYLOR', 'BROWN', 'WILSON', 'EVANS', 'CHAUDHRY', 'MALIK', 'WONG', 'CHEN', 'NGUYEN', 'YILMAZ', 'KAUR', 'BAKER', 'WRIGHT', 'HUGHES', 'OSEI', 'OKAFOR', 'NOWAK'];
const britishGeneric = ['EURO', 'WORLD', 'GLOBAL', 'UNIVERSAL', 'INTERNATIONAL', 'CONTINENTAL', 'ORIENTAL', 'ATLANTIC', 'UNITED', 'FIRST CHOICE', 'BEST BUY', 'VALUE', 'QUALITY', 'SMART', 'PRIME', 'ELITE', 'DIRECT', 'EXPRESS'];
const britishTrade = ['TRADING', 'DISTRIBUTION', 'SUPPLIES', 'IMPORTS', 'WHOLESALE', 'RETAIL', 'GROUP', 'SOURCING', 'UK', 'INTERNATIONAL', 'ENTERPRISES', 'BROTHERS', 'CASH & CARRY', 'HOLDINGS'];
const americanFirst = ['AMERICAN', 'PACIFIC COAST', 'LIBERTY', 'EAGLE', 'PIONEER', 'FRONTIER', 'GULF COAST', 'LONE STAR', 'EMPIRE STATE', 'GREAT LAKES', 'BLUE RIDGE'];

function titleTrade(rng: Rng, tradeWords: readonly string[]): string {
  return rng.pick(tradeWords);
}

/** The distinctive part of a registered name, in upper case, no word twice. */
export function makeCompanyStem(style: NameStyle, rng: Rng, tradeWords: readonly string[], cityName: string): string {
  const seen = new Set<string>();
  return drawStem(style, rng, tradeWords, cityName)
    .split(' ')
    .filter((word) => word === '&' || (!seen.has(word) && seen.add(word)))
    .join(' ');
}

function drawStem(style: NameStyle, rng: Rng, tradeWords: readonly string[], cityName: string): string {
  const trade = titleTrade(rng, tradeWords);
  switch (style) {
    case 'chinese': {
      const brand = rng.chance(0.7) ? rng.pick(pinyin) : rng.pick(englishBrand);
      const place = rng.chance(0.45) ? `${cityName.split(' ')[0]} ` : '';
      const ending = rng.chance(0.6) ? trade : `${trade} ${rng.pick(chineseTrade)}`;
      return `${place}${brand} ${ending}`;
    }
    case 'indian':
    case 'srilankan':
      return rng.chance(0.5) ? `${rng.pick(indianNames)} ${trade}` : `${rng.pick(indianSurnames)} ${rng.pick(indianTrade)}`;
    case 'bangladeshi':
      return `${rng.pick(bangladeshi)} ${rng.pick(bangladeshiTrade)}`;
    case 'pakistani':
      return `${rng.pick(pakistani)} ${rng.chance(0.5) ? trade : rng.pick(pakistaniTrade)}`;
    case 'turkish': {
      const turkishWord = Object.entries(turkishTrade).find(([english]) => tradeWords.includes(english))?.[1] ?? rng.pick(Object.values(turkishTrade));
      return `${rng.pick(turkish)} ${turkishWord}`;
    }
    case 'emirati':
      return `${rng.pick(emirati)} ${rng.chance(0.6) ? rng.pick(emiratiTrade) : `${trade} TRADING`}`;
    case 'malaysian':
      return `${rng.pick(malay)} ${rng.chance(0.5) ? rng.pick(asianEnglish) + ' ' : ''}${trade}`;
    case 'vietnamese':
      return `${rng.pick(vietnamese)} ${rng.pick(vietnameseSecond)} ${trade}`;
    case 'thai':
      return `${rng.pick(thai)} ${rng.chance(0.5) ? rng.pick(asianEnglish) + ' ' : ''}${trade}`;
    case 'indonesian':
      return `${rng.pick(indonesian)} ${rng.pick(indonesianSecond)} ${trade}`;
    case 'korean':
      return `${rng.pick(korean)}${rng.pick(koreanSecond)} ${trade}`;
    case 'singaporean':
      return `${rng.pick(asianEnglish)} ${trade}`;
    case 'egyptian':
      return `${rng.pick(egyptian)} ${rng.chance(0.5) ? 'FOR ' : ''}${trade}`;
    case 'moroccan':
      return `${rng.pick(moroccan)} ${trade}`;
    case 'latin':
      return `${rng.pick(latinFirst)} ${rng.chance(0.5) ? `${trade} ` : ''}${rng.pick(latinSecond)}`;
    case 'brazilian':
      return `${rng.pick(brazilianFirst)} ${rng.pick(brazilianSecond)} ${trade}`;
    case 'iranian':
      return `${rng.pick(iranian)} ${rng.chance(0.5) ? trade : rng.pick(iranianTrade)}`;
    case 'american':
      return `${rng.pick(americanFirst)} ${trade}`;
    case 'english': {
      const form = rng.int(0, 9);
      if (form < 5) return `${rng.pick(britishPlaces)} ${trade}`;
      if (form < 7) return `${rng.pick(britishGeneric)} ${trade}`;
      if (form < 9) return `${rng.pick(britishSurnames)} ${rng.pick(britishTrade)}`;
      return `${rng.letters(1)} & ${rng.letters(1)} ${trade}`;
    }
  }
}

/** Trade words for importers: what a UK business in these goods calls itself. */
export function importerTradeWords(tradeWords: readonly string[]): readonly string[] {
  return [...tradeWords, 'TRADING', 'IMPORTS', 'DISTRIBUTION', 'WHOLESALE', 'SUPPLIES'];
}

/** Freight forwarders and NVOCCs. */
export const forwarderStems: readonly string[] = [
  'SEAHAWK LOGISTICS (UK)', 'CROSSDOCK FREIGHT SERVICES', 'BLUEWATER SHIPPING AND FORWARDING', 'ATLAS GLOBAL LOGISTICS', 'MERIDIAN CARGO',
  'NORTHSEA FREIGHT', 'PORTSIDE CUSTOMS CLEARANCE', 'ANCHOR FREIGHT INTERNATIONAL', 'TRANSGLOBE LOGISTICS', 'CONTAINERLINK UK',
  'BRIDGEWAY INTERNATIONAL FREIGHT', 'ORIENT EXPRESS LINES (UK)', 'KESTREL FREIGHT FORWARDING', 'HARBOURLINE SHIPPING', 'SWIFTCARGO SOLUTIONS',
  'EASTGATE FREIGHT MANAGEMENT', 'GLOBALINK CONSOLIDATORS', 'TRIDENT SHIPPING SERVICES', 'UNIFREIGHT INTERNATIONAL', 'CARGOWAYS UK',
  'OCEANIC CONSOLIDATION SERVICES', 'PRIMEPORT LOGISTICS', 'EUROASIA FREIGHT', 'SILKROUTE LOGISTICS', 'FASTLANE CUSTOMS AND FORWARDING',
  'INTERMODAL CARGO SYSTEMS', 'WORLDWIDE FREIGHT PARTNERS', 'CONTINENTAL SHIPPING AGENCY', 'DOCKSIDE CLEARING', 'FELIX FREIGHT SERVICES',
  'THAMES GATEWAY FORWARDING', 'SOLENT CARGO SERVICES', 'MIDLANDS INLAND FREIGHT', 'PENNINE FREIGHT CONSOLIDATORS', 'CLYDE SHIPPING AGENCIES',
  'MERSEY CARGO SERVICES', 'SKYSEA LOGISTICS', 'FIRSTLINE INTERNATIONAL FREIGHT', 'VANGUARD CARGO', 'PACIFICLINK FORWARDING (UK)',
];
