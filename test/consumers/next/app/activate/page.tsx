import 'activate-kit/styles.css';
import { Activate } from './activate-client';

export default function ActivatePage() {
  return (
    <main>
      <Activate />
    </main>
  );
}
