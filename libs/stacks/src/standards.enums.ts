import { registerEnumType } from '@nestjs/graphql';

export enum IpRight {
  PATENTS = 'PATENTS',
  TRADEMARKS = 'TRADEMARKS',
  INDUSTRIAL_DESIGNS = 'INDUSTRIAL_DESIGNS',
}

registerEnumType(IpRight, {
  name: 'IpRight',
  description: 'The kind of IP right a standard is implemented for.',
  valuesMap: {
    PATENTS: { description: 'Patents (and utility models).' },
    TRADEMARKS: { description: 'Trademarks.' },
    INDUSTRIAL_DESIGNS: { description: 'Industrial designs.' },
  },
});

export enum StandardImplementation {
  IMPLEMENTED = 'IMPLEMENTED',
  PARTLY_IMPLEMENTED = 'PARTLY_IMPLEMENTED',
  NOT_IMPLEMENTED = 'NOT_IMPLEMENTED',
  PLANNED = 'PLANNED',
}

registerEnumType(StandardImplementation, {
  name: 'StandardImplementation',
  description: 'How far an office implements a WIPO standard (recommendation 7).',
  valuesMap: {
    IMPLEMENTED: { description: 'Implemented.' },
    PARTLY_IMPLEMENTED: { description: 'Partly implemented: the explanation says how far.' },
    NOT_IMPLEMENTED: { description: 'Not implemented.' },
    PLANNED: { description: 'Planned: the plan date says when.' },
  },
});

/** WIPO standards and their titles, seeded at start (the handbook's list; more can be added in a later seed). */
export const WIPO_STANDARDS: readonly { code: string; title: string }[] = [
  { code: 'ST.3', title: 'Two-letter codes for the representation of states, other entities and organizations' },
  { code: 'ST.6', title: 'Numbering of published patent documents' },
  { code: 'ST.9', title: 'Bibliographic data on and relating to patents and SPCs (INID codes)' },
  { code: 'ST.10/C', title: 'Presentation of bibliographic data components' },
  { code: 'ST.13', title: 'Numbering of applications for patents, SPCs, industrial designs and layout-designs' },
  { code: 'ST.14', title: 'Inclusion of references cited in patent documents' },
  { code: 'ST.16', title: 'Standard code for identification of different kinds of patent documents' },
  { code: 'ST.25', title: 'Presentation of nucleotide and amino acid sequence listings (superseded by ST.26)' },
  { code: 'ST.26', title: 'Presentation of nucleotide and amino acid sequence listings using XML' },
  { code: 'ST.27', title: 'Exchange of patent legal status data' },
  { code: 'ST.36', title: 'Processing of patent information using XML' },
  { code: 'ST.37', title: 'Authority file of published patent documents' },
  { code: 'ST.60', title: 'Bibliographic data relating to marks (INID codes)' },
  { code: 'ST.61', title: 'Exchange of trademark legal status data' },
  { code: 'ST.66', title: 'Processing of trademark information using XML' },
  { code: 'ST.67', title: 'Electronic management of the figurative elements of trademarks' },
  { code: 'ST.80', title: 'Bibliographic data relating to industrial designs (INID codes)' },
  { code: 'ST.86', title: 'Processing of industrial design information using XML' },
  { code: 'ST.87', title: 'Exchange of industrial design legal status data' },
  { code: 'ST.88', title: 'Electronic representation of industrial designs' },
  { code: 'ST.90', title: 'Processing and communicating intellectual property data using web APIs' },
  { code: 'ST.91', title: 'Digital three-dimensional (3D) models and 3D images' },
  { code: 'ST.96', title: 'Processing of intellectual property information using XML' },
  { code: 'ST.97', title: 'Processing of intellectual property information using JSON' },
];
