/**
 * A network as the views build it from the store: plain data (structured-clone safe), before
 * analytics and layout. Nodes are resolved trader entities (ids "T:<smallest occurrence id>");
 * edges are shipment flows (shipper → consignee, aggregated per pair) or hidden links (two
 * traders writing the same normalised address or phone number on their bills).
 */
export type NetworkNodeKind = 'trader' | 'report' | 'shipment' | 'container' | 'vessel' | 'port' | 'watchlist-entry' | 'community';
export type NetworkEdgeKind =
  | 'shipment-flow'
  | 'shared-address'
  | 'shared-phone'
  | 'shared-email'
  | 'shared-notify-party'
  | 'report-mention'
  // The full network (shared/graph/views/fullNetworkView.ts): a bill of lading and what it names.
  | 'bill-shipper'
  | 'bill-consignee'
  | 'bill-notify-party'
  | 'bill-container'
  | 'bill-vessel-call'
  | 'bill-loaded-at'
  | 'bill-discharged-at'
  | 'watchlist-hit'
  // Aggregated views (shared/graph/communityAggregation.ts): the edges between two communities, or a member and a community.
  | 'community-link';
export type TraderRole = 'shipper' | 'consignee' | 'notify party';

export interface NetworkNode {
  readonly id: string;
  readonly label: string;
  readonly kind: NetworkNodeKind;
  readonly roles: readonly TraderRole[];
  readonly countries: readonly string[];
  /** Party occurrences of the trader in the whole workspace. */
  readonly occurrences: number;
  readonly watchlistHits: number;
  /** Report nodes ("R:<report id>", views with reports): what the report is. */
  readonly report?: ReportNodeFacts;
  /**
   * The stored risk score (risk_target: traders by entity id, shipments by B/L number): null when
   * the workspace was never scored, 0 when scored below every rule; absent for kinds never scored.
   */
  readonly riskScore?: number | null;
  /** What a node of the full network is, as stored (B/L number, arrival date, IMO number, list...), for the details panel. */
  readonly facts?: Readonly<Record<string, string>>;
}

/** An intelligence report drawn as a node: enough to recognise it and judge how far to trust it. */
export interface ReportNodeFacts {
  readonly reportId: number;
  readonly reference: string | null;
  readonly title: string;
  readonly fileName: string;
  /** ISO yyyy-mm-dd, null when the header gave none that could be read. */
  readonly date: string | null;
  /** Source reliability and information credibility ("B2", "B?"), null when neither was read. */
  readonly grading: string | null;
  readonly marking: string | null;
}

export interface NetworkEdge {
  /** "flow:<shipper>><consignee>", "address:<a>~<b>", "phone:<a>~<b>" (a < b). */
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly kind: NetworkEdgeKind;
  /** Shipment flows are directed (shipper → consignee); hidden links are not. */
  readonly directed: boolean;
  /** Bills of lading carrying the pair (flows); bills on which either side wrote the shared value (links). */
  readonly bills: number;
  /** Sum of the declared values of the bills' lines; null when none was declared. */
  readonly totalDeclaredValueUsd: number | null;
  readonly firstArrivalDate: string | null;
  readonly lastArrivalDate: string | null;
  /** The shared values as the first of the two traders wrote them (hidden links). */
  readonly sharedValues: readonly string[];
  /** Report → trader edges ("mention:R:<report>>T:<trader>"): mentions of the trader in the report not rejected, and the report's grading and reference. */
  readonly mentions?: number;
  readonly grading?: string | null;
  readonly reference?: string | null;
  /** Community links: how many edges of the view the link stands for. */
  readonly links?: number;
}

export interface NetworkGraph {
  readonly nodes: readonly NetworkNode[];
  readonly edges: readonly NetworkEdge[];
  /** What the builder left out and why ("an address written by 40 traders is not a link"). */
  readonly notes: readonly string[];
}

export interface NetworkFilters {
  /** Shipment flows carried by fewer bills are left out. */
  readonly minimumBills?: number;
  /** ISO dates (YYYY-MM-DD), inclusive: only bills arriving in the window. */
  readonly dateFrom?: string;
  readonly dateTo?: string;
  /** HS chapter (two digits, "61"): only bills with a line of that chapter. */
  readonly hsChapter?: string;
  /** UN/LOCODE ("GBFXT"): only bills received, loaded or discharged at that port. */
  readonly port?: string;
  /** ISO 3166 alpha-2 ("CN"): only bills whose country of origin, or port of loading, is in that country. */
  readonly country?: string;
  /** Only bills whose shipment risk score (risk_target) is at least this many points. */
  readonly minimumRiskScore?: number;
}
