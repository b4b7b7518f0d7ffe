"""Build a compact pack of an age dataset: one zip of 60x60 JPEGs (simloss_tune.tasks.pack).

    python bench/make_pack.py                                   # UTKFace from ../shared, q 90
    python bench/make_pack.py --data-dir /data/UTKFace --out .pack/utkface.zip --quality 90

The default output, .pack/utkface.zip, is what bench/gpu.sh reads; .pack/ is ignored by git
and is carried to the GPU machine (`carry: [".pack", ".whl"]`). Any study's `data_dir` or
`train --data-dir` may name the pack file instead of the folder.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from simloss_tune.tasks import get_task
from simloss_tune.tasks.pack import write_pack

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data" / "utkface" / "UTKFace"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--task", default="utkface", help="utkface (default) or afad")
    p.add_argument("--data-dir", type=Path, default=DEFAULT_DATA)
    p.add_argument("--out", type=Path, default=REPO / ".pack" / "utkface.zip")
    p.add_argument("--quality", type=int, default=90, help="JPEG quality 1..95 (default 90)")
    p.add_argument("--size", type=int, default=60, help="pixels per side (default 60)")
    args = p.parse_args(argv)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    try:
        info = write_pack(get_task(args.task), args.data_dir, args.out, size=args.size,
                          quality=args.quality)
    except (ValueError, FileNotFoundError) as e:
        print(f"make_pack: error: {e}", file=sys.stderr)
        return 2
    seconds = time.perf_counter() - start
    print(f"{args.out}: {info['images']} images ({len(info['corrupt'])} undecodable left out), "
          f"{info['size']}x{info['size']} JPEG quality {info['quality']}, "
          f"{info['bytes'] / 2**20:.1f} MiB, {seconds:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
