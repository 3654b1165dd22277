"""The core's messages in the user's language: a translated template per message code.

The core sends each stage, progress and message event as English text plus a ``code`` and its
values (``Event.data``); an event whose code has a template here is shown translated, any other
in English. Errors the core raises with a coded message (``hoam_core.events.coded``) are shown
alike: their code has a template here too; an event value that is such a message
(``hoam_core.events.coded_value``, e.g. a failed run's ``error``) is said translated as well, and a
value the core sends as a code (why files were left out, what photos to add) is said in words.
"""
from __future__ import annotations

from string import Formatter
from typing import Any, Callable, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from hoam_core.events import CodedText, coded_value, error_value

from .names import photos_to_add

# ``str.format`` templates by event code (stage, progress and message texts), in English; their
# fields are the event's data keys, and each gives exactly the core's English text.
TEMPLATES: dict[str, str] = {
    # run
    "run_cancelled": QT_TRANSLATE_NOOP("messages", "Run cancelled"),
    "run_failed": QT_TRANSLATE_NOOP("messages", "Run failed: {error}"),
    # ingest
    "ingest_started": QT_TRANSLATE_NOOP("messages", "Ingesting {total} files from {folder}"),
    "ingest_progress": QT_TRANSLATE_NOOP("messages", "{done}/{total} files"),
    "ingest_summary": QT_TRANSLATE_NOOP(
        "messages", "Ingest: {ok} OK images in {class_count} classes and {ng} NG; {left_out} left out "
                    "({reasons_text}); see {manifest}"),
    "ng_days_apart": QT_TRANSLATE_NOOP(
        "messages", "{apart} of {ng} NG photos were taken on days with no OK photo (NG: {ng_days}; OK: "
                    "{ok_days}). The model may learn what those days looked like (lighting, camera, board batch) "
                    "instead of the defect, and flag good parts as NG. Add OK photos taken on the same days as "
                    "the NG photos"),
    "ssh_host_key_recorded": QT_TRANSLATE_NOOP(
        "messages", "The SSH jump host {host} was new: its {key_type} key {fingerprint} is trusted from now on "
                    "(recorded in {file}). If IT did not set up this server just now, check the fingerprint with "
                    "them"),
    # orientation and dataset
    "orientation_waiting": QT_TRANSLATE_NOOP("messages", "Waiting for the orientation of {count} classes"),
    "dataset_started": QT_TRANSLATE_NOOP("messages", "Building the dataset from {total} photos"),
    "dataset_progress": QT_TRANSLATE_NOOP("messages", "{done}/{total} photos"),
    "dataset_summary": QT_TRANSLATE_NOOP(
        "messages", "Dataset: train {train}, val {val} images; mean {mean}, std {std}"),
    "classes_without_val": QT_TRANSLATE_NOOP(
        "messages", "{count} class(es) have no validation photo (a single photo each): {classes}"),
    "image_left_out": QT_TRANSLATE_NOOP("messages", "Left out {file}: {reason}"),
    "label_without_val": QT_TRANSLATE_NOOP(
        "messages", "Label {label} has no validation images: its scores cannot be measured"),
    # training
    "training_started": QT_TRANSLATE_NOOP(
        "messages", "Training {architecture} on {backbone} ({image_size} px, {train_images} train / "
                    "{val_images} val images, {class_count} classes, {accelerator}, {precision})"),
    "training_epoch": QT_TRANSLATE_NOOP("messages", "epoch {epoch}/{max_epochs}"),
    "best_model": QT_TRANSLATE_NOOP("messages", "Best model: epoch {epoch}, val {monitor} {score:.4f} -> {path}"),
    # evaluation
    "evaluation_started": QT_TRANSLATE_NOOP("messages", "Evaluating the model on {val_images} validation images"),
    "embedding_dataset_images": QT_TRANSLATE_NOOP("messages", "embedding dataset images: {done}/{total}"),
    "left_out_of_evaluation": QT_TRANSLATE_NOOP("messages", "Left out of the evaluation: {file}"),
    "class_not_trained": QT_TRANSLATE_NOOP(
        "messages", "Class {cls} has no training photo: it is left out of the module"),
    "calibrating_checks": QT_TRANSLATE_NOOP("messages", "calibrating the part checks"),
    "class_unchecked": QT_TRANSLATE_NOOP(
        "messages", "Class {cls} has fewer than 2 readable good photos: its photos are checked for orientation only, "
                    "not for wrong or damaged parts. Add good photos of it"),
    "good_photos_unlike_others": QT_TRANSLATE_NOOP(
        "messages", "Class {cls}: {count} of its good photos look unlike all the others ({files}); a wrong or missing "
                    "part filed as good? Check them"),
    "class_without_ng": QT_TRANSLATE_NOOP(
        "messages", "Class {cls} has no NG photos: a wrong or missing part there is caught only when it looks unlike "
                    "every good photo, which this run could not test. Add NG photos of it"),
    "class_ng_passed": QT_TRANSLATE_NOOP(
        "messages", "Class {cls}: {passed} of its {ng} NG photos look like its good parts to the part check. Check "
                    "those photos, or add more good and NG photos of it"),
    "checking_val": QT_TRANSLATE_NOOP("messages", "checking the validation photos"),
    "exporting_module": QT_TRANSLATE_NOOP("messages", "exporting the deployable module"),
    # {add_text}: the core's add (ng_photos,good_photos) in words (names.photos_to_add)
    "class_not_fit": QT_TRANSLATE_NOOP(
        "messages", "Class {cls} misses the targets on the validation photos: {passed} of {non_matching} photos to "
                    "reject passed, {flagged} of {matching} good parts flagged. Add {add_text} of it, then train "
                    "again"),
    "class_not_fit_turned": QT_TRANSLATE_NOOP(
        "messages", "Class {cls} misses the targets on the validation photos: {passed} of {non_matching} photos to "
                    "reject passed, {flagged} of {matching} good parts flagged. Add {add_text} of it, then train "
                    "again; most of its mistakes take the part for itself turned 180 degrees: if it looks the same "
                    "turned so, say so in the orientation dialog"),
    "fit_for_line": QT_TRANSLATE_NOOP(
        "messages", "Fit for the line: on the validation photos false accepts {far:.2%} (target at most "
                    "{max_far:.2%}), false rejects {frr:.2%} (target at most {max_frr:.2%})"),
    "not_fit_for_line": QT_TRANSLATE_NOOP(
        "messages", "Trained, but NOT fit for the line: on the validation photos false accepts {far:.2%} (target at "
                    "most {max_far:.2%}), false rejects {frr:.2%} (target at most {max_frr:.2%}); classes that miss: "
                    "{classes}"),
    "evaluation_summary": QT_TRANSLATE_NOOP(
        "messages", "Evaluation: precision@1 {precision_at_1:.4f}, MAP@R {map_at_r:.4f}; {suspects} suspects; ONNX "
                    "max abs diff {onnx_max_abs_diff:.2e}"),
    "decision_summary": QT_TRANSLATE_NOOP(
        "messages", "On the validation photos the check would have labelled {label_accuracy:.1%} right, passed "
                    "{false_accepts} of {non_matching} photos the line must reject and flagged {false_rejects} of "
                    "{matching} good parts (at 95% confidence at most {false_accept_upper_95:.4f} and "
                    "{false_reject_upper_95:.4f} with this many photos)"),
    "folder_evaluation_started": QT_TRANSLATE_NOOP("messages", "Evaluating {total} labelled photos from {folder}"),
    "folder_evaluation_summary": QT_TRANSLATE_NOOP(
        "messages", "Evaluation of {folder}: accuracy {accuracy:.4f}, false accepts {false_accept_rate:.4f}, "
                    "false rejects {false_reject_rate:.4f}"),
    # prediction
    "predict_started": QT_TRANSLATE_NOOP("messages", "Predicting {total} photos"),
    "embedding_photos": QT_TRANSLATE_NOOP("messages", "embedding photos: {done}/{total}"),
    "classes_not_looked_up": QT_TRANSLATE_NOOP(
        "messages", "No site and line id known: the photos' classes cannot be looked up, so their rows have no "
                    "class, expected orientation or golden similarity (give --site and --line)"),
    "classes_lookup_failed": QT_TRANSLATE_NOOP(
        "messages", "The metadata database cannot be used ({error}): the photos' classes are not looked up, so their "
                    "rows have no class, expected orientation or golden similarity; their labels are given all the "
                    "same"),
    "checking_parts": QT_TRANSLATE_NOOP("messages", "checking the parts"),
    # errors: the message a run fails with, or a connection test's answer
    "input_missing": QT_TRANSLATE_NOOP("messages", "input folder {folder} does not exist or is not a folder"),
    "input_no_ok_folder": QT_TRANSLATE_NOOP(
        "messages", "no OK folder in {folder}: put the images the line judged good in {ok} (and bad ones in {ng})"),
    "output_in_input": QT_TRANSLATE_NOOP(
        "messages", "the output folder {out} is the input folder {folder}: the runs would be read as input. Choose "
                    "an output folder outside {ok} and {ng}"),
    "input_empty": QT_TRANSLATE_NOOP("messages", "no files under {ok} or {ng}: nothing to train on"),
    "input_no_usable_ok": QT_TRANSLATE_NOOP(
        "messages", "no usable OK image in {ok}: see {manifest} for why each file was left out"),
    "db_unknown_site": QT_TRANSLATE_NOOP(
        "messages", "unknown database site {site!r}; the sites in database_configs.json are: {known}. Give one of "
                    "them or a URL such as sqlite:///path/to/file.sqlite or postgresql://user@host:5432/database"),
    "db_not_a_url": QT_TRANSLATE_NOOP(
        "messages", "{db} is not a database URL; use sqlite:///path/to/file.sqlite or "
                    "postgresql://user@host:5432/database"),
    "db_password_in_url": QT_TRANSLATE_NOOP(
        "messages", "{db}: remove the password from the URL (it would end up in logs and the shell history); set "
                    "{env} or store it in the OS keyring (Settings), or type it when asked"),
    "db_sqlite_missing": QT_TRANSLATE_NOOP(
        "messages", "SQLite database {path} does not exist; check 'path' in database_configs.json or the --db URL"),
    "ssh_unresolvable": QT_TRANSLATE_NOOP(
        "messages", "{where}: the name {host!r} cannot be resolved; check ssh.host in database_configs.json and "
                    "the network (VPN, DNS)"),
    "ssh_timeout": QT_TRANSLATE_NOOP(
        "messages", "{where} did not answer within {seconds} s (database.connect_timeout_s); check the network, "
                    "VPN and firewall"),
    "ssh_refused": QT_TRANSLATE_NOOP(
        "messages", "{where} refused the connection ({why}); check ssh.host and ssh.port in database_configs.json "
                    "and that sshd runs there"),
    "ssh_no_password": QT_TRANSLATE_NOOP(
        "messages", "{where}: no password for SSH user {user!r}; set ssh.key_file in database_configs.json, or "
                    "{env}, or store it in the OS keyring (Settings)"),
    "ssh_login_refused": QT_TRANSLATE_NOOP(
        "messages", "{where} refused the login of user {user!r} with {how}; check ssh.user and ssh.key_file in "
                    "database_configs.json (the public key must be in the user's authorized_keys there) or {env}"),
    "db_login_refused": QT_TRANSLATE_NOOP(
        "messages", "{where} refused the login of user {user!r} ({said}). Check the password ({env}, the OS keyring "
                    "entry {entry}, or the prompt) and 'user' in database_configs.json"),
    "db_unreachable": QT_TRANSLATE_NOOP(
        "messages", "cannot reach {where} ({said}); check host and port in database_configs.json, that the server "
                    "runs, and the network (VPN)"),
    "db_timeout": QT_TRANSLATE_NOOP(
        "messages", "{where} did not answer within {seconds} s (database.connect_timeout_s) ({said}); check the "
                    "network and the server"),
    "cfg_in": QT_TRANSLATE_NOOP("messages", "{where}: {error}"),
    "cfg_unreadable": QT_TRANSLATE_NOOP("messages", "{file}: cannot read ({error})"),
    "cfg_not_parsable": QT_TRANSLATE_NOOP("messages", "{file}: not valid {kind}: {error}"),
    "cfg_not_mapping_top": QT_TRANSLATE_NOOP(
        "messages", "{file}: expected a mapping of keys to values at the top level"),
    "cfg_no_profiles": QT_TRANSLATE_NOOP("messages", "{file}: 'profiles' must map profile names to settings"),
    "cfg_profiles_keys": QT_TRANSLATE_NOOP(
        "messages", "{file}: unknown top-level key(s) {keys}; a profiles file has 'profile' (the default) and "
                    "'profiles'"),
    "cfg_unknown_profile": QT_TRANSLATE_NOOP(
        "messages", "{file}: unknown training profile {name}; available: {available}"),
    "cfg_profile_shape": QT_TRANSLATE_NOOP("messages", "{file}: profiles.{name} must be a mapping of settings"),
    "cfg_one_profile": QT_TRANSLATE_NOOP(
        "messages", "{file}: holds one config (profile {holds}), not profile {wanted}"),
    "cfg_host_key": QT_TRANSLATE_NOOP(
        "messages", "host_key: {key} is not an SSH public key line; give one line as ssh-keyscan prints it, e.g. "
                    "'ssh-ed25519 AAAAC3Nz...', or leave it empty"),
    "cfg_sqlite_path": QT_TRANSLATE_NOOP("messages", "engine sqlite needs 'path'"),
    "cfg_postgresql_keys": QT_TRANSLATE_NOOP("messages", "engine postgresql needs {keys}"),
    "cfg_password_in_file": QT_TRANSLATE_NOOP(
        "messages", "{file}: {site}: passwords do not belong in config files; remove {keys} and store it in the OS "
                    "keyring (Settings) or the HOAM_DB_PASSWORD environment variable"),
    "disk_full": QT_TRANSLATE_NOOP(
        "messages", "no space left on the disk holding {path} (mounted at {mount}, {free} MB free now); free some "
                    "space there or choose another output folder, then resume the run"),
    "keyring_missing_store": QT_TRANSLATE_NOOP(
        "messages", "cannot store the password: this machine has no OS keyring (Windows Credential Manager, macOS "
                    "Keychain or a Secret Service such as GNOME Keyring). Set the {db_env} or {ssh_env} environment "
                    "variable instead, or type the password when asked."),
    "keyring_missing_delete": QT_TRANSLATE_NOOP(
        "messages", "cannot delete the password: this machine has no OS keyring (Windows Credential Manager, macOS "
                    "Keychain or a Secret Service such as GNOME Keyring). Set the {db_env} or {ssh_env} environment "
                    "variable instead, or type the password when asked."),
    "keyring_refused_store": QT_TRANSLATE_NOOP(
        "messages", "the OS keyring refused to store the password for {user} ({service}): {why}. Unlock the keyring "
                    "and try again."),
    "keyring_refused_delete": QT_TRANSLATE_NOOP(
        "messages", "the OS keyring refused to delete the password for {user} ({service}): {why}. Unlock the "
                    "keyring and try again."),
    "cfg_with_overrides": QT_TRANSLATE_NOOP("messages", "{file}, profile {profile}, with the overrides"),
    "cfg_empty": QT_TRANSLATE_NOOP("messages", "{where}: must not be empty"),
    "cfg_not_section": QT_TRANSLATE_NOOP("messages", "{where}: expected a section (mapping), got {got}"),
    "cfg_not_list": QT_TRANSLATE_NOOP("messages", "{where}: expected a list, got {value}"),
    "cfg_not_mapping": QT_TRANSLATE_NOOP("messages", "{where}: expected a mapping, got {value}"),
    "cfg_not_bool": QT_TRANSLATE_NOOP("messages", "{where}: expected true or false, got {value}"),
    "cfg_not_int": QT_TRANSLATE_NOOP("messages", "{where}: expected a whole number, got {value}"),
    "cfg_not_number": QT_TRANSLATE_NOOP("messages", "{where}: expected a number, got {value}"),
    "cfg_not_text": QT_TRANSLATE_NOOP("messages", "{where}: expected text, got {value}"),
    "cfg_not_allowed": QT_TRANSLATE_NOOP("messages", "{where}: {value} is not allowed; use one of: {allowed}"),
    "cfg_below_minimum": QT_TRANSLATE_NOOP("messages", "{where}: {value} is below the minimum {lo}"),
    "cfg_above_maximum": QT_TRANSLATE_NOOP("messages", "{where}: {value} is above the maximum {hi}"),
    "cfg_unknown_keys": QT_TRANSLATE_NOOP("messages", "{where}: unknown key(s) {keys}; allowed: {allowed}{hint}"),
    "cfg_unknown_keys_top": QT_TRANSLATE_NOOP("messages", "unknown key(s) {keys}; allowed: {allowed}{hint}"),
    "cfg_dotted_keys": QT_TRANSLATE_NOOP("messages", "; nest dotted keys (optim: {{epochs: 5}}, not optim.epochs: 5)"),
    "cfg_missing": QT_TRANSLATE_NOOP("messages", "{where}: missing (required)"),
    "cfg_override_syntax": QT_TRANSLATE_NOOP("messages", "override {pair!r}: expected section.key=value"),
    "cfg_image_size": QT_TRANSLATE_NOOP(
        "messages", "image_size {size} must be a multiple of 32 (the backbone's stride), e.g. {below} or {above}"),
    "cfg_batch_multiple": QT_TRANSLATE_NOOP(
        "messages", "batch_size ({batch}) must be a multiple of m_per_class ({m}): use batch_size {sizes}, or "
                    "m_per_class one of {ms}"),
    "cfg_heads": QT_TRANSLATE_NOOP(
        "messages", "branch_channels ({channels}) must be divisible by attention_heads ({heads})"),
    "cfg_backbone": QT_TRANSLATE_NOOP(
        "messages", "backbone: {name} is not a timm model name; use e.g. tf_efficientnet_lite0 or efficientnetv2_rw_s"),
    "cfg_margin": QT_TRANSLATE_NOOP(
        "messages", "margin: {margin} {unit} is 90 degrees or more; ArcFace margins are usually 0.5 radians (28.6 "
                    "degrees)"),
    "cfg_no_loss_weight": QT_TRANSLATE_NOOP(
        "messages", "arcface_weight, triplet_weight and center_weight are all 0; give one a weight"),
    # a run's state (state.json's message, History's Message column)
    "state_waiting": QT_TRANSLATE_NOOP("messages", "waiting for orientation answers"),
    "state_cancelled": QT_TRANSLATE_NOOP("messages", "cancelled by the user"),
    "state_stopped_after": QT_TRANSLATE_NOOP("messages", "stopped after {stage}; resume to continue"),
    "state_died": QT_TRANSLATE_NOOP(
        "messages", "the training process ended unexpectedly (exit code {exit_code}); the run can be resumed from "
                    "History"),
    # what stops a run
    "no_train_images": QT_TRANSLATE_NOOP(
        "messages", "no training images of an OK class: every class was excluded or is empty; answer at least one "
                    "class with Up, Down, Left or Right"),
    "no_val_photos": QT_TRANSLATE_NOOP(
        "messages", "no validation photo at all: a class gives some of its photos to validation only when it has 2 "
                    "or more; add photos and start a new run"),
    "no_readable_train_image": QT_TRANSLATE_NOOP("messages", "no readable training image: see the warnings above"),
    "no_val_upright": QT_TRANSLATE_NOOP(
        "messages", "no class has validation photos in its confirmed orientation: thresholds cannot be calibrated; "
                    "raise dataset.val_fraction"),
    "val_too_few": QT_TRANSLATE_NOOP(
        "messages", "{folder}: {n} readable validation image(s); the model cannot be evaluated. Add photos, or "
                    "raise dataset.val_fraction (e.g. to 0.3), and start a new run"),
    "run_busy": QT_TRANSLATE_NOOP(
        "messages", "{folder} is already being worked on by another process (pid in {file}); wait for it or close "
                    "that window"),
    "run_lock_failed": QT_TRANSLATE_NOOP("messages", "cannot lock {folder}"),
    "not_a_run_folder": QT_TRANSLATE_NOOP("messages", "{folder} is not a run folder (no state.json)"),
    "no_gpu": QT_TRANSLATE_NOOP(
        "messages", "trainer.accelerator is gpu, but no CUDA GPU is usable here (no NVIDIA GPU, driver or CUDA build "
                    "of PyTorch); use the cpu profile or trainer.accelerator: auto"),
    "nothing_to_resume": QT_TRANSLATE_NOOP("messages", "{folder}: nothing to resume (no {file}); start a new training"),
    "resume_config_differs": QT_TRANSLATE_NOOP(
        "messages", "{file}: resuming needs the config the run started with; these differ: {keys}"),
    "already_trained": QT_TRANSLATE_NOOP(
        "messages", "{folder}: already holds a training ({file}); resume it or train into another folder"),
    "checkpoint_unsafe": QT_TRANSLATE_NOOP(
        "messages", "{file}: refused: the checkpoint holds Python objects other than weights, which could run code "
                    "when loaded; delete {folder} and train again"),
    "no_validated_epoch": QT_TRANSLATE_NOOP(
        "messages", "training ended without a validated epoch: no best model to save"),
    "batch_needs_classes": QT_TRANSLATE_NOOP(
        "messages", "data.batch_size {batch} with data.m_per_class {m} needs {per_batch} classes per batch, but the "
                    "dataset has {classes}. With m_per_class {m} use batch_size {sizes}; with batch_size {batch} use "
                    "m_per_class {ms}"),
    "hardlink_failed": QT_TRANSLATE_NOOP(
        "messages", "cannot hard-link {file} into {folder} ({error}); set ingest.link_mode to auto or copy (a hard "
                    "link needs input and output on one drive)"),
    # a file that cannot be used (hoam_core.data.images, hoam_core.data.naming): "{file}: {reason}"
    "file_problem": QT_TRANSLATE_NOOP("messages", "{file}: {reason}"),
    "image_dangling_link": QT_TRANSLATE_NOOP("messages", "a link to a file that does not exist"),
    "image_disappeared": QT_TRANSLATE_NOOP("messages", "file disappeared while reading"),
    "image_no_permission": QT_TRANSLATE_NOOP("messages", "no permission to read the file"),
    "image_empty": QT_TRANSLATE_NOOP("messages", "empty file (0 bytes)"),
    "image_unidentified": QT_TRANSLATE_NOOP(
        "messages", "not an image Pillow can read (corrupt header or wrong extension)"),
    "image_bomb": QT_TRANSLATE_NOOP("messages", "image is far too large (over {limit:,} pixels)"),
    "image_cannot_read": QT_TRANSLATE_NOOP("messages", "cannot read: {error}"),
    "image_too_large": QT_TRANSLATE_NOOP(
        "messages", "image is far too large ({width}x{height} pixels, limit {limit:,})"),
    "image_too_small": QT_TRANSLATE_NOOP("messages", "image is only {width}x{height} pixels"),
    "image_animation": QT_TRANSLATE_NOOP(
        "messages", "an animation ({format}, {frames} frames), not one photo; save a single frame"),
    "image_truncated": QT_TRANSLATE_NOOP("messages", "truncated or damaged image data"),
    "image_cannot_decode": QT_TRANSLATE_NOOP("messages", "cannot decode: {error}"),
    "name_not_utf8": QT_TRANSLATE_NOOP(
        "messages", "the name holds bytes that are not UTF-8 text (copied from a system with another encoding?); "
                    "rename the file"),
    "name_no_extension": QT_TRANSLATE_NOOP("messages", "no file extension (expected .jpg, .jpeg, .png or .bmp)"),
    "name_not_image_type": QT_TRANSLATE_NOOP(
        "messages", "extension .{ext} is not an image type (jpg, jpeg, png, bmp)"),
    "name_dots": QT_TRANSLATE_NOOP("messages", "more than one dot in the name"),
    "name_at_sign": QT_TRANSLATE_NOOP("messages", "expected exactly one '@' between board and component"),
    "name_no_timestamp": QT_TRANSLATE_NOOP("messages", "does not start with a 14-digit timestamp (YYYYmmddHHMMSS)"),
    "name_bad_timestamp": QT_TRANSLATE_NOOP("messages", "timestamp {timestamp} is not a real date and time"),
    "name_no_board": QT_TRANSLATE_NOOP("messages", "no board serial between timestamp and '@'"),
    "name_parts": QT_TRANSLATE_NOOP("messages", "expected {{component}}_{{index}}_{{light}} after '@'"),
    "name_bad_light": QT_TRANSLATE_NOOP(
        "messages", "light token {light} is empty or has characters other than letters, digits, '-'"),
    "name_bad_index": QT_TRANSLATE_NOOP("messages", "no numeric index before the light token (found {index})"),
    "name_no_component": QT_TRANSLATE_NOOP("messages", "empty component name"),
    # predict's error column
    "predict_unreadable": QT_TRANSLATE_NOOP("messages", "unreadable: {reason}"),
    "predict_class_unknown": QT_TRANSLATE_NOOP("messages", "class unknown: {reason}"),
    "predict_db_unusable": QT_TRANSLATE_NOOP("messages", "class unknown: the metadata database cannot be used"),
    "predict_no_product": QT_TRANSLATE_NOOP(
        "messages", "class unknown: no product for {image_path} in the metadata database"),
    "predict_unknown_class": QT_TRANSLATE_NOOP(
        "messages", "class unknown: this model was not trained on component {component} ({light}) of product "
                    "{product}"),
    # model files
    "module_missing": QT_TRANSLATE_NOOP(
        "messages", "{folder} is not a deployable module (no {file}); give a run folder whose evaluation finished, "
                    "or its export/ folder"),
    "module_format": QT_TRANSLATE_NOOP(
        "messages", "{file}: format {format} version {version} is not one this version reads ({ours} "
                    "{our_version}); update HOAM Trainer"),
    "bundle_unsafe": QT_TRANSLATE_NOOP(
        "messages", "{file}: refused: the file holds Python objects other than weights, which could run code when "
                    "loaded ({error}). Only load models from HOAM Trainer or people you trust."),
    "bundle_unreadable": QT_TRANSLATE_NOOP("messages", "{file}: cannot read the model file ({error})"),
    "bundle_not_ours": QT_TRANSLATE_NOOP(
        "messages", "{file}: not a HOAM Trainer model bundle (best_model.pt); an older tool's plain state_dict "
                    "loads with hoam_core.models.load_legacy_state_dict"),
    "bundle_newer": QT_TRANSLATE_NOOP("messages", "{file}: written by a newer HOAM Trainer (format {version}); update"),
    "module_network": QT_TRANSLATE_NOOP(
        "messages", "{folder}: its part checks were made with another check network ({made}; this installation has "
                    "{ours}); train the model again with this version"),
    "bundle_mismatch": QT_TRANSLATE_NOOP("messages", "{file}: the weights do not fit the model it describes ({error})"),
    "password_prompt": QT_TRANSLATE_NOOP("messages", "Password for {user} ({service}):"),
    "weights_missing": QT_TRANSLATE_NOOP(
        "messages", "model.pretrained: {file} does not exist or is not a file; point it at a .pth/.pt/.safetensors "
                    "file with backbone weights, or use {packaged} or {none}"),
    "weights_not_packaged": QT_TRANSLATE_NOOP(
        "messages", "model.pretrained: {pretrained} needs a backbone whose weights come with HOAM Trainer "
                    "({backbones}), not {backbone}; set model.backbone to one of them, or model.pretrained to a "
                    "weights file or {none}"),
    "weights_package_missing": QT_TRANSLATE_NOOP(
        "messages", "The ImageNet weights of {backbone} are missing (Python package {package} is not installed or "
                    "incomplete); reinstall HOAM Trainer"),
    "weights_count": QT_TRANSLATE_NOOP(
        "messages", "{file}: {found} tensors, the backbone has {expected}; the file does not hold this backbone's "
                    "weights"),
    "weights_shape": QT_TRANSLATE_NOOP(
        "messages", "{file}: {source_key} has shape {found}, {key} of the backbone needs {expected}; the file does "
                    "not hold this backbone's weights"),
    "weights_unreadable": QT_TRANSLATE_NOOP(
        "messages", "{file}: cannot read backbone weights ({error}); expected a .pth/.pt/.safetensors file holding a "
                    "state_dict"),
    "weights_mismatch": QT_TRANSLATE_NOOP(
        "messages", "{file}: weights do not fit timm backbone {backbone}: {problems}. Use a state_dict saved from "
                    "that timm model (the full model or its features_only backbone)."),
    "where_sqlite": QT_TRANSLATE_NOOP("messages", "SQLite database {path}"),
    "where_postgres": QT_TRANSLATE_NOOP("messages", "PostgreSQL server {host}:{port} (database {database!r})"),
    "where_postgres_ssh": QT_TRANSLATE_NOOP(
        "messages", "PostgreSQL server {host}:{port} (database {database!r}) through SSH jump host "
                    "{ssh_host}:{ssh_port}"),
    "where_jump_host": QT_TRANSLATE_NOOP("messages", "SSH jump host {host}:{port}"),
    "db_no_permission": QT_TRANSLATE_NOOP(
        "messages", "user {user!r} may not read table {table!r} on {where} ({said}); ask the database "
                    "administrator to GRANT SELECT on it"),
    "db_no_database": QT_TRANSLATE_NOOP(
        "messages", "{where}: database {database!r} does not exist; check 'database' in database_configs.json"),
    "db_schema": QT_TRANSLATE_NOOP(
        "messages", "{where}: {said}; table {table!r} needs the columns {needed} (check 'table' in "
                    "database_configs.json)"),
    "db_query_timeout": QT_TRANSLATE_NOOP(
        "messages", "a query on {where} took longer than {seconds} s (database.query_timeout_s) ({said}); raise "
                    "it, lower database.chunk_size, or ask for an index on (site, line_id, image_path)"),
    "db_not_sqlite": QT_TRANSLATE_NOOP(
        "messages", "{where} cannot be read as an SQLite database ({said}); check 'path' in database_configs.json "
                    "or the --db URL"),
    "db_connection_lost": QT_TRANSLATE_NOOP(
        "messages", "lost the connection to {where} during the lookup ({said}); check the server and the network, "
                    "then run again"),
    "db_query_failed": QT_TRANSLATE_NOOP("messages", "the metadata query on {where} failed: {said}"),
    "ssh_no_session": QT_TRANSLATE_NOOP(
        "messages", "{where}: no SSH session ({said}); check that ssh.host and ssh.port name an SSH server"),
    "ssh_key_passphrase": QT_TRANSLATE_NOOP(
        "messages", "{what} is protected by a passphrase; set {env}, store it in the OS keyring (Settings) or type "
                    "it when asked"),
    "ssh_no_forward": QT_TRANSLATE_NOOP(
        "messages", "{jump} accepted the login but could not open a connection to {host}:{port} ({said}); check "
                    "host and port as seen from the jump host, and that it allows TCP forwarding"),
    "db_no_table": QT_TRANSLATE_NOOP(
        "messages", "{where} has no table {table!r} (tables there: {listed}); check 'table' in "
                    "database_configs.json"),
    "db_missing_columns": QT_TRANSLATE_NOOP(
        "messages", "table {table!r} in {where} lacks the column(s) {missing}; the lookup needs {needed}"),
    "predict_summary": QT_TRANSLATE_NOOP(
        "messages", "Predictions for {images} photos written to {out}: {labels}; {unreadable} unreadable, "
                    "{class_unknown} of unknown class"),
    # the app's own (the pipeline's child process that crashed)
    "crash_trace_saved": QT_TRANSLATE_NOOP(
        "messages", "What the training process did when it ended is saved in {file}"),
}


