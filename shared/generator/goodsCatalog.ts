/**
 * The goods the synthetic world trades: each commodity with its HS subheading (in the HS reference),
 * the descriptions shippers write, typical package, weight and unit value, and where it comes from.
 * Unit values are free-on-board USD per kilogram, of the order real trade statistics show.
 */

export interface Commodity {
  readonly id: string;
  /** Six-digit HS 2022 subheading. */
  readonly hsCode: string;
  /** Goods descriptions as shippers write them. */
  readonly descriptions: readonly string[];
  /** Words a trader in these goods puts in its name. */
  readonly tradeWords: readonly string[];
  /** Median declared value, USD per kg gross. */
  readonly usdPerKg: number;
  readonly packageKind: string;
  readonly kgPerPackage: readonly [number, number];
  readonly packagesPerContainer: readonly [number, number];
  /** Exporting countries (alpha-2) with weights. */
  readonly origins: readonly (readonly [string, number])[];
  /** Relative number of trade lanes in the goods. */
  readonly laneWeight: number;
}

const commodity = (
  id: string, hsCode: string, descriptions: string[], tradeWords: string[], usdPerKg: number, packageKind: string,
  kgPerPackage: [number, number], packagesPerContainer: [number, number], origins: [string, number][], laneWeight: number,
): Commodity => ({ id, hsCode, descriptions, tradeWords, usdPerKg, packageKind, kgPerPackage, packagesPerContainer, origins, laneWeight });

