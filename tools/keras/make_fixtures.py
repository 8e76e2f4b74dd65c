"""Writes the Keras reference fixtures that Tests/EngineTests compares lstmbook's engine against.

Run by hand (never in CI), with TensorFlow-CPU and Keras from PyPI in a virtual environment kept
outside the repository:

    python -m venv /tmp/venv-keras && /tmp/venv-keras/bin/pip install tensorflow-cpu
    /tmp/venv-keras/bin/python tools/keras/make_fixtures.py

Everything runs in float64 (`keras.config.set_floatx("float64")`), so the Swift engine, which
computes in Double, must agree to about 1e-9 relative; any larger gap is a semantic difference.

For every case the script writes into Tests/EngineTests/Fixtures/keras/:
  <case>.model.json     the weights, in lstmbook's model format (Keras layout), which the Swift
                        test loads with `Model(contentsOf:)`; the same file loads into Keras with
                        `load_model_json` below, so this also checks the README's promise.
  <case>.expected.json  inputs, targets and what Keras computed: for the gradient cases the first
                        layer's outputs at every step and final states, the predictions, the loss
                        and its gradients w.r.t. every weight and every input (tf.GradientTape);
                        for the training cases the epoch losses `fit` reported and the weights
                        after training (<case>.trained.model.json).

It also measures how Keras's Adam rounds its constants (see `measure_adam_constants`) and prints
the result, which Sources/Engine/Adam.swift follows.
"""

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ.setdefault("CUDA_VISIBLE_DEVICES", "")

import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402
import keras  # noqa: E402

keras.config.set_floatx("float64")

OUT = Path(__file__).resolve().parents[2] / "Tests" / "EngineTests" / "Fixtures" / "keras"
FORMAT = "lstmbook-model/1"


# ---------------------------------------------------------------------------------------------
# lstmbook model JSON <-> Keras


def layer_json(layer):
    """One Keras layer as an lstmbook layer object (Keras's own weight layout, unchanged)."""
    weights = [w.tolist() for w in layer.get_weights()]
    if isinstance(layer, keras.layers.Dense):
        return {
            "type": "dense",
            "units": layer.units,
            "input_dim": len(weights[0]),
            "activation": keras.activations.serialize(layer.activation),
            "kernel": weights[0],
            "bias": weights[1],
        }
    kinds = {keras.layers.LSTM: "lstm", keras.layers.GRU: "gru", keras.layers.SimpleRNN: "simple_rnn"}
    entry = {"type": kinds[type(layer)], "units": layer.units, "input_dim": len(weights[0])}
    if isinstance(layer, keras.layers.GRU):
        entry["reset_after"] = layer.reset_after
    entry.update(kernel=weights[0], recurrent_kernel=weights[1], bias=weights[2])
    return entry


def model_json(model):
    return {"format": FORMAT, "layers": [layer_json(layer) for layer in model.layers]}


def load_model_json(spec, steps):
    """Builds the Keras model an lstmbook model JSON describes, for sequences of `steps` steps."""
    layers = spec["layers"]
    stack = [keras.Input(shape=(steps, layers[0]["input_dim"]))]
    for index, entry in enumerate(layers):
        last_recurrent = index == len(layers) - 2
        if entry["type"] == "dense":
            stack.append(keras.layers.Dense(entry["units"], activation=entry.get("activation", "linear")))
        elif entry["type"] == "lstm":
            stack.append(keras.layers.LSTM(entry["units"], return_sequences=not last_recurrent))
        elif entry["type"] == "gru":
            stack.append(keras.layers.GRU(entry["units"], reset_after=entry["reset_after"],
                                          return_sequences=not last_recurrent))
        else:
            stack.append(keras.layers.SimpleRNN(entry["units"], return_sequences=not last_recurrent))
    model = keras.Sequential(stack)
    for layer, entry in zip(model.layers, layers):
        names = ["kernel", "bias"] if entry["type"] == "dense" else ["kernel", "recurrent_kernel", "bias"]
        layer.set_weights([np.array(entry[name], dtype="float64") for name in names])
    return model


def random_spec(rng, cells, units, input_dim, outputs, activation, scale=0.6):
    """An lstmbook model JSON with every weight uniform in ±scale (all gradient terms matter)."""
    layers = []
    inputs = input_dim
    for cell, n in zip(cells, units):
        gates = {"lstm": 4, "gru": 3, "gru_before": 3, "simple_rnn": 1}[cell]
        entry = {"type": "gru" if cell.startswith("gru") else cell, "units": n, "input_dim": inputs}
        if cell.startswith("gru"):
            entry["reset_after"] = cell == "gru"
        bias_shape = (2, gates * n) if cell == "gru" else (gates * n,)
        entry.update(kernel=rng.uniform(-scale, scale, (inputs, gates * n)).tolist(),
                     recurrent_kernel=rng.uniform(-scale, scale, (n, gates * n)).tolist(),
                     bias=rng.uniform(-scale, scale, bias_shape).tolist())
        layers.append(entry)
        inputs = n
    layers.append({"type": "dense", "units": outputs, "input_dim": inputs, "activation": activation,
                   "kernel": rng.uniform(-scale, scale, (inputs, outputs)).tolist(),
                   "bias": rng.uniform(-scale, scale, (outputs,)).tolist()})
    return {"format": FORMAT, "layers": layers}


