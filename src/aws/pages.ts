/** Every item of every page, in order: pages are read one after another (each needs the previous one's marker). */
export async function collectPages<T, P>(pages: AsyncIterable<P>, items: (page: P) => T[] | undefined): Promise<T[]> {
  const out: T[] = [];
  for await (const page of pages) out.push(...(items(page) ?? []));
  return out;
}
