"""A training program that knows nothing of simloss-tune: it reads the similarity matrix the
worker wrote (a float32 C x C .npy file), computes SimLoss, equation (1),
``-log(sum_c S[y, c] p_c)``, and its gradient itself, trains a softmax-regression model with
plain NumPy, and writes ``{"val": {...}, "test": {...}}`` to the metrics path.

    python examples/command/train.py --r 0.5 --seed 0 --matrix S.npy --out metrics.json

Data: scikit-learn's diabetes data, the target cut into 10 ordinal classes at the training
split's deciles (as examples/diabetes). When $SIMLOSS_REPORT names a file, each epoch's
validation metrics are appended to it as a JSON line (the worker draws learning curves).
"""

from __future__ import annotations

import argparse
import json
import os

import numpy as np
from sklearn.datasets import load_diabetes


def data(classes: int):
    d = load_diabetes()
    order = np.random.default_rng(0).permutation(len(d.target))  # fixed split
    n_train, n_val = int(0.6 * len(order)), int(0.2 * len(order))
    parts = {"train": order[:n_train], "val": order[n_train:n_train + n_val],
             "test": order[n_train + n_val:]}
    edges = np.quantile(d.target[parts["train"]], np.linspace(0, 1, classes + 1)[1:-1])
    labels = np.searchsorted(edges, d.target, side="right")
    x = d.data
    x = (x - x[parts["train"]].mean(0)) / x[parts["train"]].std(0)
    x = np.hstack([x, np.ones((len(x), 1))])  # bias column
    return {k: (x[i], labels[i]) for k, i in parts.items()}


def log_softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    return z - np.log(np.exp(z).sum(axis=1, keepdims=True))


def sim_loss_and_grad(z: np.ndarray, y: np.ndarray, log_s: np.ndarray):
    """Mean of -log(sum_c S[y,c] p_c) over the batch and its gradient in the logits, in log
    space: with a = log S[y] + log p, the loss is -logsumexp(a) and dL/dz = p - softmax(a)."""
    log_p = log_softmax(z)
    a = log_s[y] + log_p
    top = a.max(axis=1, keepdims=True)
    lse = top[:, 0] + np.log(np.exp(a - top).sum(axis=1))
    q = np.exp(a - lse[:, None])
    return -lse.mean(), (np.exp(log_p) - q) / len(y)


def metrics(w: np.ndarray, x: np.ndarray, y: np.ndarray) -> dict[str, float]:
    pred = (x @ w).argmax(axis=1)
    return {"mae": float(np.abs(pred - y).mean()), "accuracy": float((pred == y).mean())}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--r", type=float, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--matrix", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--epochs", type=int, default=30)
    args = ap.parse_args()

    similarity = np.load(args.matrix, allow_pickle=False).astype(np.float64)
    with np.errstate(divide="ignore"):
        log_s = np.log(similarity)  # zeros become -inf: no epsilon
    splits = data(similarity.shape[0])
    x, y = splits["train"]
    rng = np.random.default_rng(args.seed)
    w = rng.normal(0, 0.01, (x.shape[1], similarity.shape[0]))
    report = os.environ.get("SIMLOSS_REPORT")
    best = None
    for epoch in range(1, args.epochs + 1):
        for batch in np.array_split(rng.permutation(len(y)), max(1, len(y) // 32)):
            _, grad = sim_loss_and_grad(x[batch] @ w, y[batch], log_s)
            w -= 0.5 * x[batch].T @ grad
        val = metrics(w, *splits["val"])
        if report:
            with open(report, "a") as fh:
                fh.write(json.dumps({"epoch": epoch, "val": val}) + "\n")
        if best is None or val["mae"] < best[0]["mae"]:
            best = (val, w.copy())
    val, w = best
    with open(args.out, "w") as fh:
        json.dump({"val": val, "test": metrics(w, *splits["test"])}, fh)


if __name__ == "__main__":
    main()
