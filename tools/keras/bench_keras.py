"""The Keras peer of `lstmbook bench`: the same two workloads, timed the same way, so the two can
be compared on one machine. Run by hand (never in CI):

    /tmp/venv-keras/bin/python tools/keras/bench_keras.py --data lessons/data/airline-passengers.csv

1. The note's model: LSTM(4) → Dense(1), Adam, MSE, batch 1, fit() over the note's windows
   (look_back 1, 3 and 10, features layout), timed per epoch. Keras's first epoch includes
   tracing and compilation, so it is reported separately and the steady epochs are averaged:
   that is the cost a long run converges to (and the most favourable reading for Keras).
2. The mid-size model: LSTM(128) → Dense(1), 50 steps of 32 inputs, batch 32, Adam, MSE, random
   data; `train_on_batch` timed per training step after warm-up, best of --repeats.

FLOPs are counted exactly as `lstmbook bench` counts them (matrix products only, a multiply-add
as 2: forward x·W and h·U, backward dW, dU and dh), so GFLOP/s figures are comparable. Keras runs
in its default float32 with TensorFlow's default threading (all cores; `--threads 1` for one),
lstmbook in float64 on one thread and on `--threads` (default: all cores); ratios are wall-clock
against wall-clock.
"""

import argparse
import csv
import os
import resource
import sys
import time

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ.setdefault("CUDA_VISIBLE_DEVICES", "")

import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402
import keras  # noqa: E402


class EpochTimer(keras.callbacks.Callback):
    def on_epoch_begin(self, epoch, logs=None):
        self.start = time.perf_counter()

    def on_train_begin(self, logs=None):
        self.seconds = []

    def on_epoch_end(self, epoch, logs=None):
        self.seconds.append(time.perf_counter() - self.start)


def note_windows(path, look_back):
    with open(path, newline="", encoding="utf-8-sig") as f:
        series = np.array([float(row["Passengers"]) for row in csv.DictReader(f)])
    scaled = (series - series.min()) / (series.max() - series.min())
    train = scaled[: int(len(scaled) * 0.7)]
    count = len(train) - look_back - 1
    x = np.array([train[i:i + look_back] for i in range(count)]).reshape(count, 1, look_back)
    y = np.array([train[i + look_back] for i in range(count)])
    return x, y


def bench_note(path, epochs):
    print(f"note's model: LSTM(4) → Dense(1), Adam, MSE, batch 1, {epochs} epochs")
    total_steady = 0.0
    for look_back in (1, 3, 10):
        keras.utils.set_random_seed(7)
        x, y = note_windows(path, look_back)
        model = keras.Sequential([keras.Input(shape=(1, look_back)), keras.layers.LSTM(4), keras.layers.Dense(1)])
        model.compile(loss="mean_squared_error", optimizer="adam")
        timer = EpochTimer()
        start = time.perf_counter()
        model.fit(x, y, epochs=epochs, batch_size=1, verbose=0, callbacks=[timer])
        wall = time.perf_counter() - start
        steady = float(np.mean(timer.seconds[1:]))
        total_steady += steady * 100
        print(f"  look_back {look_back:2d}: {len(x):3d} samples, first epoch {timer.seconds[0] * 1e3:7.1f} ms, "
              f"then {steady * 1e3:6.1f} ms per epoch, {steady / len(x) * 1e6:6.1f} µs per training step "
              f"(fit of {epochs} epochs: {wall:.2f} s)")
    print(f"  all three look_back runs at the steady rate, 100 epochs each: {total_steady:.2f} s")


def bench_mid(repeats, warmup):
    units, steps, inputs, batch = 128, 50, 32, 32
    print(f"mid-size model: LSTM({units}) → Dense(1), {steps} steps × {inputs} inputs, batch {batch}, Adam, MSE")
    rng = np.random.default_rng(1)
    x = rng.uniform(-1, 1, (batch, steps, inputs)).astype("float32")
    y = rng.uniform(-1, 1, (batch, 1)).astype("float32")
    keras.utils.set_random_seed(1)
    model = keras.Sequential([keras.Input(shape=(steps, inputs)), keras.layers.LSTM(units), keras.layers.Dense(1)])
    model.compile(loss="mean_squared_error", optimizer="adam")
    for _ in range(warmup):
        model.train_on_batch(x, y)
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        model.train_on_batch(x, y)
        best = min(best, time.perf_counter() - start)
    k = 4 * units
    flops = batch * steps * k * (4 * inputs + 6 * units) + batch * 6 * units
    print(f"  {best * 1e3:.2f} ms per training step, {1 / best:.1f} steps/s, {batch / best:.0f} samples/s, "
          f"{flops / best / 1e9:.2f} GFLOP/s ({flops / 1e6:.0f} MFLOP per step)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", required=True)
    parser.add_argument("--epochs", type=int, default=5, help="epochs per note-model run (the first is warm-up)")
    parser.add_argument("--repeats", type=int, default=10)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--threads", type=int, default=0,
                        help="TensorFlow threads (0: its default, all cores; 1: like lstmbook)")
    args = parser.parse_args()
    if args.threads:
        tf.config.threading.set_intra_op_parallelism_threads(args.threads)
        tf.config.threading.set_inter_op_parallelism_threads(args.threads)
    threads = args.threads or "default"
    print(f"Keras {keras.__version__}, TensorFlow {tf.__version__}, floatx {keras.config.floatx()}, threads {threads}")
    bench_note(args.data, args.epochs)
    bench_mid(args.repeats, args.warmup)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (maxrss): {peak:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
