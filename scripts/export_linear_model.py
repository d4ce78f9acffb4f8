"""Write the category model's arrays for prediction without scikit-learn.

    python scripts/export_linear_model.py          # models/category_model.linear.{npz,json}
    python scripts/export_linear_model.py --check  # exit 1 if the export is missing or stale

The export is derived from the verified skops model (``load_classifier``), so it is exactly as
trustworthy; ``xinfang_nlp.linear_model`` uses it only while both sha256 sums match.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from xinfang_nlp.categories import default_model_path, load_classifier
from xinfang_nlp.linear_model import (
    export_arrays,
    export_path,
    export_sidecar,
    export_sidecar_path,
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if missing or stale")
    args = parser.parse_args(argv)

    model_path = default_model_path()
    classifier = load_classifier(model_path)
    data = export_arrays(classifier._pipeline)
    sidecar = json.dumps(export_sidecar(classifier.metadata["sha256"], data), indent=2) + "\n"
    outputs = {export_path(model_path): data, export_sidecar_path(model_path): sidecar.encode()}
    if args.check:
        stale = [
            p for p, content in outputs.items() if not p.is_file() or p.read_bytes() != content
        ]
        for path in stale:
            print(f"differs: {path}")
        return 1 if stale else 0
    for path, content in outputs.items():
        Path(path).write_bytes(content)
        print(f"wrote {path} ({len(content):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
