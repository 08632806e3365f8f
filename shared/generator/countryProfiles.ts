/**
 * Where the synthetic world's traders are: for each country, its trading cities with the place
 * goods are received (UN/LOCODE), the ports they load at, address and phone conventions, and the
 * company legal forms and name style used there. All UN/LOCODEs are in the seaports reference.
 */
import type { LegalFormId } from './legalForms';

export type NameStyle =
  | 'chinese' | 'indian' | 'bangladeshi' | 'pakistani' | 'turkish' | 'emirati' | 'malaysian' | 'vietnamese'
  | 'thai' | 'indonesian' | 'korean' | 'singaporean' | 'srilankan' | 'egyptian' | 'moroccan' | 'latin'
  | 'brazilian' | 'english' | 'american' | 'iranian';

export interface TradingCity {
  readonly city: string;
  /** Province or state printed after the city, if the country writes one. */
  readonly region: string;
  /** Postcode or its stem; `#` is replaced by a digit, `@` by a letter. */
  readonly postcode: string;
  /** Trunk code of the city's phone numbers (without the national 0). */
  readonly areaCode: string;
  /** Where goods from this city are received into the carrier's care (UN/LOCODE); empty in the importing country. */
  readonly placeOfReceipt: string;
}

export interface CountryProfile {
  readonly alpha2: string;
  /** As written at the end of an address. */
  readonly addressCountry: string;
  /** Relative share of the lanes that start here (0: only planted schemes use the country). */
  readonly exportWeight: number;
  /** Ports the liner services call at in this country (UN/LOCODE), in order of use. */
  readonly loadingPorts: readonly string[];
  readonly cities: readonly TradingCity[];
  readonly streets: readonly string[];
  readonly addressStyle: 'asian' | 'numbered' | 'british' | 'gulf' | 'latin';
  readonly phoneCountryCode: string;
  /** Digits of the subscriber number after the area code. */
  readonly subscriberDigits: number;
  /** Where the national number has a fixed length (UK: 10 digits after the 0), area code included. */
  readonly nationalDigits?: number;
  readonly legalForms: readonly (readonly [LegalFormId, number])[];
  readonly nameStyle: NameStyle;
}

const city = (name: string, region: string, postcode: string, areaCode: string, placeOfReceipt: string): TradingCity => ({
  city: name, region, postcode, areaCode, placeOfReceipt,
});

