"""The note's airline experiment in Keras: the peer of `lstmbook forecast`, for comparing the
spread of train and test RMSE over seeds. Run by hand (never in CI), e.g.

    /tmp/venv-keras/bin/python tools/keras/note_experiment.py \
        --data lessons/data/airline-passengers.csv --look-back 1,3,10 --seeds 1,2,3,4,5

It follows the note exactly, except that it reads the clean 144-row CSV without `skipfooter`
(which would drop three real months): min-max scaling of the whole series, the first
int(len·0.7) values for training, `len - look_back - 1` windows per split as features of one
time step, LSTM(4) → Dense(1), MSE, Adam, 100 epochs, batch 1, fit's default per-epoch shuffle,
RMSE after inverse scaling. Seeding uses `keras.utils.set_random_seed`, the only call that makes
Keras 3 runs repeat. Prints one line per run and, with --json FILE, writes all runs there.
"""

import argparse
import csv
import json
import math
import os
import sys
import time

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ.setdefault("CUDA_VISIBLE_DEVICES", "")

import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402
import keras  # noqa: E402


def read_series(path, column):
    with open(path, newline="", encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    return np.array([[float(row[column])] for row in rows])


def create_dataset(dataset, look_back):
    """The note's windows: len - look_back - 1 of them (its off-by-one kept on purpose)."""
    x, y = [], []
    for i in range(len(dataset) - look_back - 1):
        x.append(dataset[i:i + look_back, 0])
        y.append(dataset[i + look_back, 0])
    return np.array(x), np.array(y)


def run(series, look_back, seed, epochs):
    keras.utils.set_random_seed(seed)
    lo, hi = series.min(), series.max()
    scaled = (series - lo) / (hi - lo)
    train_size = int(len(scaled) * 0.7)
    train, test = scaled[:train_size], scaled[train_size:]
    train_x, train_y = create_dataset(train, look_back)
    test_x, test_y = create_dataset(test, look_back)
    train_x = train_x.reshape(train_x.shape[0], 1, look_back)
    test_x = test_x.reshape(test_x.shape[0], 1, look_back)
    model = keras.Sequential([keras.Input(shape=(1, look_back)), keras.layers.LSTM(4), keras.layers.Dense(1)])
    model.compile(loss="mean_squared_error", optimizer="adam")
    start = time.perf_counter()
    history = model.fit(train_x, train_y, epochs=epochs, batch_size=1, verbose=0)
    seconds = time.perf_counter() - start

    def rmse(x, y):
        predicted = model.predict(x, verbose=0)[:, 0] * (hi - lo) + lo
        return math.sqrt(np.mean((predicted - (y * (hi - lo) + lo)) ** 2))

    return {"look_back": look_back, "seed": seed, "train_rmse": rmse(train_x, train_y), "test_rmse": rmse(test_x, test_y),
            "final_loss": float(history.history["loss"][-1]), "fit_seconds": seconds}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", required=True)
    parser.add_argument("--column", default="Passengers")
    parser.add_argument("--look-back", default="1,3,10")
    parser.add_argument("--seeds", default="7,8,9")
    parser.add_argument("--epochs", type=int, default=100)
    parser.add_argument("--json")
    parser.add_argument("--threads", type=int, default=0, help="TensorFlow threads (0: its default)")
    args = parser.parse_args()
    if args.threads:
        tf.config.threading.set_intra_op_parallelism_threads(args.threads)
        tf.config.threading.set_inter_op_parallelism_threads(args.threads)
    series = read_series(args.data, args.column)
    print(f"Keras {keras.__version__}, TensorFlow {tf.__version__}", flush=True)
    runs = []
    for look_back in [int(v) for v in args.look_back.split(",")]:
        for seed in [int(v) for v in args.seeds.split(",")]:
            r = run(series, look_back, seed, args.epochs)
            runs.append(r)
            print(f"look_back {look_back:2d} seed {seed:3d}: train {r['train_rmse']:6.2f} test {r['test_rmse']:6.2f} "
                  f"final loss {r['final_loss']:.6f} fit {r['fit_seconds']:.1f} s", flush=True)
            if args.json:
                with open(args.json, "w") as f:
                    json.dump(runs, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
