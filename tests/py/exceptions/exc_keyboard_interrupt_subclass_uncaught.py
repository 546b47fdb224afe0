# Only KeyboardInterrupt itself ends the process by SIGINT: an uncaught
# subclass is an ordinary error (exit status 1).
class Interrupted(KeyboardInterrupt):
    pass


print("start")
raise Interrupted("sub")