# why the ingest left a file out (hoam_core.data.ingest's reasons, counted in the ingest summary), in words
LEFT_OUT_REASONS: dict[str, str] = {
    "unparseable_name": QT_TRANSLATE_NOOP("reasons", "name not in the AOI format"),
    "not_an_image": QT_TRANSLATE_NOOP("reasons", "not an image"),
    "not_in_database": QT_TRANSLATE_NOOP("reasons", "not in the database"),
    "unreadable_image": QT_TRANSLATE_NOOP("reasons", "unreadable image"),
    "unreadable_folder": QT_TRANSLATE_NOOP("reasons", "unreadable folder"),
    "linked_folder": QT_TRANSLATE_NOOP("reasons", "link to a folder"),
    "duplicate": QT_TRANSLATE_NOOP("reasons", "duplicate"),
    "excluded_by_engineer": QT_TRANSLATE_NOOP("reasons", "excluded by the engineer"),
}


def _reasons_text(reasons: Mapping[str, int]) -> str:
    """``{reason: count}`` as "2 not in the database, 1 duplicate" in the user's language."""
    said = [f"{n} {left_out_reason(r)}" for r, n in reasons.items()]
    return ", ".join(said) or QCoreApplication.translate("reasons", "none")


def left_out_reason(reason: str) -> str:
    """Why the ingest left a file out (a reason code of the manifest), in the user's language."""
    return QCoreApplication.translate("reasons", LEFT_OUT_REASONS.get(reason, reason))


