/** A fact a service page can lack: said once, together, instead of a "not published" in each section. */
export type ServiceGap = 'documents' | 'fee' | 'time' | 'legalBasis';

interface ServiceFacts {
  documents: readonly string[];
  fee?: string;
  processingTime?: string;
}

/** The facts this service's page does not have, in the order the page would show them. */
export function serviceGaps(data: ServiceFacts, legalBasisCount: number): ServiceGap[] {
  const gaps: ServiceGap[] = [];
  if (!data.documents.length) gaps.push('documents');
  if (!data.fee) gaps.push('fee');
  if (!data.processingTime) gaps.push('time');
  if (!legalBasisCount) gaps.push('legalBasis');
  return gaps;
}