def keras_loss(name):
    return {"mse": keras.losses.MeanSquaredError(),
            "bce": keras.losses.BinaryCrossentropy(),
            "cce": keras.losses.CategoricalCrossentropy()}[name]


def random_targets(rng, samples, outputs, loss):
    if loss == "mse":
        return rng.uniform(-1, 1, (samples, outputs))
    if loss == "bce":
        return rng.uniform(0, 1, (samples, outputs))
    raw = rng.uniform(0.05, 1.05, (samples, outputs))
    return raw / raw.sum(axis=1, keepdims=True)


def write(name, payload):
    path = OUT / name
    path.write_text(json.dumps(payload, indent=1) + "\n")
    print(f"  wrote {path.relative_to(OUT.parents[3])}")


# ---------------------------------------------------------------------------------------------
# Gradient cases: forward values and gradients for given weights


GRADIENT_CASES = [
    # name, cells, units, input_dim, steps, samples, outputs, activation, loss
    ("simple_rnn", ["simple_rnn"], [4], 2, 5, 3, 1, "linear", "mse"),
    ("lstm", ["lstm"], [4], 2, 5, 3, 1, "linear", "mse"),
    ("gru_reset_after", ["gru"], [4], 2, 5, 3, 1, "linear", "mse"),
    ("gru_reset_before", ["gru_before"], [4], 2, 5, 3, 1, "linear", "mse"),
    ("lstm_bce", ["lstm"], [3], 3, 4, 4, 2, "sigmoid", "bce"),
    ("gru_cce", ["gru"], [3], 2, 6, 3, 4, "softmax", "cce"),
    ("stack_lstm_gru", ["lstm", "gru"], [5, 3], 2, 6, 2, 2, "linear", "mse"),
]


def gradient_case(rng, name, cells, units, input_dim, steps, samples, outputs, activation, loss):
    spec = random_spec(rng, cells, units, input_dim, outputs, activation)
    model = load_model_json(spec, steps)
    x = tf.constant(rng.uniform(-1, 1, (samples, steps, input_dim)))
    y = tf.constant(random_targets(rng, samples, outputs, loss))

    # The first layer alone, returning every step's output and its final state(s).
    first = model.layers[0]
    probe = type(first).from_config({**first.get_config(), "return_sequences": True, "return_state": True})
    probe(x)
    probe.set_weights(first.get_weights())
    returned = probe(x)
    sequence, states = returned[0], returned[1:]

    with tf.GradientTape() as tape:
        tape.watch(x)
        predictions = model(x)
        value = keras_loss(loss)(y, predictions)
    grads = tape.gradient(value, model.trainable_variables + [x])
    grad_layers, k = [], 0
    for layer in model.layers:
        names = ["kernel", "bias"] if isinstance(layer, keras.layers.Dense) else ["kernel", "recurrent_kernel", "bias"]
        grad_layers.append({n: grads[k + i].numpy().tolist() for i, n in enumerate(names)})
        k += len(names)

    with open(OUT / f"{name}.model.json", "w") as f:
        json.dump(model_json(model), f, indent=1)
        f.write("\n")
    write(f"{name}.expected.json", {
        "loss": {"mse": "meanSquaredError", "bce": "binaryCrossEntropy", "cce": "softmaxCrossEntropy"}[loss],
        "inputs": x.numpy().tolist(),
        "targets": y.numpy().tolist(),
        "sequence": sequence.numpy().tolist(),
        "final_h": states[0].numpy().tolist(),
        "final_c": states[1].numpy().tolist() if len(states) > 1 else None,
        "predictions": predictions.numpy().tolist(),
        "loss_value": float(value.numpy()),
        "gradients": {"layers": grad_layers, "inputs": grads[-1].numpy().tolist()},
    })


# ---------------------------------------------------------------------------------------------
# Training cases: a few optimiser steps with fit(), batch > 1 and a partial last batch, no shuffle


TRAINING_CASES = [
    # name, cells, units, optimizer factory, epochs, loss, activation, outputs
    ("train_lstm_adam", ["lstm"], [3], lambda: keras.optimizers.Adam(), 2, "mse", "linear", 1),
    ("train_gru_adam", ["gru"], [3], lambda: keras.optimizers.Adam(learning_rate=0.01), 3, "cce", "softmax", 3),
    ("train_lstm_sgd", ["lstm"], [3], lambda: keras.optimizers.SGD(learning_rate=0.1), 2, "mse", "linear", 1),
    ("train_lstm_sgd_clip", ["lstm"], [3], lambda: keras.optimizers.SGD(learning_rate=0.1, global_clipnorm=0.05), 2,
     "mse", "linear", 1),
]
TRAIN_SAMPLES, TRAIN_STEPS, TRAIN_FEATURES, TRAIN_BATCH = 7, 4, 2, 3