# fields a template shows in words that the event carries as codes: {code: (field, its words from the data)}
_ADD_TEXT = ("add_text", lambda data: photos_to_add(str(data["add"]).split(",")))
DERIVED: dict[str, tuple[str, Callable[[Mapping[str, Any]], str]]] = {
    "ingest_summary": ("reasons_text", lambda data: _reasons_text(data["reasons"])),
    "class_not_fit": _ADD_TEXT,
    "class_not_fit_turned": _ADD_TEXT,
}


def shown_data(code: str, data: Mapping[str, Any]) -> dict[str, Any]:
    """An event's data as its template shows it: coded values said in the user's language, and the fields of
    :data:`DERIVED` in words."""
    shown = {k: value_text(v) for k, v in data.items()}
    if code in DERIVED:
        field, words = DERIVED[code]
        shown[field] = words(shown)
    return shown


def _fields(template: str) -> set[str]:
    return {field for _, field, _, _ in Formatter().parse(template) if field is not None}


def message_text(code: str, data: Mapping[str, Any], english: str) -> str:
    """The text in the user's language; ``english`` where there is no template, or its translation does not
    name the same fields as the English template (a field lost or renamed) or does not fit ``data``."""
    source = TEMPLATES.get(code)
    if source is None:
        return english
    template = QCoreApplication.translate("messages", source)
    try:
        data = shown_data(code, data)
        if _fields(template) != _fields(source):
            return english
        return template.format(**data)
    except (KeyError, IndexError, ValueError):  # a mangled field or format spec, or data without a field
        return english


def value_text(value: Any) -> Any:
    """A value of event data as shown: a coded message (``hoam_core.events.coded_value``, or a
    ``CodedText`` itself, as in predict's rows) in the user's language, anything else as it is."""
    if isinstance(value, CodedText):
        value = coded_value(value)
    if isinstance(value, dict) and "coded" in value:
        return message_text(value["coded"], value["data"], value["text"])
    return value


def error_text(exc: BaseException) -> str:
    """An exception's message in the user's language where the core coded it, else as it is."""
    return value_text(error_value(exc))