export const originCountries: readonly CountryProfile[] = [
  {
    alpha2: 'CN', addressCountry: 'CHINA', exportWeight: 34, loadingPorts: ['CNSHA', 'CNNGB', 'CNYTN', 'CNSHK', 'CNXMN', 'CNTAO', 'CNNSA'],
    cities: [
      city('SHENZHEN', 'GUANGDONG', '518###', '755', 'CNYTN'), city('DONGGUAN', 'GUANGDONG', '523###', '769', 'CNDGG'),
      city('GUANGZHOU', 'GUANGDONG', '510###', '20', 'CNCAN'), city('FOSHAN', 'GUANGDONG', '528###', '757', 'CNFOS'),
      city('NINGBO', 'ZHEJIANG', '315###', '574', 'CNNGB'), city('YIWU', 'ZHEJIANG', '322###', '579', 'CNNGB'),
      city('HANGZHOU', 'ZHEJIANG', '310###', '571', 'CNHGH'), city('SHANGHAI', 'SHANGHAI', '200###', '21', 'CNSHA'),
      city('SUZHOU', 'JIANGSU', '215###', '512', 'CNTAG'), city('XIAMEN', 'FUJIAN', '361###', '592', 'CNXMN'),
      city('QINGDAO', 'SHANDONG', '266###', '532', 'CNTAO'), city('CHONGQING', 'CHONGQING', '400###', '23', 'CNCKG'),
      city('CHENGDU', 'SICHUAN', '610###', '28', 'CNCTU'), city('WUHAN', 'HUBEI', '430###', '27', 'CNWUH'),
    ],
    streets: ['HUAQIANG NORTH', 'SHENNAN', 'JIANGNAN', 'ZHONGSHAN', 'RENMIN', 'JIEFANG', 'XINHUA', 'CHANGJIANG', 'BINHAI', 'HUANCHENG', 'JINSHAN', 'YINGBIN', 'KEJI', 'GONGYE'],
    addressStyle: 'asian', phoneCountryCode: '86', subscriberDigits: 8,
    legalForms: [['CO_LTD', 90], ['HK_LIMITED', 10]], nameStyle: 'chinese',
  },
  {
    alpha2: 'VN', addressCountry: 'VIETNAM', exportWeight: 6, loadingPorts: ['VNSGN', 'VNTOT'],
    cities: [
      city('HO CHI MINH CITY', '', '700000', '28', 'VNSGN'), city('BINH DUONG', '', '820000', '274', 'VNSGN'),
      city('DONG NAI', '', '810000', '251', 'VNTOT'), city('HAI PHONG', '', '180000', '225', 'VNHPH'), city('HA NOI', '', '100000', '24', 'VNHPH'),
    ],
    streets: ['NGUYEN VAN LINH', 'LE DUAN', 'TRAN HUNG DAO', 'VO VAN KIET', 'HUNG VUONG', 'QUANG TRUNG', 'DIEN BIEN PHU'],
    addressStyle: 'asian', phoneCountryCode: '84', subscriberDigits: 7,
    legalForms: [['CO_LTD', 60], ['JSC', 40]], nameStyle: 'vietnamese',
  },
  {
    alpha2: 'IN', addressCountry: 'INDIA', exportWeight: 7, loadingPorts: ['INNSA', 'INMUN'],
    cities: [
      city('MUMBAI', 'MAHARASHTRA', '400###', '22', 'INNSA'), city('AHMEDABAD', 'GUJARAT', '380###', '79', 'INAMD'),
      city('TIRUPPUR', 'TAMIL NADU', '641###', '421', 'INCJB'), city('LUDHIANA', 'PUNJAB', '141###', '161', 'INLUH'),
      city('MORADABAD', 'UTTAR PRADESH', '244###', '591', 'INMOR'), city('CHENNAI', 'TAMIL NADU', '600###', '44', 'INMAA'),
      city('PANIPAT', 'HARYANA', '132###', '180', 'INPAP'), city('NEW DELHI', 'DELHI', '110###', '11', 'INICD'),
    ],
    streets: ['M.G.', 'STATION', 'NEHRU', 'GANDHI', 'INDUSTRIAL AREA PHASE II', 'RING', 'G.T.', 'SARDAR PATEL'],
    addressStyle: 'numbered', phoneCountryCode: '91', subscriberDigits: 8,
    legalForms: [['PVT_LTD', 70], ['LLP', 10], ['NONE', 20]], nameStyle: 'indian',
  },
  {
    alpha2: 'BD', addressCountry: 'BANGLADESH', exportWeight: 3, loadingPorts: [],
    cities: [city('DHAKA', '', '1###', '2', 'BDDAC'), city('GAZIPUR', '', '17##', '2', 'BDDAC'), city('CHATTOGRAM', '', '4###', '31', 'BDCGP')],
    streets: ['DHAKA-MYMENSINGH', 'TONGI INDUSTRIAL AREA', 'AGRABAD', 'GULSHAN AVENUE', 'EPZ'],
    addressStyle: 'numbered', phoneCountryCode: '880', subscriberDigits: 7,
    legalForms: [['LTD', 85], ['NONE', 15]], nameStyle: 'bangladeshi',
  },
  {
    alpha2: 'PK', addressCountry: 'PAKISTAN', exportWeight: 3, loadingPorts: ['PKKHI', 'PKBQM'],
    cities: [
      city('KARACHI', 'SINDH', '74###', '21', 'PKKHI'), city('LAHORE', 'PUNJAB', '54###', '42', 'PKKHI'),
      city('FAISALABAD', 'PUNJAB', '38###', '41', 'PKKHI'), city('SIALKOT', 'PUNJAB', '513##', '52', 'PKKHI'),
    ],
    streets: ['SITE AREA', 'KORANGI INDUSTRIAL AREA', 'SHEIKHUPURA', 'JINNAH', 'SARGODHA', 'DEFENCE'],
    addressStyle: 'numbered', phoneCountryCode: '92', subscriberDigits: 7,
    legalForms: [['PK_PVT_LTD', 80], ['NONE', 20]], nameStyle: 'pakistani',
  },
  {
    alpha2: 'TR', addressCountry: 'TURKEY', exportWeight: 5, loadingPorts: ['TRAMB', 'TRMER', 'TRIZM'],
    cities: [
      city('ISTANBUL', '', '34###', '212', 'TRAMB'), city('IZMIR', '', '35###', '232', 'TRIZM'), city('BURSA', '', '16###', '224', 'TRGEM'),
      city('DENIZLI', '', '20###', '258', 'TRIZM'), city('MERSIN', '', '33###', '324', 'TRMER'), city('GAZIANTEP', '', '27###', '342', 'TRMER'),
    ],
    streets: ['ATATURK', 'CUMHURIYET', 'ORGANIZE SANAYI BOLGESI', 'INONU', 'MERKEZ', 'ISTIKLAL'],
    addressStyle: 'numbered', phoneCountryCode: '90', subscriberDigits: 7,
    legalForms: [['TR_LTD_STI', 65], ['TR_AS', 35]], nameStyle: 'turkish',
  },
  {
    alpha2: 'TH', addressCountry: 'THAILAND', exportWeight: 2.5, loadingPorts: ['THLCH'],
    cities: [city('BANGKOK', '', '10###', '2', 'THBKK'), city('CHONBURI', '', '20###', '38', 'THLCH'), city('SAMUT PRAKAN', '', '10###', '2', 'THBKK')],
    streets: ['SUKHUMVIT', 'RAMA IV', 'BANGNA-TRAD', 'PHAHOLYOTHIN', 'SILOM'],
    addressStyle: 'asian', phoneCountryCode: '66', subscriberDigits: 7,
    legalForms: [['CO_LTD', 85], ['PCL', 15]], nameStyle: 'thai',
  },
  {
    alpha2: 'MY', addressCountry: 'MALAYSIA', exportWeight: 2, loadingPorts: ['MYPKG', 'MYTPP'],
    cities: [city('KUALA LUMPUR', '', '5####', '3', 'MYPKG'), city('SHAH ALAM', 'SELANGOR', '40###', '3', 'MYPKG'), city('PENANG', '', '10###', '4', 'MYPEN'), city('JOHOR BAHRU', 'JOHOR', '80###', '7', 'MYTPP')],
    streets: ['JALAN AMPANG', 'JALAN KLANG LAMA', 'JALAN PERUSAHAAN', 'JALAN TEBRAU', 'PERSIARAN KEMAJUAN'],
    addressStyle: 'asian', phoneCountryCode: '60', subscriberDigits: 7,
    legalForms: [['SDN_BHD', 95], ['BHD', 5]], nameStyle: 'malaysian',
  },
  {
    alpha2: 'ID', addressCountry: 'INDONESIA', exportWeight: 2, loadingPorts: ['IDJKT'],
    cities: [city('JAKARTA', '', '1####', '21', 'IDJKT'), city('SURABAYA', 'JAWA TIMUR', '60###', '31', 'IDSUB'), city('SEMARANG', 'JAWA TENGAH', '50###', '24', 'IDSRG')],
    streets: ['JL. RAYA CAKUNG CILINCING', 'JL. GATOT SUBROTO', 'JL. RUNGKUT INDUSTRI', 'JL. PEMUDA', 'JL. DAAN MOGOT'],
    addressStyle: 'asian', phoneCountryCode: '62', subscriberDigits: 7,
    legalForms: [['PT', 100]], nameStyle: 'indonesian',
  },
  {
    alpha2: 'KR', addressCountry: 'SOUTH KOREA', exportWeight: 2.5, loadingPorts: ['KRPUS'],
    cities: [city('BUSAN', '', '48###', '51', 'KRPUS'), city('SEOUL', '', '0####', '2', 'KRPUS'), city('INCHEON', '', '21###', '32', 'KRINC'), city('ULSAN', '', '44###', '52', 'KRUSN')],
    streets: ['TEHERAN-RO', 'JUNGANG-DAERO', 'GONGDAN-RO', 'HAEUNDAE-RO', 'SINSAN-RO'],
    addressStyle: 'asian', phoneCountryCode: '82', subscriberDigits: 7,
    legalForms: [['CO_LTD', 60], ['CORP', 40]], nameStyle: 'korean',
  },
  {
    alpha2: 'TW', addressCountry: 'TAIWAN', exportWeight: 2, loadingPorts: ['TWKHH'],
    cities: [city('TAIPEI', '', '1##', '2', 'TWKEL'), city('KAOHSIUNG', '', '8##', '7', 'TWKHH'), city('TAICHUNG', '', '4##', '4', 'TWTXG')],
    streets: ['CHUNG HSIAO E.', 'MINSHENG', 'ZHONGZHENG', 'JIANGUO', 'WENXIN'],
    addressStyle: 'asian', phoneCountryCode: '886', subscriberDigits: 8,
    legalForms: [['CO_LTD', 80], ['CORP', 20]], nameStyle: 'chinese',
  },
  {
    alpha2: 'HK', addressCountry: 'HONG KONG', exportWeight: 1.5, loadingPorts: ['HKHKG'],
    cities: [city('KWUN TONG', 'KOWLOON', '', '', 'HKHKG'), city('TSIM SHA TSUI', 'KOWLOON', '', '', 'HKHKG'), city('KWAI CHUNG', 'NEW TERRITORIES', '', '', 'HKHKG')],
    streets: ['HOI BUN', 'NATHAN', 'CANTON', 'KWAI FUNG CRESCENT', 'HOW MING'],
    addressStyle: 'asian', phoneCountryCode: '852', subscriberDigits: 8,
    legalForms: [['HK_LIMITED', 80], ['CO_LTD', 20]], nameStyle: 'chinese',
  },
  {
    alpha2: 'AE', addressCountry: 'UNITED ARAB EMIRATES', exportWeight: 2, loadingPorts: ['AEJEA'],
    cities: [city('DUBAI', '', 'P.O. BOX #####', '4', 'AEJEA'), city('SHARJAH', '', 'P.O. BOX ####', '6', 'AESHJ'), city('AJMAN', '', 'P.O. BOX ####', '6', 'AEAJM'), city('JEBEL ALI FREE ZONE', 'DUBAI', 'P.O. BOX #####', '4', 'AEJEA')],
    streets: ['AL MAKTOUM', 'SHEIKH ZAYED', 'AL RAS', 'NAIF', 'INDUSTRIAL AREA 4', 'JAFZA SOUTH'],
    addressStyle: 'gulf', phoneCountryCode: '971', subscriberDigits: 7,
    legalForms: [['LLC', 55], ['FZE', 30], ['FZCO', 15]], nameStyle: 'emirati',
  },
  {
    alpha2: 'SG', addressCountry: 'SINGAPORE', exportWeight: 1, loadingPorts: ['SGSIN'],
    cities: [city('SINGAPORE', '', '######', '', 'SGSIN')],
    streets: ['TUAS AVENUE', 'UBI AVENUE', 'ANSON', 'PIONEER', 'JURONG PORT'],
    addressStyle: 'numbered', phoneCountryCode: '65', subscriberDigits: 8,
    legalForms: [['PTE_LTD', 100]], nameStyle: 'singaporean',
  },
  {
    alpha2: 'LK', addressCountry: 'SRI LANKA', exportWeight: 1, loadingPorts: ['LKCMB'],
    cities: [city('COLOMBO', '', '00###', '11', 'LKCMB'), city('KATUNAYAKE', '', '11###', '11', 'LKCMB')],
    streets: ['GALLE', 'DUPLICATION', 'BASELINE', 'NEGOMBO', 'EPZ'],
    addressStyle: 'numbered', phoneCountryCode: '94', subscriberDigits: 7,
    legalForms: [['PVT_LTD', 80], ['PLC', 20]], nameStyle: 'srilankan',
  },
  {
    alpha2: 'EG', addressCountry: 'EGYPT', exportWeight: 1, loadingPorts: ['EGPSD', 'EGALY'],
    cities: [city('CAIRO', '', '11###', '2', 'EGALY'), city('ALEXANDRIA', '', '21###', '3', 'EGALY'), city('10TH OF RAMADAN CITY', 'SHARKIA', '44###', '15', 'EGPSD')],
    streets: ['EL TAHRIR', 'SALAH SALEM', 'INDUSTRIAL ZONE A1', 'EL HORREYA', 'PORT SAID'],
    addressStyle: 'numbered', phoneCountryCode: '20', subscriberDigits: 7,
    legalForms: [['SAE', 70], ['NONE', 30]], nameStyle: 'egyptian',
  },
  {
    alpha2: 'MA', addressCountry: 'MOROCCO', exportWeight: 1, loadingPorts: ['MAPTM'],
    cities: [city('CASABLANCA', '', '20###', '522', 'MACAS'), city('TANGER', '', '90###', '539', 'MAPTM'), city('AGADIR', '', '80###', '528', 'MAAGA')],
    streets: ['BOULEVARD MOHAMMED V', 'ZONE FRANCHE', 'ROUTE DE RABAT', 'AVENUE HASSAN II'],
    addressStyle: 'latin', phoneCountryCode: '212', subscriberDigits: 6,
    legalForms: [['SARL', 80], ['SA', 20]], nameStyle: 'moroccan',
  },
  {
    alpha2: 'ZA', addressCountry: 'SOUTH AFRICA', exportWeight: 1, loadingPorts: ['ZADUR', 'ZACPT'],
    cities: [city('DURBAN', 'KWAZULU-NATAL', '4###', '31', 'ZADUR'), city('CAPE TOWN', 'WESTERN CAPE', '7###', '21', 'ZACPT'), city('JOHANNESBURG', 'GAUTENG', '2###', '11', 'ZAJNB')],
    streets: ['MAYDON', 'VOORTREKKER', 'MAIN REEF', 'SOUTH COAST', 'PAARDEN EILAND'],
    addressStyle: 'numbered', phoneCountryCode: '27', subscriberDigits: 7,
    legalForms: [['PTY_LTD', 100]], nameStyle: 'english',
  },
  {
    alpha2: 'EC', addressCountry: 'ECUADOR', exportWeight: 1.5, loadingPorts: ['ECGYE'],
    cities: [city('GUAYAQUIL', 'GUAYAS', '0901##', '4', 'ECGYE'), city('MACHALA', 'EL ORO', '0701##', '7', 'ECPBO')],
    streets: ['AV. 9 DE OCTUBRE', 'KM 10 VIA DAULE', 'AV. DE LAS AMERICAS', 'AV. FRANCISCO DE ORELLANA'],
    addressStyle: 'latin', phoneCountryCode: '593', subscriberDigits: 7,
    legalForms: [['SA', 70], ['CIA_LTDA', 30]], nameStyle: 'latin',
  },
  {
    alpha2: 'CO', addressCountry: 'COLOMBIA', exportWeight: 1, loadingPorts: ['COCTG'],
    cities: [city('BOGOTA', 'CUNDINAMARCA', '1101##', '1', 'COCTG'), city('CARTAGENA', 'BOLIVAR', '1300##', '5', 'COCTG'), city('MEDELLIN', 'ANTIOQUIA', '0500##', '4', 'COCTG')],
    streets: ['CARRERA 7', 'CALLE 26', 'AVENIDA EL DORADO', 'ZONA FRANCA'],
    addressStyle: 'latin', phoneCountryCode: '57', subscriberDigits: 7,
    legalForms: [['SAS', 70], ['SA', 30]], nameStyle: 'latin',
  },
  {
    alpha2: 'BR', addressCountry: 'BRAZIL', exportWeight: 1.5, loadingPorts: ['BRSSZ', 'BRPNG'],
    cities: [city('SAO PAULO', 'SP', '0####-###', '11', 'BRSSZ'), city('SANTOS', 'SP', '110##-###', '13', 'BRSSZ'), city('CURITIBA', 'PR', '80###-###', '41', 'BRPNG')],
    streets: ['AVENIDA PAULISTA', 'RUA XV DE NOVEMBRO', 'AVENIDA DAS NACOES UNIDAS', 'RODOVIA ANCHIETA'],
    addressStyle: 'latin', phoneCountryCode: '55', subscriberDigits: 8,
    legalForms: [['LTDA', 75], ['SA', 25]], nameStyle: 'brazilian',
  },
  {
    alpha2: 'US', addressCountry: 'USA', exportWeight: 2.5, loadingPorts: ['USNYC', 'USSAV', 'USHOU'],
    cities: [city('NEWARK', 'NJ', '071##', '973', 'USNYC'), city('SAVANNAH', 'GA', '314##', '912', 'USSAV'), city('HOUSTON', 'TX', '770##', '713', 'USHOU'), city('CHICAGO', 'IL', '606##', '312', 'USCHI')],
    streets: ['MAIN', 'INDUSTRIAL', 'COMMERCE', 'PORT', 'LOGISTICS', 'OAK'],
    addressStyle: 'numbered', phoneCountryCode: '1', subscriberDigits: 7,
    legalForms: [['INC', 60], ['LLC', 40]], nameStyle: 'american',
  },
  {
    // No liner service calls Iran: its goods reach the UK only through a hub (origin laundering).
    alpha2: 'IR', addressCountry: 'IRAN', exportWeight: 0, loadingPorts: [],
    cities: [city('TEHRAN', '', '1####', '21', 'IRBND'), city('BANDAR ABBAS', 'HORMOZGAN', '79###', '76', 'IRBND'), city('ISFAHAN', '', '81###', '31', 'IRBND')],
    streets: ['VALIASR', 'ENGHELAB', 'AZADI', 'KESHAVARZ'],
    addressStyle: 'numbered', phoneCountryCode: '98', subscriberDigits: 8,
    legalForms: [['NONE', 60], ['CO_LTD', 40]], nameStyle: 'iranian',
  },
];

