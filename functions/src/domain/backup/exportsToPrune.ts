/**
 * Which export folders of the backup bucket are older than `retentionDays` and go. Folders are named by the
 * time of their export (`2026-12-02T03-00-00Z/`, see `exportFolderName`); anything else in the bucket is not a
 * backup of ours and is never touched.
 */
export function exportsToPrune(folders: string[], now: Date, retentionDays: number): string[] {
  const cutoff = now.getTime() - retentionDays * 86_400_000;
  return folders.filter((folder) => {
    const at = exportFolderTime(folder);
    return at !== null && at < cutoff;
  });
}

/** `2026-12-02T03-00-00Z/`: sortable, and free of characters Cloud Storage paths dislike. */
export function exportFolderName(at: Date): string {
  return `${at.toISOString().slice(0, 19).replaceAll(':', '-')}Z/`;
}

function exportFolderTime(folder: string): number | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z\/?$/.exec(folder);
  if (!match) return null;
  const at = Date.parse(`${match[1]}T${match[2]}:${match[3]}:${match[4]}Z`);
  return Number.isNaN(at) ? null : at;
}
