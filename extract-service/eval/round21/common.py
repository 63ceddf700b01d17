"""Round 21: what the experiments share. The design sets are every labeled set but the second
check (its releases are left out of the sets that carry them too); the check is
long20-check2, scored once. A "warning" is a sentence holding a labeled cue."""
import numpy as np

CHECK = 'long20-check2'


def load(path):
    rows = [line.rstrip('\n').split('\t') for line in open(path, encoding='utf-8')]
    check_urls = {r[1] for r in rows if r[0] == CHECK}
    seen, design, check = set(), [], []
    for i, r in enumerate(rows):
        if r[0] == CHECK:
            check.append(i)
        elif not r[0].startswith('long20') and r[1] not in check_urls and (r[1], r[6]) not in seen:
            seen.add((r[1], r[6]))  # a release may sit in two files (a set and a long20 half)
            design.append(i)
    y = np.array([int(r[3]) > 0 for r in rows])
    rule = np.array([r[4] == '1' for r in rows])
    return rows, np.array(design), np.array(check), y, rule


def train(A, t, l2, positive_weight, iterations=300, rate=0.02):
    """Weighted logistic regression, Adam; A is float32 (no bias column needed)."""
    t = t.astype(np.float32)
    w = np.where(t == 1, positive_weight, 1.0).astype(np.float32)
    th, b = np.zeros(A.shape[1], np.float32), 0.0
    m, v, mb, vb = np.zeros_like(th), np.zeros_like(th), 0.0, 0.0
    for k in range(1, iterations + 1):
        p = 1 / (1 + np.exp(-np.clip(A @ th + b, -30, 30)))
        r = (p - t) * w
        g, gb = A.T @ r / w.sum() + l2 * th, r.sum() / w.sum()
        m, v = 0.9 * m + 0.1 * g, 0.999 * v + 0.001 * g * g
        mb, vb = 0.9 * mb + 0.1 * gb, 0.999 * vb + 0.001 * gb * gb
        th -= rate * (m / (1 - 0.9 ** k)) / (np.sqrt(v / (1 - 0.999 ** k)) + 1e-8)
        b -= rate * (mb / (1 - 0.9 ** k)) / (np.sqrt(vb / (1 - 0.999 ** k)) + 1e-8)
    return lambda B: B @ th + b


def leave_one_set_out(rows, design, features, l2, positive_weight, y):
    score = np.zeros(len(rows), np.float32)
    for held in sorted({rows[i][0] for i in design}):
        train_on = np.array([i for i in design if rows[i][0] != held])
        test_on = np.array([i for i in design if rows[i][0] == held])
        model = train(features[train_on], y[train_on], l2, positive_weight)
        score[test_on] = model(features[test_on])
    return score


def f1(tp, fp, expected):
    return 2 * tp / (tp + fp + expected) if tp + fp + expected else 1.0


def additions(name, idx, score, y, rule, tops=(10, 25, 50, 100, 200, 400)):
    """What the model adds over the rules: its best sentences among those the rules leave."""
    expected = int(y[idx].sum())
    tp0, fp0 = int((rule[idx] & y[idx]).sum()), int((rule[idx] & ~y[idx]).sum())
    left = idx[~rule[idx]]
    left = left[np.argsort(-score[left], kind='stable')]
    print(f'{name}: {expected} warnings; rules {tp0} right, {fp0} wrong, F1 {f1(tp0, fp0, expected):.3f}')
    best = (f1(tp0, fp0, expected), 0)
    tp = fp = 0
    for n, i in enumerate(left[:max(tops)], 1):
        tp, fp = tp + int(y[i]), fp + int(not y[i])
        best = max(best, (f1(tp0 + tp, fp0 + fp, expected), n))
        if n in tops:
            print(f'  its best {n:4d}: {tp:3d} right, {fp:4d} wrong; rules or model F1 {f1(tp0 + tp, fp0 + fp, expected):.3f}')
    print(f'  best F1 {best[0]:.3f} adding {best[1]} sentences')
    return best


def alone(name, idx, score, y, tops=(25, 50, 100, 180, 300)):
    expected = int(y[idx].sum())
    ranked = idx[np.argsort(-score[idx], kind='stable')]
    hits = np.cumsum(y[ranked])
    best = max((f1(int(hits[n - 1]), n - int(hits[n - 1]), expected), n) for n in range(1, len(ranked) + 1))
    print(f'{name}, the model alone: ' + ', '.join(f'best {n}: {int(hits[n - 1])}' for n in tops)
          + f'; best F1 {best[0]:.3f} at {best[1]}')