/** The importing country: the UK ports the services discharge at and where consignees trade. */
export const importingCountry: CountryProfile = {
  alpha2: 'GB', addressCountry: 'UNITED KINGDOM', exportWeight: 0, loadingPorts: ['GBFXT', 'GBSOU', 'GBLGP', 'GBTIL', 'GBLIV'],
  cities: [
    city('LONDON', '', 'E## #@@', '20', ''), city('ILFORD', 'ESSEX', 'IG# #@@', '20', ''), city('WEMBLEY', 'MIDDLESEX', 'HA# #@@', '20', ''),
    city('CROYDON', 'SURREY', 'CR# #@@', '20', ''), city('DARTFORD', 'KENT', 'DA# #@@', '1322', ''), city('GRAYS', 'ESSEX', 'RM## #@@', '1375', ''),
    city('BIRMINGHAM', 'WEST MIDLANDS', 'B## #@@', '121', ''), city('MANCHESTER', '', 'M## #@@', '161', ''), city('LEEDS', 'WEST YORKSHIRE', 'LS## #@@', '113', ''),
    city('LEICESTER', '', 'LE# #@@', '116', ''), city('BRADFORD', 'WEST YORKSHIRE', 'BD# #@@', '1274', ''), city('GLASGOW', '', 'G## #@@', '141', ''),
    city('BRISTOL', '', 'BS## #@@', '117', ''), city('LIVERPOOL', 'MERSEYSIDE', 'L## #@@', '151', ''), city('LUTON', 'BEDFORDSHIRE', 'LU# #@@', '1582', ''),
    city('COVENTRY', 'WEST MIDLANDS', 'CV# #@@', '24', ''), city('NORTHAMPTON', '', 'NN# #@@', '1604', ''), city('FELIXSTOWE', 'SUFFOLK', 'IP11 #@@', '1394', ''),
    city('SOUTHAMPTON', 'HAMPSHIRE', 'SO## #@@', '23', ''), city('SHEFFIELD', 'SOUTH YORKSHIRE', 'S# #@@', '114', ''), city('SLOUGH', 'BERKSHIRE', 'SL# #@@', '1753', ''),
  ],
  streets: ['STATION', 'HIGH', 'CHURCH', 'VICTORIA', 'PARK', 'MILL', 'BRIDGE', 'KING', 'QUEEN', 'LONDON', 'MANOR', 'RIVERSIDE', 'WHARF', 'DOCK', 'COMMERCIAL', 'FACTORY'],
  addressStyle: 'british', phoneCountryCode: '44', subscriberDigits: 7, nationalDigits: 10,
  legalForms: [['LTD', 80], ['LIMITED', 10], ['PLC', 3], ['LLP', 2], ['NONE', 5]], nameStyle: 'english',
};

export function countryProfile(alpha2: string): CountryProfile {
  const profile = alpha2 === importingCountry.alpha2 ? importingCountry : originCountries.find((entry) => entry.alpha2 === alpha2);
  if (!profile) throw new RangeError(`no country profile for ${alpha2}`);
  return profile;
}
