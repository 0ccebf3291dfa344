import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { parseProgressFile, progressFileName, toProgressFile, type ProgressFileProblem } from '../../store/progress-file';
import { useProgressStore, type ImportResult } from '../../store/progress-store';
import { Button } from '../common/Button';
import { downloadText } from '../common/download';
import { Notice } from '../common/Notice';

type Outcome =
  | { kind: 'imported'; result: ImportResult; file: string }
  | { kind: 'refused'; problem: ProgressFileProblem; file: string }
  | { kind: 'exported'; count: number };

/** Export progress as a file and import one from another browser: merged, duplicates skipped, a bad file refused whole. */
export function ProgressTransfer() {
  const { t } = useTranslation('progress');
  const attempts = useProgressStore((state) => state.attempts);
  const importAttempts = useProgressStore((state) => state.importAttempts);
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  function exportFile() {
    downloadText(progressFileName(), toProgressFile(attempts));
    setOutcome({ kind: 'exported', count: attempts.length });
  }

  async function importFile(file: File) {
    const parsed = parseProgressFile(await file.text());
    if (!parsed.ok) {
      setOutcome({ kind: 'refused', problem: parsed.problem, file: file.name });
      return;
    }
    setOutcome({ kind: 'imported', result: importAttempts(parsed.attempts), file: file.name });
  }

  return (
    <div className="transfer">
      <div className="transfer__actions">
        <Button icon="download" onClick={exportFile} disabled={attempts.length === 0}>
          {t('transfer.export')}
        </Button>
        <Button icon="upload" onClick={() => input.current?.click()}>
          {t('transfer.import')}
        </Button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          hidden
          tabIndex={-1}
          aria-label={t('transfer.import')}
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Cleared so that choosing the same file again still fires a change.
            event.target.value = '';
            if (file) void importFile(file);
          }}
        />
      </div>
      <div aria-live="polite">{outcome ? <TransferOutcome outcome={outcome} onDismiss={() => setOutcome(null)} /> : null}</div>
    </div>
  );
}

function TransferOutcome({ outcome, onDismiss }: { outcome: Outcome; onDismiss: () => void }) {
  const { t } = useTranslation('progress');
  switch (outcome.kind) {
    case 'exported':
      return (
        <Notice tone="success" onDismiss={onDismiss}>
          <p>{t('transfer.exported', { count: outcome.count })}</p>
        </Notice>
      );
    case 'imported': {
      const { added, skipped } = outcome.result;
      const text =
        added > 0
          ? [t('transfer.added', { count: added }), skipped > 0 ? t('transfer.skipped', { count: skipped }) : ''].join(' ')
          : skipped > 0
            ? t('transfer.nothingNew')
            : t('transfer.empty');
      return (
        <Notice tone={added > 0 ? 'success' : 'info'} title={t('transfer.importedTitle', { file: outcome.file })} onDismiss={onDismiss}>
          <p>{text.trim()}</p>
        </Notice>
      );
    }
    case 'refused':
      return (
        <Notice tone="error" title={t('transfer.refusedTitle', { file: outcome.file })} onDismiss={onDismiss}>
          <p>{refusalReason(outcome.problem, t)}</p>
          <p>{t('transfer.unchanged')}</p>
        </Notice>
      );
  }
}

function refusalReason(problem: ProgressFileProblem, t: TFunction<'progress'>): string {
  switch (problem.kind) {
    case 'not-json':
      return t('transfer.problem.notJson');
    case 'not-progress-file':
      return t('transfer.problem.notProgressFile');
    case 'newer-version':
      return t('transfer.problem.newerVersion', { version: problem.version });
    case 'invalid':
      return t('transfer.problem.invalid', { path: problem.path, expected: problem.expected });
  }
}
