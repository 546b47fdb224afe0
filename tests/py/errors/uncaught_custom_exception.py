class ConfigError(Exception):
    pass
def load():
    raise ConfigError("bad value for 'port': -1")
print("loading")
load()
