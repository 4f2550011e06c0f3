/**
 * Statistical disclosure control for everything the engine publishes: a versioned policy
 * ({@link org.rarewatch.engine.disclosure.DisclosurePolicy}, default {@code rarewatch-sdc-1}), primary and
 * secondary suppression over tables with row, column and hierarchy totals, verified by an exact linear
 * audit ({@link org.rarewatch.engine.disclosure.LinearDisclosureAudit}), rounding, and reliability flags.
 * Entry point: {@link org.rarewatch.engine.disclosure.DisclosureControl}. Methods: docs/methods.md,
 * "Disclosure control".
 */
package org.rarewatch.engine.disclosure;
