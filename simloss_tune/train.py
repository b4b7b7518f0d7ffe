"""The training loop: K runs at once as one batched model, data on the device.

A *run* is one (value, seed) point of a task: one model trained with SimLoss whose
similarity matrix is built from `value` (r or l), whose initial weights and batch order
are fixed by `seed` alone. A point may carry a `RunLoss` as a third element: that run's loss
("simloss" or "soft_labels": cross entropy against the row-normalised S[y] / sum S[y]) and
its own matrix (a variant's source); runs of different losses and matrices batch together,
each computing its own loss (`batched_run_loss`).

`train_runs` trains K such runs together: the parameters of the K copies of the model are
stacked (`torch.func.stack_module_state`) into (K, ...) tensors, and one optimiser step
updates all of them. On CUDA the K models are called as one under
`torch.func.vmap` (one kernel per layer for all runs); on the CPU, where grouped
convolutions are slow, one after another on slices of the same tensors. The runs stay
independent: each has its own loss and gradients, its own Adam moments, its own batches
and its own early stopping, and a run that stops (patience, NaN) is dropped from the stack
so it costs nothing afterwards.

Models must be deterministic functions of their input and keep no state (the paper's have no
dropout or batch norm): a random layer would draw from the global RNG, not from the run's seed,
and running statistics would be shared by the batch, so a run's results would depend on its
batch-mates and `loop` would differ from `vmap`. `check_stateless` refuses such models, naming
the layer, before training (and the first step checks that no RNG was drawn and no buffer
changed, for layers it cannot name); train them with `trainer = "pkg.module:function"`.

Data lives on the device as uint8 tensors; a batch is an index operation and the
conversion to float and the standardisation happen on the device. On the CPU a split is
standardised once up front instead (when the float copy fits, `STANDARDISED_BYTES`): the same
numbers, without converting every batch again in every epoch. There is no DataLoader.

Read top to bottom: config and result types, device and model set-up, the loss, Adam,
evaluation, the loop, the `train` command.
"""

from __future__ import annotations

import contextlib
import copy
import hashlib
import json
import logging
import math
import sys
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import torch
from torch import Tensor
from torch.func import functional_call, stack_module_state, vmap

from ._util import MAX_SEED
from .loss import sim_loss_from_log_rows
from .soft_labels import _normalise, soft_label_loss_masked
from .variants import check_loss

log = logging.getLogger(__name__)

ADAM_BETAS = (0.9, 0.999)  # torch.optim.Adam defaults, as in the paper's Keras/torch scripts
ADAM_EPS = 1e-8


# --------------------------------------------------------------------------- config, results


