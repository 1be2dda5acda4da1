/**
 * A term put at the start of a label or inside a sentence. Each term lives once, in the core's
 * catalogue (e.g. `executionLevel`, `roleNames`); these say how it is cased where another catalogue uses it.
 */
export const upperFirst = (s: string): string => s.charAt(0).toLocaleUpperCase() + s.slice(1);
export const lowerFirst = (s: string): string => s.charAt(0).toLocaleLowerCase() + s.slice(1);
