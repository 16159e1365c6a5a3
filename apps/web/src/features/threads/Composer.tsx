import { useId, useMemo, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import type { CombinedError } from 'urql';
import { ErrorNotice } from '../common/ErrorNotice';
import { fieldProblems } from '../../lib/graphql/errors';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { UploadRefused, uploadDocument, type UploadedDocument } from './documents';
import { renderPreview } from './markdown-preview';

export interface ComposerProps {
  /** The text area's label ("Your reply", "Edit your post"). */
  label: string;
  submitLabel: string;
  initialBody?: string;
  initialAttachments?: UploadedDocument[];
  /** Sends the post; answers the API's error, if any (the draft is kept then). */
  onSubmit(body: string, attachmentIds: string[]): Promise<CombinedError | undefined>;
  onCancel?(): void;
  /** Opened on the reader's request (Reply, Edit): the caret goes to the text at once. */
  autoFocus?: boolean;
}

type Upload = { state: 'uploading'; name: string } | { state: 'done'; document: UploadedDocument };

/**
 * Writing a post: Markdown with a preview, files attached by upload (their ids go with the post). Loaded on demand
 * (the Markdown renderer is its own chunk), so readers who never write do not download it.
 */
export default function Composer(props: ComposerProps) {
  const { t, format } = useI18n();
  const id = useId();
  const [body, setBody] = useState(props.initialBody ?? '');
  const [previewing, setPreviewing] = useState(false);
  const [uploads, setUploads] = useState<Upload[]>(
    (props.initialAttachments ?? []).map((document) => ({ state: 'done', document })),
  );
  const [uploadProblem, setUploadProblem] = useState<string | null>(null);
  const [error, setError] = useState<CombinedError | undefined>();
  const [sending, setSending] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const preview = useMemo(() => (previewing ? renderPreview(body) : ''), [previewing, body]);

  const attach = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    setUploadProblem(null);
    for (const file of files) {
      setUploads((current) => [...current, { state: 'uploading', name: file.name }]);
      try {
        const document = await uploadDocument(file);
        setUploads((current) =>
          current.map((upload) =>
            upload.state === 'uploading' && upload.name === file.name ? { state: 'done', document } : upload,
          ),
        );
      } catch (refusal) {
        setUploads((current) =>
          current.filter((upload) => !(upload.state === 'uploading' && upload.name === file.name)),
        );
        const reason = refusal instanceof UploadRefused ? refusal.reason : 'failed';
        setUploadProblem(
          reason === 'documents.too-large'
            ? t('threads.upload.tooLarge', { name: file.name })
            : reason === 'documents.type-not-allowed'
              ? t('threads.upload.typeNotAllowed', { name: file.name })
              : reason === 'documents.quota-exceeded'
                ? t('threads.upload.quota')
                : t('threads.upload.failed', { name: file.name }),
        );
      }
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim() || sending) return;
    setSending(true);
    const ids = uploads.flatMap((upload) => (upload.state === 'done' ? [upload.document.id] : []));
    const problem = await props.onSubmit(body, ids);
    setSending(false);
    setError(problem);
    if (!problem) {
      setBody('');
      setUploads([]);
      setPreviewing(false);
    }
  };

  const bodyProblem = fieldProblems(error).find((problem) => ['body', 'attachments'].includes(problem.field));
  const uploading = uploads.some((upload) => upload.state === 'uploading');

  return (
    <form className="composer" onSubmit={(event) => void submit(event)}>
      {!bodyProblem && <ErrorNotice error={error} />}
      <div className="composer-modes" role="group" aria-label={t('threads.composer.mode')}>
        <button type="button" aria-pressed={!previewing} onClick={() => setPreviewing(false)}>
          {t('threads.composer.write')}
        </button>
        <button type="button" aria-pressed={previewing} onClick={() => setPreviewing(true)}>
          {t('threads.composer.preview')}
        </button>
      </div>
      <div className={bodyProblem ? 'field invalid' : 'field'}>
        <label htmlFor={`${id}-body`}>{props.label}</label>
        <p className="hint" id={`${id}-hint`}>
          {t('threads.composer.markdownHint')}
        </p>
        <textarea
          id={`${id}-body`}
          hidden={previewing}
          rows={6}
          aria-required
          value={body}
          aria-describedby={`${id}-hint${bodyProblem ? ` ${id}-problem` : ''}`}
          aria-invalid={bodyProblem ? true : undefined}
          onChange={(event) => setBody(event.target.value)}
          autoFocus={props.autoFocus}
        />
        {previewing && (
          <div
            className="post-body markdown-preview"
            aria-label={t('threads.composer.preview')}
            role="region"
            dangerouslySetInnerHTML={{ __html: preview || `<p>${t('threads.composer.nothingToPreview')}</p>` }}
          />
        )}
        {bodyProblem && (
          <p className="problem" id={`${id}-problem`}>
            {t('common.error.field', { detail: bodyProblem.message })}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-files`}>{t('threads.composer.attach')}</label>
        <p className="hint" id={`${id}-files-hint`}>
          {t('threads.composer.attachHint')}
        </p>
        <input
          id={`${id}-files`}
          ref={fileInput}
          type="file"
          multiple
          aria-describedby={`${id}-files-hint`}
          onChange={(event) => void attach(event)}
        />
        {uploadProblem && (
          <p className="problem" role="alert">
            {uploadProblem}
          </p>
        )}
        {uploads.length > 0 && (
          <ul className="uploads" aria-label={t('threads.attachments')}>
            {uploads.map((upload) =>
              upload.state === 'uploading' ? (
                <li key={`uploading-${upload.name}`} role="status">
                  {t('threads.upload.uploading', { name: upload.name })}
                </li>
              ) : (
                <li key={upload.document.id}>
                  <span className="file-name">{upload.document.name}</span> ({format.bytes(upload.document.size)}){' '}
                  <button
                    type="button"
                    className="link"
                    onClick={() =>
                      setUploads((current) =>
                        current.filter((u) => u.state !== 'done' || u.document.id !== upload.document.id),
                      )
                    }
                  >
                    {t('threads.upload.remove', { name: upload.document.name })}
                  </button>
                </li>
              ),
            )}
          </ul>
        )}
      </div>
      <div className="composer-actions">
        <button type="submit" className="primary" disabled={sending || uploading || !body.trim()}>
          {props.submitLabel}
        </button>
        {props.onCancel && (
          <button type="button" onClick={props.onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
