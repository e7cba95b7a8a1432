#!/usr/bin/python3
"""Writes tests/data/architect-hall.dxf: a hall as an architect's CAD program would send it.

Made with ezdxf (python3-ezdxf), not with dxflib, so that the importer is tested on a file
that Hectare did not write. Drawing units are metres ($INSUNITS 6). The shapes are placed
around the sample site's hall "Colocation" (racks from x 4 to 16 m, y 1 to 19 m) so that
importing them there is accepted, and importing them into hall "Government" (x 24 to 34 m)
leaves its racks outside the new outline and is refused.

    /usr/bin/python3 tests/data/make_architect_dxf.py [OUT.dxf]

What tests/dxf/tst_dxf_import.cpp expects, layer by layer:
  A-WALL  outline: closed polyline (-0.5,-0.5) (21,-0.5) (21,21) (5,21) (5,20.5) (-0.5,20.5);
          an open polyline and a TEXT that are reported as skipped
  A-COLS  3 circles of 0.4 m at (2,5) (2,10) (2,15); a closed 0.5 m square at (18,10) with the
          TEXT "C-7" inside it; 2 INSERTs of block COL40 (a 0.4 m square) at (18,5) and (18,15);
          a SPLINE (skipped)
  A-DOOR  a 1.0 x 0.2 m rectangle at (10,20.7); an ARC for the door swing (skipped)
  A-PART  a LINE from (18.5,2) to (20.5,2): a partition wall 0.2 m thick
  M-CRAH  two 2.5 x 0.9 m rectangles turned by 90 degrees, at (0.5,10) with the TEXT "CRAH-01"
          inside and at (20.4,10)
  A-FURN  furniture nobody chooses: circles, lines, a spline, a hatch (never reported)
"""

import math
import sys

import ezdxf


def rectangle(centre, width, depth, rotation_deg):
    """Corners of a width x depth rectangle turned by rotation_deg about its centre."""
    cx, cy = centre
    a = math.radians(rotation_deg)
    c, s = math.cos(a), math.sin(a)
    corners = []
    for lx, ly in ((-width / 2, -depth / 2), (width / 2, -depth / 2), (width / 2, depth / 2), (-width / 2, depth / 2)):
        corners.append((round(cx + lx * c - ly * s, 9), round(cy + lx * s + ly * c, 9)))
    return corners


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "architect-hall.dxf"
    doc = ezdxf.new("R2010", units=6)   # $INSUNITS 6: metres
    doc.header["$MEASUREMENT"] = 1
    for name, colour in (("A-WALL", 7), ("A-COLS", 8), ("A-DOOR", 30), ("A-PART", 8), ("M-CRAH", 4), ("A-FURN", 3)):
        doc.layers.add(name, color=colour)
    msp = doc.modelspace()

    outline = [(-0.5, -0.5), (21, -0.5), (21, 21), (5, 21), (5, 20.5), (-0.5, 20.5)]
    msp.add_lwpolyline(outline, close=True, dxfattribs={"layer": "A-WALL"})
    msp.add_lwpolyline([(1, 1), (3, 1), (3, 2)], close=False, dxfattribs={"layer": "A-WALL"})
    msp.add_text("HALL A", dxfattribs={"layer": "A-WALL", "height": 0.5, "insert": (8, 21.5)})

    for y in (5, 10, 15):
        msp.add_circle((2, y), 0.2, dxfattribs={"layer": "A-COLS"})
    msp.add_lwpolyline(rectangle((18, 10), 0.5, 0.5, 0), close=True, dxfattribs={"layer": "A-COLS"})
    msp.add_text("C-7", dxfattribs={"layer": "A-COLS", "height": 0.1, "insert": (17.9, 9.95)})
    block = doc.blocks.new(name="COL40")
    block.add_lwpolyline(rectangle((0, 0), 0.4, 0.4, 0), close=True, dxfattribs={"layer": "0"})
    for y in (5, 15):
        msp.add_blockref("COL40", (18, y), dxfattribs={"layer": "A-COLS"})
    msp.add_spline([(3, 3), (3.5, 3.4), (4, 3), (4.5, 3.6)], dxfattribs={"layer": "A-COLS"})

    msp.add_lwpolyline(rectangle((10, 20.7), 1.0, 0.2, 0), close=True, dxfattribs={"layer": "A-DOOR"})
    msp.add_arc((9.5, 20.6), 1.0, 270, 360, dxfattribs={"layer": "A-DOOR"})

    msp.add_line((18.5, 2), (20.5, 2), dxfattribs={"layer": "A-PART"})

    msp.add_lwpolyline(rectangle((0.5, 10), 2.5, 0.9, 90), close=True, dxfattribs={"layer": "M-CRAH"})
    msp.add_text("CRAH-01", dxfattribs={"layer": "M-CRAH", "height": 0.2, "insert": (0.3, 9.9)})
    msp.add_lwpolyline(rectangle((20.4, 10), 2.5, 0.9, 90), close=True, dxfattribs={"layer": "M-CRAH"})

    for x in (6, 9, 12):
        msp.add_circle((x, 0), 0.3, dxfattribs={"layer": "A-FURN"})
        msp.add_line((x, 0), (x + 1, 1), dxfattribs={"layer": "A-FURN"})
    msp.add_spline([(1, 1), (2, 2), (3, 1)], dxfattribs={"layer": "A-FURN"})
    hatch = msp.add_hatch(color=3, dxfattribs={"layer": "A-FURN"})
    hatch.paths.add_polyline_path([(12, 12), (13, 12), (13, 13)], is_closed=True)

    doc.saveas(out)


if __name__ == "__main__":
    main()
