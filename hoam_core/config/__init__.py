"""Typed, validated configuration.

Each config section is a frozen dataclass. :func:`build` turns a plain mapping (from
YAML/JSON) into one, checking every key, type and range once, at load time, with a
message that names the file, the key and what is allowed. Nothing here holds a secret.

``schema`` declares and checks sections, ``files`` finds and reads the config files,
``system`` holds the system config (``configs.yaml``) and ``sites`` the metadata database
sites (``database_configs.json``); everything is imported from here.
"""
from .files import (APP_NAME, CONFIG_DIR, TRAIN_CONFIG_FILE, config_file, dump_yaml, merge, parse_overrides,
                    read_mapping, train_settings, training_profiles, user_config_dir)
from .schema import ConfigError, build, spec, to_dict
from .sites import DatabaseSite, SshConfig, load_database_configs
from .system import (DatabaseConfig, DatasetConfig, EvaluationConfig, IngestConfig, OrientationConfig, PathsConfig,
                     SystemConfig, load_system_config)

__all__ = ["APP_NAME", "CONFIG_DIR", "TRAIN_CONFIG_FILE", "ConfigError", "DatabaseConfig", "DatabaseSite",
           "DatasetConfig", "EvaluationConfig", "IngestConfig", "OrientationConfig", "PathsConfig", "SshConfig",
           "SystemConfig", "build", "config_file", "dump_yaml", "load_database_configs", "load_system_config",
           "merge", "parse_overrides", "read_mapping", "spec", "to_dict", "train_settings", "training_profiles",
           "user_config_dir"]
