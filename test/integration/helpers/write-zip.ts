// A minimal zip writer for tests, so archives (including hostile ones: traversal names, sizes
// that lie) can be built in the test itself. Deflate or store, no zip64.
import { crc32, deflateRawSync } from "node:zlib";

export type ZipEntry = { name: string; data?: Buffer; store?: boolean; declaredSize?: number };

export function writeZip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const data = entry.data ?? Buffer.alloc(0);
    const isDir = entry.name.endsWith("/");
    const method = entry.store || isDir ? 0 : 8;
    const body = method === 8 ? deflateRawSync(data) : data;
    const size = entry.declaredSize ?? data.length;
    const fields = { flags: 0x0800, method, crc: crc32(data) >>> 0, compressed: body.length, size };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    writeCommon(local, 6, fields, name.length);
    locals.push(local, name, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20 | (3 << 8), 4); // made by Unix, so the mode below is read
    central.writeUInt16LE(20, 6);
    writeCommon(central, 8, fields, name.length);
    central.writeUInt32LE((isDir ? 0o40755 : 0o100644) << 16 >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

// flags, method, time, date, crc, sizes and name length sit in the same order in both headers.
function writeCommon(header: Buffer, at: number, f: { flags: number; method: number; crc: number; compressed: number; size: number }, nameLength: number) {
  header.writeUInt16LE(f.flags, at);
  header.writeUInt16LE(f.method, at + 2);
  header.writeUInt16LE(0, at + 4);
  header.writeUInt16LE(0x21, at + 6); // 1980-01-01
  header.writeUInt32LE(f.crc, at + 8);
  header.writeUInt32LE(f.compressed, at + 12);
  header.writeUInt32LE(f.size, at + 16);
  header.writeUInt16LE(nameLength, at + 20);
}
