import { writeFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';

/**
 * Writes a jar that holds only a manifest. `java -jar` on it runs `mainClass` from the jars on `classPath`,
 * which lets firebase-tools start an emulator jar that has no `Main-Class` of its own.
 */
export function writeManifestJar(file: string, manifest: { mainClass: string; classPath: string[] }): void {
  const text = [
    'Manifest-Version: 1.0',
    `Main-Class: ${manifest.mainClass}`,
    `Class-Path: ${manifest.classPath.map((path) => encodeURI(path)).join(' ')}`,
  ]
    .map(wrapManifestLine)
    .join('\r\n');
  writeFileSync(file, zipOneFile('META-INF/MANIFEST.MF', Buffer.from(`${text}\r\n\r\n`, 'utf8')));
}

/** Manifest lines are at most 72 bytes; longer values continue on lines that start with one space. */
function wrapManifestLine(line: string): string {
  const parts = [line.slice(0, 72)];
  for (let at = 72; at < line.length; at += 71) parts.push(` ${line.slice(at, at + 71)}`);
  return parts.join('\r\n');
}

/** A zip archive with one stored (uncompressed) entry: local header, data, central directory, end record. */
function zipOneFile(name: string, data: Buffer): Buffer {
  const nameBytes = Buffer.from(name, 'utf8');
  const checksum = crc32(data);
  const dosDate = (0 << 9) | (1 << 5) | 1; // 1980-01-01: a fixed date keeps the file reproducible

  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(dosDate, 12);
  local.writeUInt32LE(checksum, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);

  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(dosDate, 14);
  central.writeUInt32LE(checksum, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);

  const centralOffset = local.length + nameBytes.length + data.length;
  const centralSize = central.length + nameBytes.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(centralOffset, 16);

  return Buffer.concat([local, nameBytes, data, central, nameBytes, end]);
}
