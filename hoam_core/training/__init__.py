"""The training stage: dataset folder in, ``best_model.pt`` bundle out (Lightning on CPU or GPU).

``config`` (profiles and sections), ``data`` (decode-once cache, augmentation, m-per-class
batches), ``module`` (the LightningModule), ``fit`` (the Trainer, callbacks, outputs),
``bundle`` (the self-describing model file).
"""
