#!/usr/bin/env python3
"""Writes random VRPTW instances in Solomon's text format, shaped like the
Gehring-Homberger extended benchmark (classes C1, C2, R1, R2, RC1, RC2 at 200
to 1000 customers), for trying bench-vrptw on sizes that are not in the
Solomon set. They have no best-known results: compare a short run with a long
one instead (see the README notes).

    generate_instances.py OUTDIR [--sizes 200,400,1000] [--seed 1]
"""
import argparse
import math
import os
import random


def make(kind, horizon_type, n, rng):
    side = 100 * math.sqrt(n / 100)  # keep the density of Solomon's square
    depot = (side / 2, side / 2)
    points = []
    if kind in ("C", "RC"):
        clusters = max(4, n // 20)
        centres = [(rng.uniform(0.1, 0.9) * side, rng.uniform(0.1, 0.9) * side) for _ in range(clusters)]
        count = n if kind == "C" else n // 2
        for k in range(count):
            cx, cy = centres[k % clusters]
            points.append((min(side, max(0, rng.gauss(cx, side / 40))), min(side, max(0, rng.gauss(cy, side / 40)))))
    while len(points) < n:
        points.append((rng.uniform(0, side), rng.uniform(0, side)))
    short = horizon_type == 1
    horizon = (230 if short else 1000) * math.sqrt(n / 100) if kind != "C" else (1236 if short else 3390) * math.sqrt(n / 100)
    service = 90 if kind == "C" else 10
    capacity = (200 if short else 1000) if kind != "C" else (200 if short else 700)
    rows = [(0, depot[0], depot[1], 0, 0, round(horizon), 0)]
    for i, (x, y) in enumerate(points, start=1):
        d = math.hypot(x - depot[0], y - depot[1])
        earliest = math.ceil(d)
        latest = math.floor(horizon - d - service)
        if latest <= earliest:
            x, y = depot
            earliest, latest = 0, math.floor(horizon - service)
        if rng.random() < 0.25:
            ready, due = 0, latest  # a quarter without a real window
        else:
            width = rng.uniform(10, 60) if short else rng.uniform(100, 400)
            centre = rng.uniform(earliest, latest)
            ready = max(earliest, round(centre - width / 2))
            due = min(latest, round(centre + width / 2))
            if due < ready:
                due = ready
        rows.append((i, round(x), round(y), rng.randint(1, 40), ready, due, service))
    return rows, capacity


def write(path, name, rows, vehicles, capacity):
    with open(path, "w") as f:
        f.write(f"{name}\n\nVEHICLE\nNUMBER     CAPACITY\n  {vehicles}         {capacity}\n\nCUSTOMER\n")
        f.write("CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME\n \n")
        for r in rows:
            f.write("%5d %10d %10d %10d %10d %10d %10d\n" % r)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("outdir")
    parser.add_argument("--sizes", default="200,400,1000")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    os.makedirs(args.outdir, exist_ok=True)
    rng = random.Random(args.seed)
    for n in [int(s) for s in args.sizes.split(",")]:
        for kind in ("C", "R", "RC"):
            for horizon_type in (1, 2):
                rows, capacity = make(kind, horizon_type, n, rng)
                name = f"{kind}{horizon_type}_{n // 100}_G{args.seed}"
                write(os.path.join(args.outdir, name + ".txt"), name, rows, n // 4, capacity)


if __name__ == "__main__":
    main()
