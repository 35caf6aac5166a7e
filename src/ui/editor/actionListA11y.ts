// Monaco 0.54's action list (the quick-fix menu, Ctrl+.) is a listbox whose group headers get
// role="separator" and aria-setsize/aria-posinset: not allowed inside a listbox (axe:
// aria-required-children, aria-allowed-attr). A header only groups the options, each of which
// says in its own name what it does, so for assistive technology the headers become presentation.
// Monaco renders the rows lazily, so the fix runs whenever rows are added while the editor is open.

const HEADER = '.action-widget [role="separator"]';

export function fixActionListRoles(root: ParentNode): void {
  for (const row of root.querySelectorAll(HEADER)) {
    row.setAttribute('role', 'presentation');
    row.removeAttribute('aria-setsize');
    row.removeAttribute('aria-posinset');
    row.removeAttribute('aria-selected');
    row.removeAttribute('aria-label');
  }
}

/** Watches the page for the action list while the editor is mounted; returns the stop function. */
export function watchActionList(doc: Document): () => void {
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      for (const n of r.addedNodes) {
        if (
          n instanceof Element &&
          (n.matches('.action-widget, .monaco-list-row') || n.querySelector('.action-widget'))
        ) {
          fixActionListRoles(doc);
          return;
        }
      }
    }
  });
  observer.observe(doc.body, { childList: true, subtree: true });
  return () => observer.disconnect();
}
