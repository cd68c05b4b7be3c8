// The stylesheet ships as written: plain CSS needs no build, and consumers import it explicitly.
import { copyFileSync } from 'node:fs';
copyFileSync('src/styles/activate-kit.css', 'dist/activate-kit.css');
