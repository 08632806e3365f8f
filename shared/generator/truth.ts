/**
 * The answer key of a generated world (truth.json): which bills belong to which planted scheme or
 * decoy, which raw party names belong to which company, and which reports are credible.
 */
import { phoneDigits, renderPremises } from './addresses';
import { formatIsoDate } from './calendar';
import type { Grading } from './reports/grading';
import type { IntelligenceReport } from './reports/reportWriter';
import type { PlantedScheme, SchemePlanting } from './schemes/types';
import { writtenCompanyNames, type Company, type CompanyRole } from './traders';

export interface SchemeTruth {
  readonly title: string;
  readonly description: string;
  /** Bills of lading (house B/L where there is one) of the scheme's consignments. */
  readonly billsOfLading: string[];
  /** Why each bill belongs to the scheme. */
  readonly notes: Record<string, string>;
  /** Company ids of the scheme's parties. */
  readonly companies: string[];
  /** File names of the reports about it. */
  readonly reports: string[];
  /** Watchlist names it added. */
  readonly watchlistNames: string[];
}

export interface ReportTruth {
  readonly reference: string;
  readonly date: string;
  /** Canonical grading, "B2". */
  readonly grading: string;
  readonly credible: boolean;
  /** Scheme or decoy id. */
  readonly subjectOf: string;
  readonly billsOfLading: readonly string[];
}

export interface CompanyTruth {
  readonly canonicalName: string;
  readonly role: CompanyRole;
  readonly country: string;
  readonly address: string;
  /** Digits with the country code, for comparing phone fields. */
  readonly phone: string;
  /** Every spelling of the name written in the manifests. */
  readonly rawNames: string[];
}

export interface WorldTruth {
  readonly formatVersion: 1;
  readonly generator: {
    readonly seed: number;
    readonly lines: number;
    readonly firstArrivalDate: string;
    readonly lastArrivalDate: string;
    /** Examination outcomes cover arrivals before this date. */
    readonly examinationCutoffDate: string;
  };
  readonly schemes: Record<string, SchemeTruth>;
  readonly decoys: Record<string, SchemeTruth>;
  /** Keyed by report file name. */
  readonly reports: Record<string, ReportTruth>;
  /** Keyed by company id; companies whose name was written at least once. */
  readonly companies: Record<string, CompanyTruth>;
  /** Pairs of distinct companies with confusingly similar names (company ids), both written. */
  readonly confusableCompanies: readonly (readonly [string, string])[];
  /** Texts written in party-name fields that stand for no company ("TO ORDER", "SAME AS CONSIGNEE"). */
  readonly placeholderNames: readonly string[];
}

export function gradingCode(grading: Grading): string {
  return `${grading.source}${grading.credibility}`;
}

export class TruthRecorder {
  private readonly entries = new Map<string, SchemeTruth>();

  constructor(private readonly schemes: readonly PlantedScheme[], plantings: readonly SchemePlanting[]) {
    schemes.forEach((scheme, index) => {
      const planting = plantings[index] as SchemePlanting;
      const notes: Record<string, string> = {};
      for (const planted of planting.bills) notes[planted.bill.billOfLadingNumber] = planted.note;
      this.entries.set(scheme.id, {
        title: scheme.title,
        description: scheme.description,
        billsOfLading: planting.bills.map((planted) => planted.bill.billOfLadingNumber),
        notes,
        companies: [...new Set(planting.companies.map((company) => company.id))],
        reports: planting.reports.map((report) => report.fileName),
        watchlistNames: planting.watchlist.map((entry) => entry.name),
      });
    });
  }

  /** A bill of a decoy lane, recorded as it is written. */
  recordBill(schemeId: string, billOfLadingNumber: string, note: string): void {
    const entry = this.entries.get(schemeId);
    if (!entry) throw new RangeError(`unknown scheme ${schemeId}`);
    entry.billsOfLading.push(billOfLadingNumber);
    entry.notes[billOfLadingNumber] = note;
  }

  build(
    generator: WorldTruth['generator'],
    reports: readonly IntelligenceReport[],
    companies: readonly Company[],
    confusablePairs: readonly (readonly [string, string])[],
    placeholderNames: readonly string[],
  ): WorldTruth {
    const schemes: Record<string, SchemeTruth> = {};
    const decoys: Record<string, SchemeTruth> = {};
    for (const scheme of this.schemes) (scheme.kind === 'scheme' ? schemes : decoys)[scheme.id] = this.entries.get(scheme.id) as SchemeTruth;
    const reportTruth: Record<string, ReportTruth> = {};
    for (const report of reports) {
      reportTruth[report.fileName] = {
        reference: report.reference,
        date: formatIsoDate(report.day),
        grading: gradingCode(report.grading),
        credible: report.credible,
        subjectOf: report.subjectOf,
        billsOfLading: report.billsOfLading,
      };
    }
    const companyTruth: Record<string, CompanyTruth> = {};
    for (const company of companies) {
      const rawNames = writtenCompanyNames(company);
      if (rawNames.length === 0) continue;
      companyTruth[company.id] = {
        canonicalName: company.canonicalName,
        role: company.role,
        country: company.country,
        address: renderPremises(company.premises, 0),
        phone: phoneDigits(company.phone),
        rawNames,
      };
    }
    const confusableCompanies = confusablePairs.filter(([a, b]) => companyTruth[a] !== undefined && companyTruth[b] !== undefined);
    return { formatVersion: 1, generator, schemes, decoys, reports: reportTruth, companies: companyTruth, confusableCompanies, placeholderNames };
  }
}
