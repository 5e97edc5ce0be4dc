#!/usr/bin/env python3
"""Print how many distinct colours a PNG has, capped at --cap (default 256).

Test tooling: the browser tests ask whether a screenshot is all one colour (a blank page).
Foundation on Linux cannot inflate zlib data, so Swift calls this stdlib-only script.
Handles what Chromium writes: 8-bit truecolour (type 2) or truecolour with alpha (type 6),
not interlaced, any of the five row filters. Anything else exits 2 with a reason on stderr.
"""
import argparse
import struct
import sys
import zlib


def fail(reason):
    print(f"colours.py: {reason}", file=sys.stderr)
    sys.exit(2)


def chunks(data):
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        fail("not a PNG (bad signature)")
    position = 8
    while position + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        yield kind, data[position + 8:position + 8 + length]
        position += 12 + length  # length, type, data, CRC


def paeth(a, b, c):
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def rows(width, height, bpp, raw):
    """Undo the per-row filters (PNG spec section 9), yielding each row's bytes."""
    stride = width * bpp
    previous = bytearray(stride)
    position = 0
    for _ in range(height):
        kind = raw[position]
        row = bytearray(raw[position + 1:position + 1 + stride])
        position += 1 + stride
        for i in range(stride):
            a = row[i - bpp] if i >= bpp else 0
            b = previous[i]
            c = previous[i - bpp] if i >= bpp else 0
            if kind == 1:
                row[i] = (row[i] + a) & 0xFF
            elif kind == 2:
                row[i] = (row[i] + b) & 0xFF
            elif kind == 3:
                row[i] = (row[i] + (a + b) // 2) & 0xFF
            elif kind == 4:
                row[i] = (row[i] + paeth(a, b, c)) & 0xFF
            elif kind != 0:
                fail(f"unknown row filter {kind}")
        yield bytes(row)
        previous = row


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("png")
    parser.add_argument("--cap", type=int, default=256)
    arguments = parser.parse_args()
    with open(arguments.png, "rb") as file:
        data = file.read()
    header, compressed = None, b""
    for kind, body in chunks(data):
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            compressed += body
    if header is None:
        fail("no IHDR chunk")
    width, height, depth, colour_type, _, _, interlace = header
    if depth != 8 or colour_type not in (2, 6) or interlace != 0:
        fail(f"unsupported PNG: depth {depth}, colour type {colour_type}, interlace {interlace}")
    bpp = 3 if colour_type == 2 else 4
    colours = set()
    for row in rows(width, height, bpp, zlib.decompress(compressed)):
        for i in range(0, len(row), bpp):
            colours.add(row[i:i + bpp])
        if len(colours) >= arguments.cap:
            break
    print(min(len(colours), arguments.cap))


if __name__ == "__main__":
    main()
