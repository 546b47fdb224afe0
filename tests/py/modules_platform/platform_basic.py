# platform: consistent values without printing machine-specific ones.
import platform
import sys
import os

print(platform.system(), platform.system() == os.uname().sysname)
print(platform.python_version() == '%d.%d.%d' % sys.version_info[:3], platform.python_version_tuple()[:2])
print(platform.architecture(), platform.node() == platform.uname().node == os.uname().nodename)
print(platform.machine() == os.uname().machine, platform.release() == os.uname().release, platform.version() == os.uname().version)
u = platform.uname()
print(type(u).__name__, len(u), u[0], u.system, u.processor == u[5], len(tuple(u)), u.processor)
print(platform.platform().startswith('Linux-' + platform.release() + '-' + platform.machine()))
print(platform.platform(terse=True) == platform.platform())
print(platform.libc_ver()[0], platform.mac_ver(), platform.win32_ver(), platform.java_ver())
print(isinstance(platform.freedesktop_os_release(), dict))
print(platform.python_implementation() in ('CPython', 'PyPy', 'Taipan'))
print(all(isinstance(x, str) for x in (platform.python_compiler(), platform.python_branch(), platform.python_revision())))
