// The stylesheet ships as written, with the brand marks it points at: plain CSS needs no build,
// and consumers import it explicitly (their bundler resolves `url(./icons/…)` beside it).
import { copyFileSync, cpSync } from 'node:fs';
copyFileSync('src/styles/activate-kit.css', 'dist/activate-kit.css');
cpSync('src/styles/icons', 'dist/icons', { recursive: true });
