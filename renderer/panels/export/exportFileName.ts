import { projectFileName } from '../home/projectFileName';

/** The default file name of a map's export, e.g. "Checkout.pdf" or "结账-pain-points.csv". */
export function exportFileName(mapName: string, extension: string, suffix = ''): string {
  const base = projectFileName(suffix ? `${mapName} ${suffix}` : mapName, 'map').slice(0, -'.cjm'.length);
  return `${base}.${extension}`;
}
