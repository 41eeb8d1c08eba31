/**
 * One CSV line (RFC 4180): every cell quoted. A cell that a spreadsheet would run as a formula
 * (starting with = + - @, tab or carriage return) gets a leading apostrophe, so a message like
 * `=HYPERLINK(...)` stays text when a manager opens the export.
 */
export const toCsvLine = (cells: unknown[]) =>
  cells
    .map((cell) => {
      const text = cell == null ? '' : String(cell)
      const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
      return `"${safe.replaceAll('"', '""')}"`
    })
    .join(',')
