// The consumer lives in a temporary folder: Turbopack's root is that folder, not a parent
// with another lock file.
export default { turbopack: { root: import.meta.dirname } };
