import { useEffect } from 'react';

/** Names the browser tab after the page ("Error: " first while the page shows problems), then "Clearance". */
export function usePageTitle(title: string, hasErrors = false) {
  useEffect(() => {
    document.title = `${hasErrors ? 'Error: ' : ''}${title} – Clearance`;
  }, [title, hasErrors]);
}
