"""Draw the Mobility Desk icon (two hubs joined by an arc) as a 1024x1024 RGBA PNG.

Usage: python3 tools/make_icon.py icons/source.png, then `npx @tauri-apps/cli@2.12.5 icon icons/source.png -o icons` to make every size the bundles need. Uses only the standard library.
"""
import math
import struct
import sys
import zlib

N = 1024
BG = (28, 74, 92)        # deep teal
FG = (244, 241, 232)     # warm white
ACCENT = (232, 163, 61)  # amber


def inside_rounded(x, y, r=200, m=40):
    lo, hi = m + r, N - m - r
    cx = min(max(x, lo), hi)
    cy = min(max(y, lo), hi)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r and m <= x < N - m and m <= y < N - m


def pixel(x, y):
    if not inside_rounded(x, y):
        return (0, 0, 0, 0)
    # two hubs
    for (cx, cy, col) in ((300, 640, FG), (724, 640, ACCENT)):
        if (x - cx) ** 2 + (y - cy) ** 2 <= 95 ** 2:
            return col + (255,)
    # the journey: an arc above, from hub to hub
    d = math.hypot(x - 512, y - 640)
    if 195 <= d <= 245 and y < 640:
        return FG + (255,)
    return BG + (255,)


def main(path):
    rows = []
    for y in range(N):
        row = bytearray([0])
        for x in range(N):
            row.extend(pixel(x + 0.5, y + 0.5))
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", N, N, 8, 6, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(png)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "icons/source.png")
