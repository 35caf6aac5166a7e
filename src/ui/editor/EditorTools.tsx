// The editor title's tools: Insert (snippets placed where they belong) and Format (Shift+Alt+F).
import { useState } from 'react';
import { SNIPPETS, snippetById } from '../../core/manifest/snippets';
import { useT, type MessageKey } from '../i18n';
import { formatDocument } from './editorCommands';
import './expert.css';

export interface EditorToolsProps {
  text: string;
  onInsert(text: string): void;
}

export function EditorTools({ text, onInsert }: EditorToolsProps) {
  const t = useT();
  const [failed, setFailed] = useState(false);
  const insert = async (id: string) => {
    const snippet = snippetById(id);
    // The edit needs the YAML parser, which the page loads only for this.
    const { insertSnippet } = await import('../../core/manifest/snippet-insert');
    const next = snippet ? insertSnippet(text, snippet) : undefined;
    setFailed(next === undefined);
    if (next !== undefined) onInsert(next);
  };
  return (
    <span className="editor-tools">
      <select
        className="editor-insert"
        aria-label={t('editor.insertLabel')}
        value=""
        onChange={(e) => void insert(e.target.value)}
        data-testid="insert-snippet"
      >
        <option value="" disabled>
          {t('editor.insert')}
        </option>
        {SNIPPETS.map((s) => (
          <option key={s.id} value={s.id}>
            {t(`snippet.${s.id}` as MessageKey)}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="link-btn"
        title={t('editor.formatTitle')}
        onClick={() => formatDocument()}
        data-testid="format-document"
      >
        {t('editor.format')}
      </button>
      {failed && (
        <span className="editor-insert-failed" role="status">
          {t('editor.insertFailed')}
        </span>
      )}
    </span>
  );
}
