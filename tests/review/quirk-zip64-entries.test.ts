// Review (generator quirks): streaming writers may use ZIP64 records for every entry, however small (Apache
// commons-compress with Zip64Mode.Always, as Java exporters built on it do; Perl Archive::Zip::SimpleZip Zip64 => 1;
// see SheetJS#2766, "a 5 KB file that opens in Excel"). The 32-bit sizes and offset in the central directory are
// then 0xFFFFFFFF and the real values sit in the ZIP64 extra field (APPNOTE 4.5.3). Talenta reads the sentinels as
// sizes and refuses a 200 KB workbook with "the part docProps/app.xml unpacks to more than the limit of 256 MiB".
// Expected: the ZIP64 extra field is read, and the workbook reads as the same package without ZIP64 records does.
import { deflateSync, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { XlsxHost } from "../../src/hosts/xlsx";
import { crc32 } from "../../src/hosts/xlsx/crc32";
import { fixtureBytes } from "../hosts/fixture-files";

const MAX32 = 0xffffffff;

/** The entries zipped the way commons-compress does in Zip64Mode.Always: ZIP64 extra fields in every header. */
function zip64Always(files: Record<string, Uint8Array>): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  const push = (b: Uint8Array) => {
    chunks.push(b);
    offset += b.length;
  };
  for (const [nameText, data] of Object.entries(files)) {
    const name = new TextEncoder().encode(nameText);
    const packed = deflateSync(data);
    const crc = crc32(data, 0);
    const at = offset;
    const local = new DataView(new ArrayBuffer(30 + name.length + 20));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 45, true);
    local.setUint16(8, 8, true);
    local.setUint32(14, crc, true);
    local.setUint32(18, MAX32, true);
    local.setUint32(22, MAX32, true);
    local.setUint16(26, name.length, true);
    local.setUint16(28, 20, true);
    new Uint8Array(local.buffer).set(name, 30);
    local.setUint16(30 + name.length, 1, true);
    local.setUint16(32 + name.length, 16, true);
    local.setBigUint64(34 + name.length, BigInt(data.length), true);
    local.setBigUint64(42 + name.length, BigInt(packed.length), true);
    push(new Uint8Array(local.buffer));
    push(packed);
    const cen = new DataView(new ArrayBuffer(46 + name.length + 28));
    cen.setUint32(0, 0x02014b50, true);
    cen.setUint16(4, 45, true);
    cen.setUint16(6, 45, true);
    cen.setUint16(10, 8, true);
    cen.setUint32(16, crc, true);
    cen.setUint32(20, MAX32, true);
    cen.setUint32(24, MAX32, true);
    cen.setUint16(28, name.length, true);
    cen.setUint16(30, 28, true);
    cen.setUint32(42, MAX32, true);
    new Uint8Array(cen.buffer).set(name, 46);
    cen.setUint16(46 + name.length, 1, true);
    cen.setUint16(48 + name.length, 24, true);
    cen.setBigUint64(50 + name.length, BigInt(data.length), true);
    cen.setBigUint64(58 + name.length, BigInt(packed.length), true);
    cen.setBigUint64(66 + name.length, BigInt(at), true);
    central.push(new Uint8Array(cen.buffer));
  }
  const cdStart = offset;
  for (const c of central) push(c);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, central.length, true);
  end.setUint16(10, central.length, true);
  end.setUint32(12, offset - cdStart, true);
  end.setUint32(16, cdStart, true);
  push(new Uint8Array(end.buffer));
  const out = new Uint8Array(offset);
  let p = 0;
  for (const c of chunks) {
    out.set(c, p);
    p += c.length;
  }
  return out;
}

describe("review (quirk): a workbook whose zip uses ZIP64 records for every entry", () => {
  it("reads the sheet as the same workbook zipped without ZIP64 records", async () => {
    const plain = fixtureBytes("pemetaan-administrator-2025.xlsx");
    const bytes = zip64Always(unzipSync(plain));
    // The package itself is sound: a general zip reader takes it.
    expect(Object.keys(unzipSync(bytes))).toEqual(Object.keys(unzipSync(plain)));
    const expected = await XlsxHost.open(plain).readUsedGrid("Pemetaan Talenta");
    const host = XlsxHost.open(bytes);
    expect(await host.readUsedGrid("Pemetaan Talenta")).toEqual(expected);
    // Untouched parts are copied compressed as they came: the copy must carry their real sizes.
    expect(await XlsxHost.open(host.save()).readUsedGrid("Pemetaan Talenta")).toEqual(expected);
  });
});
