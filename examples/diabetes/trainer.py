"""Your own model and loop, tuned by simloss-tune: scikit-learn's diabetes data (442 patients,
10 features), the disease-progression target cut into 10 ordinal classes at the training
split's deciles, an MLP with BatchNorm and Dropout, AdamW with a cosine schedule.

Study file: examples/diabetes/diabetes.toml. The class is made once per worker (`setup` loads
the data once); each call trains one run and returns its validation and test metrics.
"""

from __future__ import annotations

import numpy as np
import torch
from sklearn.datasets import load_diabetes
from torch import nn

from simloss_tune import RunContext


def ordinal_classes(target: np.ndarray, train_idx: np.ndarray, k: int = 10) -> np.ndarray:
    """Class 0..k-1 of each target: cut at the k-quantiles of the training split only."""
    edges = np.quantile(target[train_idx], np.linspace(0, 1, k + 1)[1:-1])
    return np.searchsorted(edges, target, side="right")


class DiabetesTrainer:
    def setup(self, study) -> None:
        data = load_diabetes()
        x, target = data.data.astype(np.float32), data.target
        order = np.random.default_rng(0).permutation(len(target))  # fixed split, not the seed
        n_train, n_val = int(0.6 * len(order)), int(0.2 * len(order))
        idx = {"train": order[:n_train], "val": order[n_train:n_train + n_val],
               "test": order[n_train + n_val:]}
        labels = ordinal_classes(target, idx["train"])
        mean, std = x[idx["train"]].mean(0), x[idx["train"]].std(0)
        x = (x - mean) / std
        self.splits = {name: (torch.from_numpy(x[i]), torch.from_numpy(labels[i]).long())
                       for name, i in idx.items()}
        self.epochs = int(study.training.get("epochs", 30))
        self.batch_size = int(study.training.get("batch_size", 32))

    def model(self, num_classes: int) -> nn.Module:
        return nn.Sequential(nn.Linear(10, 64), nn.BatchNorm1d(64), nn.ReLU(), nn.Dropout(0.2),
                             nn.Linear(64, num_classes))

    @torch.no_grad()
    def evaluate(self, model: nn.Module, split: str, device: str) -> tuple[dict, torch.Tensor]:
        model.eval()
        x, y = (t.to(device) for t in self.splits[split])
        probs = model(x).softmax(-1)
        pred = probs.argmax(-1)
        model.train()
        return {"mae": (pred - y).abs().float().mean().item(),
                "accuracy": (pred == y).float().mean().item()}, probs.mean(0)

    def __call__(self, run: RunContext) -> dict:
        run.seed_everything()  # weights, dropout masks and batch order from the seed alone
        model = self.model(len(run.class_names)).to(run.device)
        criterion = run.criterion()
        optimiser = torch.optim.AdamW(model.parameters(), lr=3e-3, weight_decay=1e-4)
        schedule = torch.optim.lr_scheduler.CosineAnnealingLR(optimiser, T_max=self.epochs)
        x, y = (t.to(run.device) for t in self.splits["train"])
        batches = torch.Generator().manual_seed(run.seed)
        best = None
        for epoch in range(1, self.epochs + 1):
            for index in torch.randperm(len(y), generator=batches).split(self.batch_size):
                if len(index) < 2:
                    continue  # BatchNorm needs two samples
                optimiser.zero_grad()
                criterion(model(x[index]), y[index]).backward()
                optimiser.step()
            schedule.step()
            val, dist = self.evaluate(model, "val", run.device)
            run.report(epoch, val)  # a learning curve in optuna-dashboard
            if best is None or val["mae"] < best[0]["mae"]:
                best = (val, dist, {k: v.clone() for k, v in model.state_dict().items()})
            if run.should_stop():
                break  # the worker gives this run back to the queue
        val, dist, state = best
        model.load_state_dict(state)
        test, _ = self.evaluate(model, "test", run.device)
        return {"val": val, "test": test, "mean_distribution": dist.tolist()}
