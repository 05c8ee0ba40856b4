/** "Megan", "Megan and Lee", "Megan, Lee and Adele"; '' for none. */
export function listText(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}` : items[0] ?? '';
}
