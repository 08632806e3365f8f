/**
 * Where our party-name normalisation deliberately differs from the libraries whose test vectors
 * we check against, vector by vector, with the reason. The agreement test fails on any other
 * disagreement, and on a listed one that has come to agree (so this list stays true).
 */
const spellOut = 'we spell abbreviations of trade words out (INTL → INTERNATIONAL) so that both spellings meet; they abbreviate';
const cyrillic = 'any-ascii transliterates Cyrillic the practical way (Ч → CH, Ш → SH, Й → Y), as manifests and sanctions lists write Russian and Ukrainian names; they use ICU’s scientific ASCII (č → c, š → s, j)';
const azerbaijani = 'any-ascii maps Ə to E; they map it to A';
const brackets = 'we keep bracketed words: "(UK)", "(PVT)", "(HK)" tell namesakes apart; they drop bracketed text';
const singleLetter = 'we keep a one-letter name ("U"): it is still what the party wrote; they treat it as no name';
const edgesOnly = 'a legal form is recognised only where it stands in practice: OY closes Finnish names, and words in the middle of a name are part of it; cleanco’s prefix/middle options strip them anywhere';
const neverEmpty = 'a name that is nothing but legal-form words keeps them (resolution needs some words to compare); cleanco returns an empty name';
const ptyLimited = 'PTY LIMITED is one legal form (Australia, South Africa) and goes whole; cleanco keeps PTY';
const transliterate = 'we transliterate every script to Latin so that a name in Hangul, Han, Arabic, Thai or Burmese meets its romanised spelling; they keep scripts they cannot romanise reliably';
const companyLimited = 'COMPANY LIMITED / COMPANY LTD is one legal form (the company-limited of China, Thailand, Vietnam...) and goes whole, and € is transliterated to EUR; cleanco removes only LTD';
const chineseLtd = 'our registry calls 有限公司 "CO LTD" (company limited); rigour calls it "ltd": the same form under another abbreviation';
const leadingGmbh = 'GMBH only closes a name in practice; rigour recognises any form anywhere';
const bulgarianKd = 'К.Д. (Bulgarian limited partnership) is not in our registry, and COMPANY closing a name is a legal form for us';
const lady = 'LADY is not dropped as a title: it is a trade word in party names (LADY FASHION LTD)';
const controlCharacter = 'a control character separates words for us (manifest fields use them as separators); rigour’s slug cleanup deletes it';
const metaphoneLength = 'our phonetic keys are Double Metaphone codes, capped at four letters; nomenklatura uses the uncapped Metaphone';

export const deliberateDisagreements: Readonly<Record<string, string>> = {
  nv0005: spellOut,
  nv0006: spellOut,
  nv0007: cyrillic,
  nv0008: cyrillic,
  nv0009: cyrillic,
  nv0010: azerbaijani,
  nv0014: brackets,
  nv0020: singleLetter,
  nv0032: edgesOnly,
  nv0033: edgesOnly,
  nv0034: edgesOnly,
  nv0035: edgesOnly,
  nv0036: edgesOnly,
  nv0047: neverEmpty,
  nv0048: neverEmpty,
  nv0049: neverEmpty,
  nv0050: neverEmpty,
  nv0051: neverEmpty,
  nv0052: neverEmpty,
  nv0053: neverEmpty,
  nv0054: neverEmpty,
  nv0064: ptyLimited,
  nv0065: neverEmpty,
  nv0079: neverEmpty,
  nv0084: transliterate,
  nv0100: companyLimited,
  nv0203: chineseLtd,
  nv0204: leadingGmbh,
  nv0208: bulgarianKd,
  nv0211: leadingGmbh,
  nv0227: lady,
  nv0243: transliterate,
  nv0352: controlCharacter,
  nv0491: transliterate,
  nv0492: transliterate,
  nv0493: transliterate,
  nv0494: transliterate,
  nv0495: transliterate,
  nv0496: transliterate,
  nv0497: transliterate,
  nv0498: metaphoneLength,
  nv0499: metaphoneLength,
};
