import 'activate-kit/styles.css';
import { Activate } from '../activate/activate-client';

// Rendered on every request (not prerendered at build time): server rendering at run time.
export const dynamic = 'force-dynamic';

export default function ActivateDynamicPage() {
  return (
    <main>
      <Activate />
    </main>
  );
}