@dataclass(frozen=True)
class TrainConfig:
    """Everything besides (task, value, seed) that affects a run's results.

    `patience` and `max_epochs` default to the task's; `limit` keeps the first N images of
    each split (for quick runs); `split_seed` picks the train/val/test split.
    """

    lr: float = 1e-3
    batch_size: int = 1024
    patience: int | None = None
    max_epochs: int | None = None
    limit: int | None = None
    split_seed: int = 0
    bf16: bool = False

    def __post_init__(self) -> None:
        if not (isinstance(self.lr, (int, float)) and math.isfinite(self.lr) and self.lr > 0):
            raise ValueError(f"lr must be a finite number > 0, got {self.lr!r}")
        for name in ("batch_size", "patience", "max_epochs", "limit"):
            value = getattr(self, name)
            optional = name != "batch_size"
            if value is None and optional:
                continue
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                allowed = "an integer >= 1" + (" or None" if optional else "")
                raise ValueError(f"{name} must be {allowed}, got {value!r}")
        if isinstance(self.split_seed, bool) or not isinstance(self.split_seed, int) \
                or self.split_seed < 0:
            raise ValueError(f"split_seed must be an integer >= 0, got {self.split_seed!r}")
        if not isinstance(self.bf16, bool):
            raise ValueError(f"bf16 must be true or false, got {self.bf16!r}")

    def key(self) -> str:
        """A stable short hash of the fields: with (task, value, seed) it identifies a run."""
        fields = asdict(self)
        fields["lr"] = float(fields["lr"])  # 1 and 1.0 are the same config
        text = json.dumps(fields, sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(text.encode()).hexdigest()[:12]


@dataclass(frozen=True)
class RunLoss:
    """The loss of one run: `loss` one of `variants.LOSSES`; `similarity` its (C, C) matrix (None:
    the task's own matrix of the run's value, ``task.similarity(data, value)``)."""

    loss: str = "simloss"
    similarity: Tensor | None = None

    def __post_init__(self) -> None:
        check_loss(self.loss)
        if self.similarity is not None and not (
                isinstance(self.similarity, Tensor) and self.similarity.ndim == 2
                and self.similarity.shape[0] == self.similarity.shape[1]):
            raise ValueError("RunLoss.similarity must be a (C, C) tensor or None, got "
                             f"{type(self.similarity).__name__}")


@dataclass
class RunResult:
    """The outcome of one run: metrics at its best validation epoch."""

    task: str
    parameter: str
    value: float
    seed: int
    epochs: int | None               # epochs trained (None: a user trainer reported none)
    best_epoch: int | None           # 1-based; 0 if no epoch finished
    val: dict[str, float]
    test: dict[str, float]
    seconds: float                   # wall time from the start of the batch to this run's end
    device: str
    mean_distribution: list[float] | None  # mean softmax over validation at the best epoch
    error: str | None = None
    curves: dict[str, list] | None = None  # reported epochs: {"epoch": [...], metric: [...]}

    def to_json(self) -> dict[str, Any]:
        """The `train --json` document."""
        return {
            "task": self.task,
            "parameter": self.parameter,
            "value": float(self.value),
            "seed": int(self.seed),
            "epochs": None if self.epochs is None else int(self.epochs),
            "best_epoch": None if self.best_epoch is None else int(self.best_epoch),
            "val": {k: float(v) for k, v in self.val.items()},
            "test": {k: float(v) for k, v in self.test.items()},
            "seconds": float(self.seconds),
            "device": self.device,
            "mean_distribution": (None if self.mean_distribution is None
                                  else [float(p) for p in self.mean_distribution]),
            "error": self.error,
        }


# --------------------------------------------------------------------------- device, models


def resolve_device(spec: str) -> torch.device:
    """'auto' -> cuda if available else cpu; 'cpu', 'cuda', 'cuda:N'."""
    text = str(spec).strip().lower()
    if text == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    if text == "cpu":
        return torch.device("cpu")
    if text == "cuda" or (text.startswith("cuda:") and text[5:].isdigit()):
        if not torch.cuda.is_available():
            raise ValueError(f"device {spec!r}: CUDA is not available; use cpu or auto")
        index = int(text[5:]) if ":" in text else torch.cuda.current_device()
        if index >= torch.cuda.device_count():
            raise ValueError(
                f"device {spec!r}: only {torch.cuda.device_count()} CUDA device(s), "
                f"allowed cuda:0..cuda:{torch.cuda.device_count() - 1}"
            )
        return torch.device("cuda", index)
    raise ValueError(f"device must be auto, cpu, cuda or cuda:N, got {spec!r}")


def set_threads(threads: int | None) -> None:
    """Set torch's intra-op CPU thread count of this process (None: leave it)."""
    if threads is None:
        return
    if isinstance(threads, bool) or not isinstance(threads, int) or threads < 1:
        raise ValueError(f"threads must be an integer >= 1, got {threads!r}")
    torch.set_num_threads(threads)


def _device_label(device: torch.device) -> str:
    if device.type == "cuda":
        return f"{device} ({torch.cuda.get_device_name(device)})"
    return str(device)


# Layers that draw random numbers or keep running state in training mode.
_STOCHASTIC = (torch.nn.modules.dropout._DropoutNd, torch.nn.RReLU)


def _stateful_layer(module: torch.nn.Module) -> str | None:
    if isinstance(module, _STOCHASTIC):
        return "draws random numbers in training"
    if isinstance(module, torch.nn.modules.batchnorm._NormBase) and module.track_running_stats:
        return "keeps running statistics"
    if isinstance(module, torch.nn.RNNBase) and module.dropout > 0:
        return "applies dropout between layers"
    if isinstance(module, (torch.nn.MultiheadAttention, torch.nn.TransformerEncoderLayer,
                           torch.nn.TransformerDecoderLayer)) and getattr(module, "dropout", 0):
        return "applies dropout"
    return None


def check_stateless(model: torch.nn.Module, task_name: str) -> None:
    """Refuse a model with stochastic or stateful layers (see the module docstring)."""
    for path, module in model.named_modules():
        why = _stateful_layer(module)
        if why is not None:
            raise ValueError(refusal(task_name, f"layer {path or '<model>'!r} "
                                     f"({type(module).__name__}) {why}"))


def refusal(task_name: str, what: str) -> str:
    return (f"task {task_name!r}: model {what}; the built-in batched trainer cannot give each "
            "run its own random stream and state, so seeds would not pair. Train such a model "
            'with your own code: trainer = "package.module:function" in the study file (see '
            "README, 'Tune SimLoss in your own training code')")


def _seeded_model(task: Any, num_classes: int, seed: int) -> torch.nn.Module:
    # Built on the CPU under a forked RNG: the initial weights depend on the seed alone,
    # not on the value, the device, or what else is in the batch.
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        return task.model(num_classes)


def initial_state(task: Any, num_classes: int, seed: int) -> dict[str, Tensor]:
    """The initial parameters and buffers of run `seed` (identical for every value)."""
    model = _seeded_model(task, num_classes, seed)
    return {k: v.detach().clone() for k, v in model.state_dict().items()}


def _batch_generator(seed: int) -> torch.Generator:
    # Batch order depends on the seed alone; a separate stream from the one for weights.
    g = torch.Generator()
    g.manual_seed(seed)
    return g


# --------------------------------------------------------------------------- the loss


def log_similarity(similarity: Tensor) -> Tensor:
    """log S in float32; zeros become -inf (no epsilon), as in `simloss_tune.loss`."""
    return torch.log(similarity.detach().to(torch.float32))


def batched_sim_loss(logits: Tensor, target: Tensor, log_s: Tensor) -> Tensor:
    """Per-run SimLoss, mean over the batch: logits (K, B, C), target (K, B), log_s (K, C, C).

    loss_k = mean_i [ logsumexp(z_ki) - logsumexp(z_ki + log S_k[y_ki]) ]
           = mean_i [ -log sum_c S_k[y_ki, c] softmax(z_ki)_c ]
    """
    return sim_loss_from_log_rows(logits, _gather_rows(log_s, target)).mean(-1)


def _gather_rows(matrices: Tensor, target: Tensor) -> Tensor:
    """Rows (K, B, C) of per-run matrices (K, C, C) at targets (K, B)."""
    return matrices.gather(1, target.unsqueeze(-1).expand(-1, -1, matrices.shape[-1]))


def batched_soft_label_loss(logits: Tensor, target: Tensor, soft: Tensor) -> Tensor:
    """Per-run soft-label cross entropy, mean over the batch: logits (K, B, C), target
    (K, B), soft (K, C, C) the row-normalised matrices Q_k = S_k / S_k.sum(1).

    loss_k = mean_i [ -sum_c Q_k[y_ki, c] log_softmax(z_ki)_c ]

    (`soft_labels.SoftLabelLoss`'s formula, in the form that needs no host sync per step.)
    """
    return soft_label_loss_masked(logits, _gather_rows(soft, target)).mean(-1)


def loss_rows(loss: str, similarity: Tensor) -> Tensor:
    """What a run's loss is computed from: log S for SimLoss (`log_similarity`), the soft
    labels S / S.sum(1) for soft labels; float32."""
    if loss == "soft_labels":
        return _normalise(similarity.detach()).to(torch.float32)
    return log_similarity(similarity)


class RunKinds:
    """Which runs of a batch train with soft labels (``soft[k]``; SimLoss otherwise) and, for a
    mixed batch, the index tensors that split it by loss and restore run order: made once per
    stack, not per step (a tensor built from a list is a host-to-device copy that waits)."""

    def __init__(self, soft: Sequence[bool], device: torch.device | str = "cpu") -> None:
        self.soft = [bool(x) for x in soft]
        self.device = device
        self.split: tuple[Tensor, Tensor, Tensor] | None = None
        if any(self.soft) and not all(self.soft):
            sim = [k for k, x in enumerate(self.soft) if not x]
            sft = [k for k, x in enumerate(self.soft) if x]
            self.split = (torch.tensor(sim, device=device), torch.tensor(sft, device=device),
                          torch.tensor(sim + sft, device=device).argsort())

    def keep(self, positions: list[int]) -> RunKinds:
        """The kinds of the runs at `positions` (those still training)."""
        return RunKinds([self.soft[p] for p in positions], self.device)

    def one(self, k: int) -> RunKinds:
        return RunKinds(self.soft[k:k + 1], self.device)


def batched_run_loss(logits: Tensor, target: Tensor, rows: Tensor,
                     kinds: RunKinds | Sequence[bool]) -> Tensor:
    """Per-run losses (K,) of a batch whose runs may differ in loss: run k is soft-label
    cross entropy on ``rows[k]`` (`loss_rows`) where ``kinds.soft[k]``, SimLoss otherwise.
    Each run is computed on its own slices, so its loss and gradient are those it has alone."""
    if not isinstance(kinds, RunKinds):
        kinds = RunKinds(kinds, logits.device)
    if kinds.split is None:
        if kinds.soft and kinds.soft[0]:
            return batched_soft_label_loss(logits, target, rows)
        return batched_sim_loss(logits, target, rows)
    sim, sft, order = kinds.split
    both = torch.cat([batched_sim_loss(logits[sim], target[sim], rows[sim]),
                      batched_soft_label_loss(logits[sft], target[sft], rows[sft])])
    return both[order]


# --------------------------------------------------------------------------- Adam


class StackedAdam:
    """Adam on stacked (K, ...) tensors, elementwise as torch.optim.Adam with default
    betas and eps (so each run has its own moments), with `keep` to drop finished runs."""

    def __init__(self, params: list[Tensor], lr: float) -> None:
        self.lr = lr
        self.step_count = 0  # all runs in a batch start together, so one count serves all
        self.exp_avg = [torch.zeros_like(p) for p in params]
        self.exp_avg_sq = [torch.zeros_like(p) for p in params]

    @torch.no_grad()
    def step(self, params: list[Tensor], grads: list[Tensor]) -> None:
        beta1, beta2 = ADAM_BETAS
        self.step_count += 1
        bias1 = 1 - beta1**self.step_count
        bias2_sqrt = math.sqrt(1 - beta2**self.step_count)
        step_size = self.lr / bias1
        for p, g, m, v in zip(params, grads, self.exp_avg, self.exp_avg_sq, strict=True):
            # the same operations, in the same order, as torch.optim.Adam's single-tensor path
            m.lerp_(g, 1 - beta1)
            v.mul_(beta2).addcmul_(g, g, value=1 - beta2)
            denom = (v.sqrt() / bias2_sqrt).add_(ADAM_EPS)
            p.addcdiv_(m, denom, value=-step_size)

    def keep(self, index: Tensor) -> None:
        self.exp_avg = [m[index] for m in self.exp_avg]
        self.exp_avg_sq = [v[index] for v in self.exp_avg_sq]


# --------------------------------------------------------------------------- data, forward


# Largest split standardised once up front on the CPU (float32, 4 bytes a pixel): CIFAR-100's
# 45,000 training images take 553 MB; UTKFace's at 60x60, 612 MB.
STANDARDISED_BYTES = 1 << 30


@dataclass
class _DeviceSplit:
    images: Tensor  # uint8 (N, H, W, C) on the device: channels last, see _Inputs
    labels: Tensor  # int64 (N,) on the device
    floats: Tensor | None = None  # the images standardised once (_Inputs.keep), or None


def _to_device(split: Any, device: torch.device) -> _DeviceSplit:
    # Stored channels-last once, in uint8: every batch then comes out of an index operation
    # already in the layout the CPU convolutions are fastest on, without a float copy.
    images = split.images.permute(0, 2, 3, 1).contiguous()
    labels = split.labels
    if device.type == "cuda":
        images, labels = images.pin_memory(), labels.pin_memory()
    return _DeviceSplit(images.to(device, non_blocking=True), labels.to(device, non_blocking=True))


@dataclass
class _Inputs:
    """How a batch of uint8 images becomes the model's float input, on the device."""

    shift: Tensor          # (C,): -mean / std
    scale: Tensor          # (C,): 1 / std; (x - mean) / std == x * scale + shift
    channels_last: bool
    bf16: bool

    def __call__(self, images: Tensor) -> Tensor:
        """uint8 (..., H, W, C) -> float32 (..., C, H, W), standardised."""
        return self._layout(torch.addcmul(self.shift, images.float(), self.scale))

    def _layout(self, x: Tensor) -> Tensor:
        x = x.movedim(-1, -3)
        # movedim is a view: each (B, C, H, W) slice has channels_last strides already
        return x if self.channels_last else x.contiguous()

    def keep(self, split: _DeviceSplit) -> _DeviceSplit:
        """The split with its images standardised once, on the CPU when the float copy fits
        STANDARDISED_BYTES: every epoch then indexes (training) or slices (evaluation) the
        floats instead of converting and standardising each batch again. The same
        elementwise operation on the same values, so the same numbers (tests/test_train.py)."""
        images = split.images
        if images.device.type != "cpu" or images.numel() * 4 > STANDARDISED_BYTES:
            return split
        if images.shape[-1] == 1:
            # One channel: the strides of a size-1 channel dimension are arbitrary, and an
            # index of the floats gets other ones than the per-batch path, which makes the
            # convolutions pick another memory format (other rounding). Such images are
            # small (digits) and cheap to standardise per batch anyway.
            return split
        floats = torch.empty(images.shape, dtype=torch.float32)
        for start in range(0, images.shape[0], 4096):  # no full-size uint8 -> float temporary
            part = slice(start, start + 4096)
            torch.addcmul(self.shift, images[part].float(), self.scale, out=floats[part])
        return _DeviceSplit(images, split.labels, floats)

    def batch(self, split: _DeviceSplit, index: Any) -> Tensor:
        """The model input of `split.images[index]` (an index tensor or a slice)."""
        if split.floats is None:
            return self(split.images[index])
        return self._layout(split.floats[index])

    def autocast(self) -> Any:
        if self.bf16:
            return torch.autocast("cuda", dtype=torch.bfloat16)
        return contextlib.nullcontext()


BATCHING = ("vmap", "loop")


@dataclass
class _Stack:
    """The active runs' stacked parameters and buffers, and the batched forward.

    `vmap` calls the K models as one (convolutions become grouped convolutions: one kernel
    launch per layer for all runs, what a GPU wants). `loop` calls them one after another
    on slices of the same stacked tensors: on the CPU grouped convolutions are about 2x
    slower per image than K plain ones (measured, see bench/RESULTS.md), so this is the
    CPU default. Both give each run the same computation and the same gradients.
    """

    base: torch.nn.Module          # a copy of the model on the meta device (structure only)
    params: dict[str, Tensor]      # (K, ...) leaves requiring grad
    buffers: dict[str, Tensor]     # (K, ...)
    batching: str = "vmap"

    def forward(self, x: Tensor, *, shared_input: bool) -> Tensor:
        """x (K, B, ...) per-run batches, or (B, ...) one batch for all runs -> (K, B, C)."""
        if self.batching == "loop":
            return torch.stack([
                functional_call(self.base, (p, b), (x if shared_input else x[k],))
                for k, (p, b) in enumerate(self._per_run(self.params))
            ])

        def one(params: dict[str, Tensor], buffers: dict[str, Tensor], xb: Tensor) -> Tensor:
            return functional_call(self.base, (params, buffers), (xb,))

        in_dims = (0, 0, None if shared_input else 0)
        return vmap(one, in_dims=in_dims, randomness="different")(self.params, self.buffers, x)

    def losses_and_grads(self, x: Tensor, target: Tensor, rows: Tensor, kinds: RunKinds,
                         inputs: _Inputs) -> tuple[Tensor, list[Tensor]]:
        """Per-run losses (K,) of per-run batches x (K, B, ...) and their gradients, stacked
        like `params`. Each run's gradient is that of its own loss only (`batched_run_loss`
        on `rows` (K, C, C) and `kinds`)."""
        if self.batching == "vmap":
            with inputs.autocast():
                logits = self.forward(x, shared_input=False)
            losses = batched_run_loss(logits, target, rows, kinds)
            grads = torch.autograd.grad(losses.sum(), list(self.params.values()))
            return losses.detach(), list(grads)
        # loop: forward and backward one run at a time, so only one run's activations are
        # alive at once (K times less memory; the CPU caches stay warm)
        detached = {n: v.detach() for n, v in self.params.items()}
        losses, grads = [], []
        for k, (p, b) in enumerate(self._per_run(detached)):
            leaves = {n: v.requires_grad_() for n, v in p.items()}
            with inputs.autocast():
                logits = functional_call(self.base, (leaves, b), (x[k],))
            loss = batched_run_loss(logits[None], target[k:k + 1], rows[k:k + 1],
                                    kinds.one(k))[0]
            grads.append(torch.autograd.grad(loss, list(leaves.values())))
            losses.append(loss.detach())
        return torch.stack(losses), [torch.stack(g) for g in zip(*grads, strict=True)]

    def _per_run(self, params: dict[str, Tensor]
                 ) -> list[tuple[dict[str, Tensor], dict[str, Tensor]]]:
        k = next(iter(params.values())).shape[0]
        unbound = {n: v.unbind(0) for n, v in params.items()}
        buffers = {n: v.unbind(0) for n, v in self.buffers.items()}
        return [({n: v[i] for n, v in unbound.items()}, {n: v[i] for n, v in buffers.items()})
                for i in range(k)]

    def keep(self, index: Tensor) -> None:
        self.params = {k: v.detach()[index].requires_grad_() for k, v in self.params.items()}
        self.buffers = {k: v[index] for k, v in self.buffers.items()}


def _build_stack(task: Any, num_classes: int, seeds: list[int], device: torch.device,
                 batching: str = "vmap") -> _Stack:
    models = [_seeded_model(task, num_classes, s).to(device) for s in seeds]
    check_stateless(models[0], task.name)
    params, buffers = stack_module_state(models)
    base = copy.deepcopy(models[0]).to("meta")
    return _Stack(base, dict(params), dict(buffers), batching)


@torch.no_grad()
def _predict(stack: _Stack, split: _DeviceSplit, inputs: _Inputs, chunk: int) -> Tensor:
    """Logits (K, N, C) in float32 of every active run on a whole split."""
    stack.base.eval()
    out = []
    for start in range(0, split.images.shape[0], chunk):
        x = inputs.batch(split, slice(start, start + chunk))
        with inputs.autocast():
            out.append(stack.forward(x, shared_input=True).float())
    stack.base.train()
    return torch.cat(out, dim=1)


# --------------------------------------------------------------------------- the loop


@dataclass
class _RunState:
    value: float
    seed: int
    loss: RunLoss = field(default_factory=RunLoss)
    epochs: int = 0
    best_epoch: int = 0
    best_score: float | None = None
    bad_epochs: int = 0
    val: dict[str, float] = field(default_factory=dict)
    test: dict[str, float] = field(default_factory=dict)
    mean_distribution: list[float] = field(default_factory=list)
    seconds: float = 0.0
    error: str | None = None


def _improves(score: float, best: float | None, direction: str) -> bool:
    if best is None:
        return math.isfinite(score)
    return score > best if direction == "maximize" else score < best


def _epoch_bar(total: int, progress: bool) -> Any:
    if progress and sys.stderr.isatty():
        from tqdm.auto import tqdm

        return tqdm(total=total, unit="epoch", leave=False)
    return None


def _direction(task: Any, metric: str) -> str:
    for m in task.metrics:
        if m.name == metric:
            return m.direction
    raise ValueError(
        f"task {task.name!r}: early-stopping metric {metric!r} is not one of its metrics "
        f"{[m.name for m in task.metrics]}"
    )


def train_runs(
    task: Any,
    data: Any,
    points: list[tuple[float, int] | tuple[float, int, RunLoss]],
    config: TrainConfig,
    *,
    device: str | torch.device,
    progress: bool = True,
    batching: str | None = None,
    channels_last: bool | None = None,
    on_epoch: Any = None,
) -> list[RunResult]:
    """Train K (value, seed) runs of `task` together; one result per point, in order.

    A point (value, seed) is a SimLoss run on the task's matrix of `value`; a point
    (value, seed, RunLoss(loss, similarity)) trains with that loss on that matrix.

    A run whose loss becomes NaN/inf is stopped with `error="nan loss at epoch E"`; the
    others go on. CUDA running out of memory fails the whole batch with
    `error="out of memory"` (the caller may retry with fewer runs).

    `batching` ("vmap" or "loop") and `channels_last` only change speed, not what is
    computed; by default "loop" and channels-last on the CPU, "vmap" and contiguous on CUDA.
    `on_epoch(index, epoch, val_metrics)` is called for every run still training after each
    epoch (index into `points`).
    """
    if not points:
        return []
    _check_points(points)
    dev = device if isinstance(device, torch.device) else resolve_device(device)
    if config.bf16 and dev.type != "cuda":
        raise ValueError(f"bf16 autocast needs a CUDA device, got device {str(dev)!r}")
    batching = batching or ("loop" if dev.type == "cpu" else "vmap")
    if batching not in BATCHING:
        raise ValueError(f"batching must be one of {BATCHING}, got {batching!r}")
    if channels_last is None:
        channels_last = dev.type == "cpu"
    states = [_RunState(float(p[0]), int(p[1]), *p[2:]) for p in points]
    t0 = time.perf_counter()
    try:
        _train(task, data, states, config, dev, progress, batching, channels_last, t0,
               on_epoch)
    except torch.cuda.OutOfMemoryError:
        if dev.type == "cuda":
            torch.cuda.empty_cache()
        for st in states:
            st.error, st.seconds = "out of memory", time.perf_counter() - t0
    label = _device_label(dev)
    return [
        RunResult(task.name, task.parameter, st.value, st.seed, st.epochs, st.best_epoch,
                  st.val, st.test, st.seconds, label, st.mean_distribution, st.error)
        for st in states
    ]


def _check_points(points: list[tuple]) -> None:
    for point in points:
        if not isinstance(point, (tuple, list)) or len(point) not in (2, 3) or (
                len(point) == 3 and not isinstance(point[2], RunLoss)):
            raise ValueError(f"a point must be (value, seed) or (value, seed, RunLoss), got "
                             f"{point!r:.80}")
        value, seed = point[:2]
        if not (isinstance(value, (int, float)) and 0.0 <= value < 1.0):
            raise ValueError(f"value (r or l) must be in [0, 1), got {value!r}")
        if isinstance(seed, bool) or not isinstance(seed, int) or seed < 0:
            raise ValueError(f"seed must be an integer >= 0, got {seed!r}")


def _train(task: Any, data: Any, states: list[_RunState], config: TrainConfig,
           device: torch.device, progress: bool, batching: str, channels_last: bool,
           t0: float, on_epoch: Any = None) -> None:
    patience = config.patience or task.patience
    max_epochs = config.max_epochs or task.max_epochs
    metric = task.early_stopping
    direction = _direction(task, metric)
    num_classes = len(data.class_names)

    scale = 1.0 / data.std.to(device, torch.float32)
    inputs = _Inputs(-data.mean.to(device, torch.float32) * scale, scale, channels_last,
                     config.bf16)
    train = inputs.keep(_to_device(data.train, device))
    val = inputs.keep(_to_device(data.val, device))

    stack = _build_stack(task, num_classes, [st.seed for st in states], device, batching)
    rows = torch.stack([_run_rows(task, data, st, num_classes) for st in states]).to(device)
    kinds = RunKinds([st.loss.loss == "soft_labels" for st in states], device)
    generators = [_batch_generator(st.seed) for st in states]
    names = list(stack.params)
    adam = StackedAdam([stack.params[k] for k in names], config.lr)
    # best weights per run, by position in `states`; test is evaluated once, at the end
    best = {k: v.detach().clone() for k, v in {**stack.params, **stack.buffers}.items()}

    active = list(range(len(states)))  # positions in `states` of the runs still in the stack
    n = train.images.shape[0]
    bar = _epoch_bar(max_epochs, progress)
    level = logging.INFO if progress else logging.DEBUG  # progress=False: quiet by default
    for epoch in range(1, max_epochs + 1):
        order = torch.stack([torch.randperm(n, generator=generators[i]) for i in active])
        order = order.to(device, non_blocking=True)
        loss_sum = torch.zeros(len(active), device=device)
        for start in range(0, n, config.batch_size):
            idx = order[:, start:start + config.batch_size]          # (K, B)
            x = inputs.batch(train, idx)                              # (K, B, C, H, W)
            with _no_hidden_state(stack, task.name, first=epoch == 1 and start == 0):
                losses, grads = stack.losses_and_grads(x, train.labels[idx], rows, kinds,
                                                       inputs)
            adam.step([stack.params[k] for k in names], grads)
            loss_sum += losses

        finite = torch.isfinite(loss_sum).tolist()  # one host sync per epoch, not per step
        val_logits = _predict(stack, val, inputs, config.batch_size)
        improved, stopped = [], []
        for pos, i in enumerate(active):
            st = states[i]
            st.epochs = epoch
            if not finite[pos]:
                st.error = f"nan loss at epoch {epoch}"
                stopped.append(pos)
                continue
            metrics = task.metrics_from_logits(val_logits[pos], val.labels, data)
            if on_epoch is not None:
                on_epoch(i, epoch, {k: float(v) for k, v in metrics.items()})
            score = float(metrics[metric])
            if _improves(score, st.best_score, direction):
                st.best_score, st.best_epoch, st.bad_epochs = score, epoch, 0
                st.val = {k: float(v) for k, v in metrics.items()}
                st.mean_distribution = val_logits[pos].softmax(-1).mean(0).tolist()
                improved.append(pos)
            else:
                st.bad_epochs += 1
                if st.bad_epochs >= patience:
                    stopped.append(pos)
        if improved:
            _save_best(best, stack, [active[p] for p in improved], improved)
        now = time.perf_counter() - t0
        for pos in stopped:
            states[active[pos]].seconds = now
        _log_epoch(bar, epoch, max_epochs, states, active, metric, len(stopped), level)

        keep = [pos for pos in range(len(active)) if pos not in stopped]
        if len(keep) < len(active):
            active = [active[p] for p in keep]
            if not active:
                break
            index = torch.tensor(keep, device=device)
            stack.keep(index)
            adam.keep(index)
            rows = rows[index]
            kinds = kinds.keep(keep)
    if bar is not None:
        bar.close()

    _evaluate_test(task, data, states, best, stack, inputs, config.batch_size)
    now = time.perf_counter() - t0
    for i in active:
        states[i].seconds = now


def _run_rows(task: Any, data: Any, state: _RunState, num_classes: int) -> Tensor:
    """The run's `loss_rows` from its own matrix, or the task's matrix of its value."""
    matrix = state.loss.similarity
    if matrix is None:
        matrix = task.similarity(data, state.value)
    if tuple(matrix.shape) != (num_classes, num_classes):
        raise ValueError(f"run {task.parameter}={state.value:g} seed={state.seed}: its matrix "
                         f"is {tuple(matrix.shape)}, the task has {num_classes} classes")
    return loss_rows(state.loss.loss, matrix.cpu())


@contextlib.contextmanager
def _no_hidden_state(stack: _Stack, task_name: str, first: bool) -> Any:
    """On the first step: the step must draw no random number and change no buffer (layers
    `check_stateless` cannot name, e.g. functional dropout)."""
    if not first:
        yield
        return
    rng = torch.get_rng_state()
    cuda = torch.cuda.get_rng_state_all() if torch.cuda.is_initialized() else None
    buffers = {k: v.detach().clone() for k, v in stack.buffers.items()}
    yield
    if not torch.equal(rng, torch.get_rng_state()) or (
            cuda is not None and any(not torch.equal(a, b) for a, b in
                                     zip(cuda, torch.cuda.get_rng_state_all(), strict=True))):
        raise ValueError(refusal(task_name, "draws random numbers in its forward pass"))
    for k, v in buffers.items():
        if not torch.equal(v, stack.buffers[k]):
            raise ValueError(refusal(task_name, f"changes its buffer {k!r} while training"))


@torch.no_grad()
def _save_best(best: dict[str, Tensor], stack: _Stack, runs: list[int], positions: list[int]
               ) -> None:
    dst = torch.tensor(runs, device=next(iter(best.values())).device)
    src = torch.tensor(positions, device=dst.device)
    for k, v in {**stack.params, **stack.buffers}.items():
        best[k].index_copy_(0, dst, v.detach().index_select(0, src))


def _evaluate_test(task: Any, data: Any, states: list[_RunState], best: dict[str, Tensor],
                   stack: _Stack, inputs: _Inputs, chunk: int) -> None:
    """Test metrics of every run at its best validation epoch, in one batched pass."""
    runs = [i for i, st in enumerate(states) if st.best_epoch > 0]
    if not runs:
        return
    test = inputs.keep(_to_device(data.test, inputs.scale.device))
    index = torch.tensor(runs, device=inputs.scale.device)
    params = {k: best[k][index] for k in stack.params}
    buffers = {k: best[k][index] for k in stack.buffers}
    best_stack = _Stack(stack.base, params, buffers, stack.batching)
    logits = _predict(best_stack, test, inputs, chunk)
    for pos, i in enumerate(runs):
        metrics = task.metrics_from_logits(logits[pos], test.labels, data)
        states[i].test = {k: float(v) for k, v in metrics.items()}


def _log_epoch(bar: Any, epoch: int, max_epochs: int, states: list[_RunState],
               active: list[int], metric: str, n_stopped: int, level: int) -> None:
    scores = [states[i].best_score for i in active if states[i].best_score is not None]
    best_text = ", ".join(f"{s:.4g}" for s in scores[:10]) + (" ..." if len(scores) > 10 else "")
    running = len(active) - n_stopped
    if bar is not None:
        bar.update(1)
        bar.set_postfix_str(f"runs {running}/{len(states)} best val {metric} [{best_text}]")
    else:
        log.log(level, "epoch %d/%d: %d/%d runs active, best val %s [%s]",
                epoch, max_epochs, running, len(states), metric, best_text)


# --------------------------------------------------------------------------- `train` command


def _config_from_args(args: Any) -> TrainConfig:
    given = {
        "lr": args.lr,
        "batch_size": args.batch_size,
        "patience": args.patience,
        "max_epochs": args.max_epochs,
        "limit": args.limit,
        "split_seed": args.split_seed,
        "bf16": bool(args.bf16),
    }
    return TrainConfig(**{k: v for k, v in given.items() if v is not None})


def command_train(args: Any) -> int:
    """`simloss-tune train`: train one (value, seed) run and write its metrics as JSON."""
    from .tasks import get_task

    task = get_task(args.task)
    value = args.value
    if not (math.isfinite(value) and 0.0 <= value < 1.0):
        raise ValueError(f"--value must be in [0, 1) (r or l of task {task.name!r}), got {value}")
    if not 0 <= args.seed <= MAX_SEED:
        raise ValueError(f"--seed must be >= 0 and <= {MAX_SEED}, got {args.seed}")
    config = _config_from_args(args)
    device = resolve_device(args.device)
    if args.threads is not None and args.threads < 1:
        raise ValueError(f"--threads must be at least 1, got {args.threads}")
    if config.bf16 and device.type != "cuda":
        raise ValueError(f"--bf16 needs a CUDA device, got --device {args.device}")
    if task.needs_data_dir and not args.data_dir:
        raise ValueError(f"task {task.name!r} needs --data-dir (the dataset folder)")
    if args.data_dir and not Path(args.data_dir).exists() and not args.download:
        raise FileNotFoundError(f"--data-dir {args.data_dir}: no such folder")
    out = Path(args.json_out) if args.json_out else None
    if out is not None and not out.parent.is_dir():
        raise FileNotFoundError(f"--json {out}: folder {out.parent} does not exist")
    if out is not None and out.is_dir():
        raise ValueError(f"--json {out} is a folder; name a file to write the result to")

    if not logging.getLogger().handlers:  # the per-epoch lines when stderr is not a TTY
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    from .matrices import trusting_pickles

    set_threads(args.threads)
    with trusting_pickles(getattr(args, "trust_pickles", False)):
        data = task.load(args.data_dir, split_seed=config.split_seed, limit=config.limit,
                         download=args.download)
    (result,) = train_runs(task, data, [(value, args.seed)], config, device=device)
    doc = result.to_json()
    if out is not None:
        out.write_text(json.dumps(doc, indent=2) + "\n")
    summary = ", ".join(f"{k} {v:.4g}" for k, v in result.test.items())
    print(f"{task.name} {task.parameter}={value} seed={args.seed}: {result.epochs} epochs, "
          f"best epoch {result.best_epoch}, test {summary or '-'} ({result.seconds:.1f} s, "
          f"{result.device})" + (f" ERROR: {result.error}" if result.error else ""))
    return 1 if result.error else 0
