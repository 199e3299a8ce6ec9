"""Builds the `practice` Python package: the pure-Python files from bindings/python/practice plus
the compiled `practice._practice`, which CMake builds (target _practice) with the library.

    python3 -m pip install --no-build-isolation --break-system-packages .

Environment:
    PRACTICE_CMAKE_BUILD_DIR   CMake build directory (default: <build_temp>/cmake, kept between builds)
    PRACTICE_CMAKE_ARGS        extra arguments for the CMake configure step
    CMAKE_BUILD_PARALLEL_LEVEL parallel jobs (CMake's own variable)
"""

from __future__ import annotations

import os
import pathlib
import re
import shlex
import shutil
import subprocess
import sys
import sysconfig
import tempfile

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

ROOT = pathlib.Path(__file__).resolve().parent
PACKAGE_DIR = pathlib.Path("bindings", "python", "practice")  # relative, as setuptools wants


def cmake_project_version() -> str:
    """The version in CMakeLists.txt's project(practice VERSION x.y.z ...)."""
    text = (ROOT / "CMakeLists.txt").read_text(encoding="utf-8")
    match = re.search(r"project\s*\(\s*practice\s+VERSION\s+([0-9]+(?:\.[0-9]+)*)", text)
    if not match:
        raise RuntimeError("cannot find project(practice VERSION ...) in CMakeLists.txt")
    return match.group(1)


# Keep setuptools' scratch files out of the source tree: ./build is the C++ build directory.
BUILD_BASE = os.path.join(tempfile.gettempdir(), f"practice-python-build-{os.getuid() if hasattr(os, 'getuid') else 0}")
os.makedirs(BUILD_BASE, exist_ok=True)


class CMakeExtension(Extension):
    """An extension built by a CMake target rather than by setuptools' compiler."""

    def __init__(self, name: str, target: str) -> None:
        super().__init__(name, sources=[])
        self.target = target


class CMakeBuild(build_ext):
    """build_ext that configures the project with CMake and builds the extension's target."""

    def build_extension(self, ext: Extension) -> None:
        if not isinstance(ext, CMakeExtension):
            super().build_extension(ext)
            return
        build_dir = pathlib.Path(os.environ.get("PRACTICE_CMAKE_BUILD_DIR") or pathlib.Path(self.build_temp) / "cmake")
        build_dir = build_dir.resolve()
        if build_dir == ROOT:
            raise RuntimeError("the CMake build directory must not be the source directory")
        config = "Debug" if self.debug else "Release"
        configure = [
            "cmake",
            "-S", str(ROOT),
            "-B", str(build_dir),
            f"-DCMAKE_BUILD_TYPE={config}",
            "-DPRACTICE_BUILD_TESTS=OFF",
            "-DPRACTICE_BUILD_CLI=OFF",
            "-DPRACTICE_BUILD_EXAMPLES=OFF",
            "-DPRACTICE_BUILD_BENCH=OFF",
            "-DPRACTICE_INSTALL=OFF",
            "-DPRACTICE_BUILD_PYTHON=ON",
            f"-DPython3_EXECUTABLE={sys.executable}",
            f"-DPYTHON_EXECUTABLE={sys.executable}",
            *shlex.split(os.environ.get("PRACTICE_CMAKE_ARGS", "")),
        ]
        build = ["cmake", "--build", str(build_dir), "--target", ext.target, "--config", config]
        if self.parallel:
            build += ["--parallel", str(self.parallel)]
        subprocess.run(configure, check=True)
        try:
            subprocess.run(build, check=True)
        except subprocess.CalledProcessError as exc:
            raise RuntimeError(
                f"building the CMake target {ext.target} failed; the Python module needs pybind11 "
                "(Debian: pybind11-dev) and the Python headers (python3-dev) for " + sys.executable
            ) from exc

        suffix = sysconfig.get_config_var("EXT_SUFFIX") or ".so"
        built = build_dir / "python" / "practice" / f"{ext.target}{suffix}"
        if not built.is_file():
            raise RuntimeError(f"CMake did not produce {built}")
        destination = pathlib.Path(self.get_ext_fullpath(ext.name))
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(built, destination)


setup(
    version=cmake_project_version(),
    packages=["practice"],
    package_dir={"practice": str(PACKAGE_DIR)},
    package_data={"practice": ["py.typed", "*.pyi"]},
    include_package_data=False,
    ext_modules=[CMakeExtension("practice._practice", target="_practice")],
    cmdclass={"build_ext": CMakeBuild},
    zip_safe=False,
    options={"build": {"build_base": BUILD_BASE}, "egg_info": {"egg_base": BUILD_BASE}},
)
