#!/usr/bin/env python3
"""Regenerate the add-in icons (assets/icon-{16,32,64,80,128}.png).

A white stylised "R" on a rounded green square, drawn from simple shapes and
anti-aliased by supersampling. Needs only python3 and numpy (no PIL):
    python3 assets/make-icons.py
"""
import os
import struct
import zlib

import numpy as np

SIZES = (16, 32, 64, 80, 128)
GREEN = (0x1B, 0x6E, 0x3E)  # deep "spreadsheet" green
WHITE = (0xFF, 0xFF, 0xFF)
SS = 8  # supersampling factor per axis


def coverage(size):
    """Return (background, glyph) coverage masks in [0, 1] for a size x size icon."""
    n = size * SS
    c = (np.arange(n) + 0.5) / n
    x, y = np.meshgrid(c, c)

    # Rounded square background with a 1/16 margin on small sizes kept at 0.
    m, r = 0.03, 0.2
    cx = np.clip(x, m + r, 1 - m - r)
    cy = np.clip(y, m + r, 1 - m - r)
    bg = ((x - cx) ** 2 + (y - cy) ** 2 <= r * r) & (x >= m) & (x <= 1 - m) & (y >= m) & (y <= 1 - m)

    # The "R": stem, top and middle bars, a semicircular bowl, a diagonal leg.
    stem = (x >= 0.27) & (x <= 0.41) & (y >= 0.19) & (y <= 0.81)
    top = (x >= 0.27) & (x <= 0.49) & (y >= 0.19) & (y <= 0.315)
    mid = (x >= 0.27) & (x <= 0.49) & (y >= 0.445) & (y <= 0.57)
    d = np.sqrt((x - 0.49) ** 2 + (y - 0.38) ** 2)
    bowl = (x >= 0.49) & (d <= 0.19) & (d >= 0.065)
    # Leg: thick segment from (0.47, 0.52) to (0.74, 0.81).
    ax, ay, bx, by = 0.47, 0.52, 0.74, 0.81
    vx, vy = bx - ax, by - ay
    t = np.clip(((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy), 0, 1)
    leg = ((x - ax - t * vx) ** 2 + (y - ay - t * vy) ** 2 <= 0.068 ** 2) & (y <= 0.81)
    glyph = (stem | top | mid | bowl | leg) & bg

    def down(mask):
        return mask.reshape(size, SS, size, SS).mean(axis=(1, 3))

    return down(bg), down(glyph)


def render(size):
    bg, glyph = coverage(size)
    rgb = np.zeros((size, size, 3))
    for k in range(3):
        # Glyph over green, premultiplied by background coverage.
        inside = GREEN[k] * (1 - np.divide(glyph, bg, out=np.zeros_like(bg), where=bg > 0)) + WHITE[k] * np.divide(
            glyph, bg, out=np.zeros_like(bg), where=bg > 0
        )
        rgb[..., k] = inside
    alpha = bg * 255
    rgba = np.dstack([rgb, alpha]).round().clip(0, 255).astype(np.uint8)
    return rgba


def png(rgba):
    h, w, _ = rgba.shape
    raw = b"".join(b"\x00" + rgba[i].tobytes() for i in range(h))

    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    for s in SIZES:
        with open(os.path.join(here, f"icon-{s}.png"), "wb") as f:
            f.write(png(render(s)))
        print(f"assets/icon-{s}.png")
