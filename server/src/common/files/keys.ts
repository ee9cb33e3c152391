/** Where each kind of upload lives in the file storage. The same paths as under `<DATA_DIR>/files` before the storage
 * had backends, so existing folders stay valid and `npm run files:migrate` copies them to a bucket as they are. */
export const fileKeys = {
  resourceVersion: (resourceId: string, version: number) => `${resourceId}/${version}`,
  /** Every version of a resource. */
  resource: (resourceId: string) => `${resourceId}/`,
  grantAttachment: (attachmentId: string) => `grant-attachments/${attachmentId}`,
  grantReportAttachment: (attachmentId: string) => `grant-report-attachments/${attachmentId}`,
  /** A municipality's decision document (one per year and municipality: a new one replaces it). */
  settlementDecision: (numbersId: string) => `settlement-decisions/${numbersId}`,
};
