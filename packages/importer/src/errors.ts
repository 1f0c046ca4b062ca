import type { ValidationIssue } from '@ep-inventories/client';
import { InventoriesError, ValidationError } from '@ep-inventories/client';
import type { Import } from '@ep-inventories/types';

/** The source has invalid lines, so nothing was uploaded. */
export class ImportValidationError extends ValidationError {
  static override readonly kind: string = 'ImportValidationError';
  /** How many issues there were in all; `issues` keeps the first `maxIssues`. */
  readonly issueCount: number;
  /** How many lines (rows, records) had at least one issue. */
  readonly invalidLines: number;

  constructor(
    issues: ValidationIssue[],
    counts: { issueCount: number; invalidLines: number; fileName?: string | undefined },
  ) {
    const { invalidLines, fileName } = counts;
    const where = fileName ? ` in ${fileName}` : '';
    const lines = `${invalidLines} invalid ${invalidLines === 1 ? 'line' : 'lines'}`;
    const what = invalidLines === 0 ? `no products to import${where}` : `${lines}${where}`;
    super(`${what}; nothing was uploaded`, issues);
    this.issueCount = counts.issueCount;
    this.invalidLines = invalidLines;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), issueCount: this.issueCount, invalidLines: this.invalidLines };
  }
}

/** The import did not finish before the deadline. It may still finish later. */
export class ImportWaitTimeoutError extends InventoriesError {
  static override readonly kind: string = 'ImportWaitTimeoutError';

  constructor(
    /** The import as last seen. */
    readonly lastSeen: Import,
    timeoutMs: number,
  ) {
    super(
      `import ${lastSeen.id} was still ${lastSeen.attributes.status} after ${timeoutMs} ms; ` +
        'it may finish later: check it with imports.get',
    );
  }
}

/** The service reported an import status this version does not know. */
export class UnexpectedImportStatusError extends InventoriesError {
  static override readonly kind: string = 'UnexpectedImportStatusError';

  constructor(readonly lastSeen: Import) {
    super(`import ${lastSeen.id} has status "${lastSeen.attributes.status}", which is not known`);
  }
}