export const commodities: readonly Commodity[] = [
  commodity('led-luminaires', '940542', ['LED LIGHTING FIXTURES', 'LED PANEL LIGHTS', 'LED DOWNLIGHTS', 'LED LUMINAIRES'], ['LIGHTING', 'ELECTRICAL'], 9, 'CTNS', [6, 14], [600, 1400], [['CN', 10]], 5),
  commodity('cotton-tshirts', '610910', ["MEN'S COTTON T-SHIRTS", 'LADIES KNITTED T-SHIRTS 100% COTTON', 'COTTON T SHIRTS', 'GARMENTS - T-SHIRTS'], ['GARMENTS', 'APPAREL', 'FASHION', 'TEXTILES'], 14, 'CTNS', [8, 15], [700, 1300], [['BD', 8], ['IN', 4], ['PK', 3], ['CN', 4], ['TR', 2], ['VN', 2]], 6),
  commodity('cotton-trousers', '620342', ["MEN'S COTTON TROUSERS", 'DENIM JEANS', 'COTTON CHINO TROUSERS'], ['GARMENTS', 'APPAREL', 'DENIM', 'FASHION'], 16, 'CTNS', [10, 18], [500, 1000], [['BD', 6], ['PK', 4], ['TR', 3], ['CN', 2], ['VN', 2]], 4),
  commodity('knit-jumpers', '611020', ['COTTON KNITTED PULLOVERS', 'CARDIGANS COTTON', 'KNITWEAR'], ['KNITWEAR', 'APPAREL', 'GARMENTS'], 15, 'CTNS', [8, 14], [600, 1100], [['BD', 4], ['CN', 4], ['TR', 2]], 3),
  commodity('sports-footwear', '640411', ['SPORTS SHOES', 'TRAINERS', 'ATHLETIC FOOTWEAR TEXTILE UPPERS'], ['FOOTWEAR', 'SHOES'], 18, 'CTNS', [8, 14], [500, 900], [['VN', 6], ['CN', 5], ['ID', 3]], 4),
  commodity('bedroom-furniture', '940350', ['WOODEN BEDROOM FURNITURE', 'WARDROBES AND CHESTS OF DRAWERS', 'KD WOODEN BED FRAMES'], ['FURNITURE', 'WOOD', 'HOME'], 2.6, 'PKGS', [25, 60], [120, 320], [['VN', 5], ['CN', 4], ['MY', 3], ['ID', 2]], 4),
  commodity('upholstered-seats', '940161', ['UPHOLSTERED SOFAS', 'FABRIC SOFA SETS', 'DINING CHAIRS UPHOLSTERED'], ['FURNITURE', 'HOME'], 4.2, 'PKGS', [20, 45], [80, 200], [['CN', 6], ['VN', 3], ['MY', 2], ['TR', 1]], 3),
  commodity('wooden-furniture', '940360', ['WOODEN FURNITURE', 'DINING TABLES WOODEN', 'TV CABINETS'], ['FURNITURE', 'WOOD'], 2.4, 'PKGS', [20, 50], [150, 350], [['VN', 4], ['CN', 3], ['MY', 3], ['ID', 3], ['IN', 1]], 3),
  commodity('toys', '950300', ['PLASTIC TOYS', "CHILDREN'S TOYS", 'DOLLS AND ACCESSORIES', 'RIDE ON TOYS'], ['TOYS', 'GIFTS'], 7, 'CTNS', [5, 12], [700, 1500], [['CN', 10]], 4),
  commodity('laptops', '847130', ['LAPTOP COMPUTERS', 'NOTEBOOK COMPUTERS', 'PORTABLE COMPUTERS'], ['COMPUTER', 'ELECTRONICS', 'TECHNOLOGY'], 180, 'CTNS', [8, 15], [600, 1200], [['CN', 8], ['TW', 2]], 2),
  commodity('smartphones', '851713', ['MOBILE PHONES', 'SMARTPHONES', 'CELLULAR TELEPHONES'], ['ELECTRONICS', 'COMMUNICATION', 'TECHNOLOGY'], 420, 'CTNS', [6, 12], [500, 1000], [['CN', 8], ['VN', 3], ['KR', 1]], 1.5),
  commodity('li-ion-batteries', '850760', ['LITHIUM ION BATTERIES UN3480', 'LI-ION BATTERY PACKS', 'RECHARGEABLE BATTERIES'], ['BATTERY', 'ENERGY', 'POWER'], 22, 'CTNS', [12, 25], [500, 1000], [['CN', 8], ['KR', 2]], 2),
  commodity('solar-modules', '854143', ['SOLAR PANELS', 'PHOTOVOLTAIC MODULES', 'MONOCRYSTALLINE SOLAR MODULES'], ['SOLAR', 'ENERGY', 'NEW ENERGY'], 3.2, 'PLTS', [550, 800], [18, 26], [['CN', 8], ['VN', 2], ['MY', 1]], 2.5),
  commodity('bicycles', '871200', ['BICYCLES', 'MOUNTAIN BIKES', 'CHILDRENS BICYCLES'], ['BICYCLE', 'CYCLE', 'SPORTS'], 8, 'CTNS', [14, 22], [150, 300], [['CN', 5], ['TW', 3]], 1.5),
  commodity('e-bikes', '871160', ['ELECTRIC BICYCLES', 'E-BIKES', 'PEDELECS'], ['BICYCLE', 'E-MOBILITY'], 16, 'CTNS', [25, 35], [120, 220], [['CN', 6], ['TW', 2]], 1.5),
  commodity('vehicle-parts', '870899', ['AUTO PARTS', 'VEHICLE SPARE PARTS', 'CAR PARTS AND ACCESSORIES'], ['AUTO PARTS', 'AUTOMOTIVE', 'MOTOR'], 6, 'CTNS', [10, 30], [400, 900], [['CN', 5], ['TR', 2], ['IN', 2], ['KR', 2], ['TH', 2]], 3),
  commodity('ceramic-tiles', '690722', ['CERAMIC TILES', 'PORCELAIN FLOOR TILES', 'GLAZED WALL TILES'], ['CERAMICS', 'TILES', 'BUILDING MATERIALS'], 0.55, 'PLTS', [900, 1300], [18, 22], [['CN', 4], ['IN', 4], ['TR', 3], ['EG', 1]], 3),
  commodity('stainless-kitchenware', '732393', ['STAINLESS STEEL KITCHENWARE', 'STAINLESS STEEL COOKWARE', 'SS CUTLERY SETS'], ['KITCHENWARE', 'HOUSEWARE', 'METAL'], 5, 'CTNS', [10, 20], [600, 1100], [['CN', 5], ['IN', 4]], 2.5),
  commodity('plastic-kitchenware', '392410', ['PLASTIC KITCHENWARE', 'PLASTIC FOOD CONTAINERS', 'MELAMINE TABLEWARE'], ['PLASTIC', 'HOUSEWARE'], 3.5, 'CTNS', [5, 12], [800, 1600], [['CN', 8], ['TH', 1], ['TR', 1]], 3),
  commodity('plastic-household', '392490', ['PLASTIC HOUSEHOLD ARTICLES', 'PLASTIC STORAGE BOXES', 'PLASTIC LAUNDRY BASKETS'], ['PLASTIC', 'HOUSEHOLD', 'HOME'], 2.8, 'CTNS', [4, 10], [900, 1800], [['CN', 8], ['VN', 1], ['TR', 1]], 3),
  commodity('rice', '100630', ['BASMATI RICE', 'LONG GRAIN WHITE RICE', 'JASMINE RICE'], ['RICE', 'FOODS', 'AGRO'], 1.1, 'BAGS', [20, 25], [900, 1100], [['IN', 5], ['PK', 4], ['TH', 3], ['VN', 1]], 2.5),
  commodity('bananas', '080390', ['FRESH BANANAS', 'BANANAS CAVENDISH', 'FRESH GREEN BANANAS'], ['FRUIT', 'BANANA', 'AGRICOLA'], 0.75, 'BOXES', [18, 19], [1000, 1100], [['EC', 6], ['CO', 4]], 2.5),
  commodity('frozen-shrimp', '030617', ['FROZEN SHRIMP', 'FROZEN VANNAMEI PRAWNS', 'FROZEN RAW PEELED PRAWNS'], ['SEAFOOD', 'FOODS', 'AQUA'], 8, 'CTNS', [10, 12], [1800, 2200], [['VN', 4], ['IN', 4], ['EC', 3], ['TH', 1], ['BD', 1]], 2.5),
  commodity('canned-tuna', '160414', ['CANNED TUNA', 'TUNA CHUNKS IN BRINE', 'TUNA FLAKES IN SUNFLOWER OIL'], ['CANNING', 'FOODS', 'SEAFOOD'], 4.5, 'CTNS', [9, 11], [1800, 2200], [['TH', 5], ['EC', 3]], 2),
  commodity('black-tea', '090240', ['BLACK TEA', 'CEYLON TEA', 'TEA IN BULK'], ['TEA', 'PLANTATIONS'], 3.2, 'BAGS', [50, 65], [300, 400], [['LK', 4], ['IN', 3]], 1.5),
  commodity('green-coffee', '090111', ['GREEN COFFEE BEANS', 'RAW COFFEE ARABICA', 'COFFEE NOT ROASTED'], ['COFFEE', 'CAFE'], 4.8, 'BAGS', [60, 70], [275, 320], [['BR', 4], ['CO', 3], ['VN', 3]], 2),
  commodity('cashew-nuts', '080132', ['CASHEW KERNELS', 'CASHEW NUTS WW320', 'SHELLED CASHEWS'], ['NUTS', 'FOODS', 'AGRO'], 7.5, 'CTNS', [22, 24], [700, 800], [['VN', 5], ['IN', 3]], 1.5),
  commodity('pistachios', '080251', ['PISTACHIOS IN SHELL', 'ROASTED PISTACHIO NUTS', 'PISTACHIO NUTS'], ['NUTS', 'DRIED FRUIT', 'FOODS'], 9, 'BAGS', [25, 50], [400, 800], [['US', 4], ['TR', 2]], 1),
  commodity('dates', '080410', ['DRIED DATES', 'MEDJOOL DATES', 'DATES IN BOXES'], ['DATES', 'FOODS', 'DRIED FRUIT'], 2.5, 'CTNS', [5, 10], [1800, 2600], [['AE', 3], ['EG', 2]], 1),
  commodity('bed-linen', '630231', ['COTTON BED LINEN', 'BEDSHEETS 100% COTTON', 'DUVET COVER SETS'], ['HOME TEXTILES', 'TEXTILES', 'LINEN'], 7, 'CTNS', [15, 25], [500, 900], [['PK', 5], ['IN', 4], ['BD', 2], ['CN', 2], ['TR', 2]], 3),
  commodity('terry-towels', '630260', ['COTTON TERRY TOWELS', 'BATH TOWELS', 'TOWELS 100% COTTON'], ['TOWEL', 'HOME TEXTILES', 'TEXTILES'], 6, 'BALES', [30, 50], [350, 600], [['PK', 5], ['TR', 3], ['IN', 2]], 2),
  commodity('carpets', '570242', ['WOVEN CARPETS', 'MACHINE MADE RUGS', 'POLYPROPYLENE RUGS'], ['CARPET', 'RUGS', 'HOME TEXTILES'], 4, 'ROLLS', [30, 80], [150, 400], [['TR', 5], ['IN', 3], ['EG', 1]], 1.5),
  commodity('galvanised-steel', '721049', ['GALVANISED STEEL COILS', 'HOT DIP GALVANIZED STEEL SHEETS', 'GI COILS'], ['STEEL', 'METAL', 'IRON AND STEEL'], 0.95, 'COILS', [4000, 9000], [3, 6], [['CN', 4], ['KR', 2], ['TR', 2], ['IN', 2], ['VN', 1]], 1.5),
  commodity('steel-tubes', '730630', ['WELDED STEEL PIPES', 'ERW STEEL TUBES', 'STEEL HOLLOW SECTIONS'], ['STEEL', 'PIPE', 'METAL'], 1.1, 'BUNDLES', [1500, 3000], [8, 14], [['CN', 4], ['TR', 3], ['IN', 2]], 1.5),
  commodity('aluminium-profiles', '760429', ['ALUMINIUM PROFILES', 'ALUMINIUM EXTRUSIONS', 'ALUMINIUM ALLOY BARS'], ['ALUMINIUM', 'METAL'], 3.6, 'PLTS', [700, 1100], [18, 24], [['CN', 5], ['TR', 2], ['MY', 1]], 1.5),
  commodity('wine', '220421', ['RED WINE IN BOTTLES', 'WHITE WINE 75CL', 'STILL WINE'], ['WINES', 'VINEYARDS', 'BEVERAGES'], 3.5, 'CASES', [14, 16], [1100, 1300], [['ZA', 5], ['US', 2]], 1.5),
  commodity('car-tyres', '401110', ['PASSENGER CAR TYRES', 'NEW PNEUMATIC TYRES', 'RADIAL CAR TYRES'], ['TYRE', 'RUBBER', 'AUTOMOTIVE'], 2.8, 'PCS', [8, 12], [900, 1400], [['CN', 5], ['TH', 3], ['ID', 2], ['KR', 1]], 2),
  commodity('glass-bottles', '701090', ['GLASS BOTTLES', 'GLASS JARS', 'EMPTY GLASS CONTAINERS'], ['GLASS', 'PACKAGING'], 0.9, 'PLTS', [700, 1000], [18, 22], [['CN', 3], ['TR', 2], ['EG', 1]], 1),
  commodity('handbags', '420222', ['LADIES HANDBAGS', 'PU HANDBAGS', 'FASHION BAGS'], ['BAGS', 'LEATHER', 'FASHION'], 12, 'CTNS', [8, 14], [500, 900], [['CN', 7], ['IN', 2], ['VN', 1]], 1.5),
  commodity('cosmetics', '330499', ['COSMETICS', 'SKIN CARE PREPARATIONS', 'BEAUTY PRODUCTS'], ['COSMETICS', 'BEAUTY'], 11, 'CTNS', [8, 16], [700, 1300], [['CN', 4], ['KR', 3], ['TR', 1], ['AE', 1]], 1.5),
  commodity('confectionery', '170490', ['SUGAR CONFECTIONERY', 'HARD CANDY', 'JELLY SWEETS'], ['CONFECTIONERY', 'FOODS', 'SWEETS'], 2.6, 'CTNS', [8, 12], [1300, 1900], [['TR', 3], ['CN', 2], ['EG', 1], ['TH', 1]], 1.5),
  commodity('plywood', '441231', ['PLYWOOD SHEETS', 'HARDWOOD FACED PLYWOOD', 'BIRCH PLYWOOD'], ['WOOD', 'TIMBER', 'PANELS'], 0.7, 'CRATES', [1200, 1800], [14, 18], [['CN', 3], ['VN', 2], ['ID', 2], ['MY', 1], ['BR', 1]], 1.5),
  commodity('granite-slabs', '680293', ['GRANITE WORKTOPS', 'POLISHED GRANITE SLABS', 'GRANITE PAVING'], ['GRANITE', 'STONE', 'MARBLE'], 0.6, 'CRATES', [1500, 2200], [11, 14], [['IN', 5], ['CN', 3], ['BR', 1]], 1.5),
  commodity('air-conditioners', '841510', ['AIR CONDITIONERS', 'SPLIT AIR CONDITIONING UNITS', 'WALL MOUNTED AC UNITS'], ['AIR CONDITIONING', 'ELECTRICAL', 'APPLIANCES'], 6, 'PCS', [30, 45], [150, 300], [['CN', 5], ['TH', 2], ['MY', 1]], 1),
  commodity('refrigerators', '841821', ['DOMESTIC REFRIGERATORS', 'FRIDGE FREEZERS', 'REFRIGERATORS'], ['APPLIANCES', 'ELECTRICAL', 'HOME'], 4.5, 'PCS', [45, 75], [60, 120], [['CN', 4], ['TR', 3], ['KR', 1], ['TH', 1]], 1),
  commodity('medicaments', '300490', ['PHARMACEUTICAL PRODUCTS', 'MEDICAMENTS IN DOSAGE FORM', 'TABLETS AND CAPSULES'], ['PHARMA', 'HEALTHCARE', 'LIFE SCIENCES'], 40, 'CTNS', [8, 15], [600, 1100], [['IN', 6], ['US', 2], ['CN', 1]], 1.5),
  commodity('brake-pads', '681381', ['BRAKE PADS', 'BRAKE LININGS', 'DISC BRAKE PADS'], ['AUTO PARTS', 'BRAKE', 'FRICTION'], 4.2, 'CTNS', [15, 25], [700, 1100], [['CN', 4], ['IN', 2], ['TR', 2], ['KR', 1]], 1),
  commodity('headphones', '851830', ['HEADPHONES', 'BLUETOOTH EARPHONES', 'WIRELESS HEADSETS'], ['ELECTRONICS', 'AUDIO', 'DIGITAL'], 28, 'CTNS', [6, 12], [600, 1200], [['CN', 8], ['VN', 2]], 1.5),
  commodity('televisions', '852872', ['LED TELEVISIONS', 'SMART TV 55 INCH', 'TELEVISION SETS'], ['ELECTRONICS', 'DIGITAL', 'APPLIANCES'], 14, 'PCS', [15, 30], [250, 500], [['CN', 5], ['KR', 1], ['MY', 1]], 1),
  commodity('pepper', '090412', ['BLACK PEPPER GROUND', 'WHITE PEPPER POWDER', 'GROUND PEPPER'], ['SPICES', 'FOODS'], 5, 'BAGS', [25, 50], [400, 700], [['VN', 4], ['IN', 2], ['BR', 1], ['ID', 1]], 1),
  commodity('fruit-juice', '200990', ['MIXED FRUIT JUICE', 'JUICE CONCENTRATE BLEND', 'FRUIT JUICE DRINKS'], ['JUICE', 'BEVERAGES', 'FOODS'], 1.3, 'DRUMS', [200, 260], [70, 90], [['BR', 3], ['TH', 2], ['EG', 1], ['ZA', 1]], 1),
  commodity('cut-roses', '060311', ['FRESH CUT ROSES', 'ROSES FRESH CUT FLOWERS', 'FRESH FLOWERS ROSES'], ['FLOWERS', 'ROSES', 'AGRICOLA'], 6, 'BOXES', [10, 15], [500, 700], [['EC', 4], ['CO', 4]], 1),
  commodity('polyethylene', '390110', ['LDPE GRANULES', 'POLYETHYLENE RESIN', 'LOW DENSITY POLYETHYLENE'], ['POLYMERS', 'PETROCHEMICALS', 'PLASTIC'], 1.2, 'BAGS', [25, 25], [980, 1100], [['AE', 3], ['KR', 2], ['TH', 1], ['US', 1]], 1),
  commodity('woven-cotton-fabric', '520942', ['DENIM FABRIC', 'COTTON WOVEN FABRIC', 'YARN DYED COTTON FABRIC'], ['FABRICS', 'TEXTILE MILLS', 'WEAVING'], 5.5, 'ROLLS', [40, 80], [250, 450], [['PK', 4], ['IN', 3], ['TR', 2], ['CN', 2]], 1.5),
  // Goods that figure mainly in planted schemes: legitimate lanes in them are rare.
  commodity('cigarettes', '240220', ['CIGARETTES', 'TOBACCO CIGARETTES'], ['TOBACCO'], 30, 'CTNS', [10, 12], [900, 1100], [['AE', 1]], 0),
  commodity('hand-rolling-tobacco', '240319', ['HAND ROLLING TOBACCO', 'SMOKING TOBACCO'], ['TOBACCO'], 45, 'CTNS', [10, 14], [700, 1000], [['AE', 1]], 0),
  commodity('vapes', '854340', ['ELECTRONIC CIGARETTES', 'DISPOSABLE VAPES', 'VAPING DEVICES'], ['VAPE', 'ELECTRONICS'], 35, 'CTNS', [6, 10], [700, 1200], [['CN', 1]], 0.6),
  commodity('vodka', '220860', ['VODKA 70CL', 'VODKA IN BOTTLES'], ['SPIRITS', 'BEVERAGES'], 5, 'CASES', [9, 11], [1100, 1300], [['US', 1]], 0.2),
];

const byId = new Map(commodities.map((entry) => [entry.id, entry]));

export function commodityById(id: string): Commodity {
  const found = byId.get(id);
  if (!found) throw new RangeError(`unknown commodity ${id}`);
  return found;
}

/** Descriptions that say nothing about the goods: a misdeclaration indicator when used alone. */
export const vagueDescriptions: readonly string[] = [
  'GENERAL CARGO', 'FAK', 'FREIGHT ALL KINDS', 'SPARE PARTS', 'HOUSEHOLD ITEMS', 'MIXED GOODS', 'AS PER INVOICE',
  'SAID TO CONTAIN GOODS', 'ACCESSORIES', 'SAMPLES', 'PERSONAL EFFECTS', 'CONSOLIDATED CARGO', 'GOODS', 'VARIOUS ITEMS',
];
