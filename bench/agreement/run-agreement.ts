// Runs every agreement check with its default real-code corpus and prints the figures the README quotes.
// Usage: node dist/bench/agreement/run-agreement.js
await import('./python-radon.js');
await import('./python-docstrings.js');
await import('./ecmascript-eslint.js');