def training_case(rng, name, cells, units, make_optimizer, epochs, loss, activation, outputs):
    spec = random_spec(rng, cells, units, TRAIN_FEATURES, outputs, activation, scale=0.5)
    model = load_model_json(spec, TRAIN_STEPS)
    x = rng.uniform(-1, 1, (TRAIN_SAMPLES, TRAIN_STEPS, TRAIN_FEATURES))
    y = random_targets(rng, TRAIN_SAMPLES, outputs, loss)
    optimizer = make_optimizer()
    model.compile(optimizer=optimizer, loss=keras_loss(loss))
    with open(OUT / f"{name}.model.json", "w") as f:
        json.dump(model_json(model), f, indent=1)
        f.write("\n")
    history = model.fit(x, y, batch_size=TRAIN_BATCH, epochs=epochs, shuffle=False, verbose=0)
    with open(OUT / f"{name}.trained.model.json", "w") as f:
        json.dump(model_json(model), f, indent=1)
        f.write("\n")
    config = optimizer.get_config()
    write(f"{name}.expected.json", {
        "loss": {"mse": "meanSquaredError", "cce": "softmaxCrossEntropy"}[loss],
        "optimizer": type(optimizer).__name__.lower(),
        "learning_rate": float(config["learning_rate"]),
        "global_clipnorm": config.get("global_clipnorm"),
        "epochs": epochs,
        "batch_size": TRAIN_BATCH,
        "inputs": x.tolist(),
        "targets": y.tolist(),
        "epoch_losses": [float(v) for v in history.history["loss"]],
    })


# ---------------------------------------------------------------------------------------------
# How Keras's Adam rounds its constants


def measure_adam_constants(rng):
    """Replays fit()'s Adam steps with numpy under each rounding hypothesis and reports which one
    reproduces Keras's weights: β in the bias correction exact or via float32, the learning rate
    exact or via float32. Gradients come from tf.GradientTape at each hypothesis's own weights."""
    spec = random_spec(rng, ["lstm"], [3], TRAIN_FEATURES, 1, "linear", scale=0.5)
    x = rng.uniform(-1, 1, (6, TRAIN_STEPS, TRAIN_FEATURES))
    y = rng.uniform(-1, 1, (6, 1))
    fitted = load_model_json(spec, TRAIN_STEPS)
    fitted.compile(optimizer=keras.optimizers.Adam(), loss="mse")
    fitted.fit(x, y, batch_size=2, epochs=2, shuffle=False, verbose=0)
    target = np.concatenate([w.ravel() for w in fitted.get_weights()])

    batches = [(x[i:i + 2], y[i:i + 2]) for _ in range(2) for i in range(0, 6, 2)]
    # Each hypothesis follows its own trajectory, with gradients recomputed at its own weights.
    f32 = lambda v: float(np.float32(v))  # noqa: E731
    results = {}
    for beta_rounding in ("exact", "float32"):
        for lr_rounding in ("exact", "float32"):
            model = load_model_json(spec, TRAIN_STEPS)
            weights = model.get_weights()
            m = [np.zeros_like(w) for w in weights]
            v = [np.zeros_like(w) for w in weights]
            lr = 0.001 if lr_rounding == "exact" else f32(0.001)
            b1c, b2c = (0.9, 0.999) if beta_rounding == "exact" else (f32(0.9), f32(0.999))
            for step, (xb, yb) in enumerate(batches, start=1):
                model.set_weights(weights)
                with tf.GradientTape() as tape:
                    value = keras.losses.MeanSquaredError()(yb, model(xb))
                grads = [g.numpy() for g in tape.gradient(value, model.trainable_variables)]
                alpha = lr * np.sqrt(1 - b2c ** step) / (1 - b1c ** step)
                for k, g in enumerate(grads):
                    m[k] += (g - m[k]) * (1 - 0.9)
                    v[k] += (g * g - v[k]) * (1 - 0.999)
                    weights[k] = weights[k] - (m[k] * alpha) / (np.sqrt(v[k]) + 1e-7)
            flat = np.concatenate([w.ravel() for w in weights])
            results[f"beta {beta_rounding}, lr {lr_rounding}"] = float(np.max(np.abs(flat - target)))
    print("Adam constants, max |numpy replay - Keras fit| over all weights after 6 steps:")
    for label, gap in results.items():
        print(f"  {label:28s} {gap:.3e}")
    return results


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    print(f"Keras {keras.__version__}, TensorFlow {tf.__version__}, floatx {keras.config.floatx()}")
    rng = np.random.default_rng(20240607)
    for case in GRADIENT_CASES:
        gradient_case(rng, *case)
    for case in TRAINING_CASES:
        training_case(rng, *case)
    adam = measure_adam_constants(rng)
    write("versions.json", {"keras": keras.__version__, "tensorflow": tf.__version__,
                            "numpy": np.__version__, "adam_constants_max_gap": adam})
    return 0


if __name__ == "__main__":
    sys.exit(main())
