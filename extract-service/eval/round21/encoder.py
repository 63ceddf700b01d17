"""Round 21, the meaning of a sentence from a sentence encoder: all-MiniLM-L6-v2 vectors (Embed.java),
standardized, in a weighted logistic model, English sentences only (the encoder is English).
Usage, from the repository root: python3 extract-service/eval/round21/encoder.py sentences.tsv
vectors.bin (README.md here)."""
import sys

import numpy as np

from common import additions, alone, load, leave_one_set_out, train

L2, POSITIVE_WEIGHT = 1e-1, 50.0

if __name__ == '__main__':
    rows, design, check, y, rule = load(sys.argv[1])
    E = np.fromfile(sys.argv[2], dtype='>f4').astype(np.float32).reshape(-1, 384)
    assert len(E) == len(rows), 'one vector per sentence line'
    english = np.array([r[2] == 'en' for r in rows])
    design, check = design[english[design]], check[english[check]]
    Z = ((E - E[design].mean(0)) / (E[design].std(0) + 1e-6)).astype(np.float32)
    score = leave_one_set_out(rows, design, Z, L2, POSITIVE_WEIGHT, y)
    alone('design sets (English), each scored by a model trained on the others', design, score, y)
    additions('design sets (English)', design, score, y, rule)
    model = train(Z[design], y[design], L2, POSITIVE_WEIGHT)
    alone('the second check (English), scored once', check, model(Z), y)
    additions('the second check (English)', check, model(Z), y, rule)
