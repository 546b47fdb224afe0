# builtin exception hierarchy
pairs = [(ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (KeyError, LookupError), (IndexError, LookupError),
         (UnboundLocalError, NameError), (ModuleNotFoundError, ImportError), (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
         (FileNotFoundError, OSError), (StopIteration, Exception), (KeyboardInterrupt, Exception), (SystemExit, BaseException),
         (GeneratorExit, Exception), (UnicodeDecodeError, ValueError), (UnicodeError, ValueError), (IndentationError, SyntaxError),
         (TabError, IndentationError), (AssertionError, Exception), (Exception, BaseException), (TypeError, ValueError), (bool, int)]
for sub, sup in pairs:
    print(sub.__name__, sup.__name__, issubclass(sub, sup))
print([c.__name__ for c in ZeroDivisionError.__mro__])
print([c.__name__ for c in KeyError.__mro__])
print(IOError is OSError, EnvironmentError is OSError)
