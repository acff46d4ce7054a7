/** A global node id as BigCommerce makes them: base64 of `Type:entityId` (`UHJvZHVjdDoxMDE=`). */
export function nodeId(typeName: string, entityId: number | string): string {
  return Buffer.from(`${typeName}:${entityId}`, 'utf8').toString('base64');
}
