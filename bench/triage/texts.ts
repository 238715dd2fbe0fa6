/**
 * Long texts for timing and snapshots: pool texts joined with spaces until `length`, then cut, so
 * a 3,000-character message is made of real messages rather than one repeated.
 */
export function textsOfLength(pool: readonly string[], length: number, count: number): string[] {
  const out: string[] = [];
  let i = 0;
  for (let k = 0; k < count; k++) {
    let text = '';
    while (text.length < length) text += `${pool[i++ % pool.length]} `;
    out.push(text.slice(0, length));
  }
  return out;
}
