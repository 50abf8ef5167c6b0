/**
 * Why Excel would refuse a table name, or undefined when it takes it: a letter, "_" or "\" first, then
 * letters, digits, "_", "." or "\", at most 255 characters, and not something that reads as a cell
 * reference ("A1", "R1C1", "R", "C"). Both hosts apply it, so they refuse the same names.
 */
export function tableNameProblem(name: string): string | undefined {
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) return "only letters, digits, _ . \\, starting with a letter, _ or \\";
  if (name.length > 255) return "longer than 255 characters";
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name)) return "reads as a cell reference";
  return undefined;
}
