"""Training-time helper shared by the CRF trainers (quote tagger, framing tagger).

python-crfsuite (a development dependency, imported only here and by the trainers) fits a
model file; newsgraph ships only the weights, which it reads back from the fitted model.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any


def trained_info(trainer: Any) -> Any:
    """Fit ``trainer`` (a ``pycrfsuite.Trainer`` with its sequences and parameters set) into a
    temporary file and return the fitted model's ``info()`` (its state and transition
    weights); the file is removed."""
    import pycrfsuite

    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "model.crfsuite")
        trainer.train(path)
        tagger = pycrfsuite.Tagger()
        tagger.open(path)
        info = tagger.info()
        tagger.close()
    return info
