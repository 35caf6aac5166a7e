// monaco-yaml's worker, re-exported from our own file: Vite's dev server only pre-bundles a package
// imported by a bare name from our code (vite.config optimizeDeps.include), and the worker's CommonJS
// dependencies (path-browserify) fail unbundled ("module is not defined"). Same in the build.
import 'monaco-yaml/yaml.worker.js';
