// A polite live region: says what changed when time moves ("init-mydb: Completed").
import { useEffect, useRef, useState } from 'react';
import type { PodSnapshot } from '../../core/trace/types';
import { announcements } from './announce';

export function LiveAnnouncer({ pod, status }: { pod: PodSnapshot | null; status: string | null }) {
  const prev = useRef<{ pod: PodSnapshot | null; status: string | null }>({ pod, status });
  const [message, setMessage] = useState('');

  useEffect(() => {
    const said = announcements(prev.current, { pod, status });
    prev.current = { pod, status };
    // Announcing from an effect is the point: the live region must change after the frame did.
    if (said.length) setMessage(said.join('. '));
  }, [pod, status]);

  return (
    <div className="sr-only" role="status" aria-live="polite" aria-atomic="true" data-testid="announcer">
      {message}
    </div>
  );
}
