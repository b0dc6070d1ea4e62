#!/usr/bin/env python3
"""Checks the XCFramework that scripts/package-apple.sh assembled.

Usage: check_xcframework.py FRAMEWORK   (LLVM_OBJDUMP, LLVM_LIPO, LLVM_NM: the tools)

- Info.plist is a valid property list, of the XCFramework format, listing
  exactly the expected libraries with the right LibraryIdentifier,
  SupportedPlatform(Variant) and SupportedArchitectures;
- each library and its headers exist (module.modulemap declares ChatErrorsFFI
  over ChatErrorsFFI.h and chat_errors.h);
- each library is Mach-O of exactly the listed architectures, a universal file
  where there are several (llvm-lipo -info), every object built for the
  listed platform (device, simulator or macOS: llvm-objdump load commands);
- each architecture exports the C ABI and the UniFFI scaffolding (llvm-nm).
"""

import os
import plistlib
import re
import subprocess
import sys

# LibraryIdentifier -> (SupportedPlatform, SupportedPlatformVariant, architectures)
EXPECTED = {
    "ios-arm64": ("ios", None, ["arm64"]),
    "ios-arm64_x86_64-simulator": ("ios", "simulator", ["arm64", "x86_64"]),
    "macos-arm64_x86_64": ("macos", None, ["arm64", "x86_64"]),
}

# The platform an object declares (LC_BUILD_VERSION, or the older
# LC_VERSION_MIN_* commands), accepted for (platform, variant, architecture).
# An x86_64 object with LC_VERSION_MIN_IPHONEOS can only be for the simulator.
ACCEPTED = {
    ("ios", None, "arm64"): {"ios", "LC_VERSION_MIN_IPHONEOS"},
    ("ios", "simulator", "arm64"): {"iossimulator"},
    ("ios", "simulator", "x86_64"): {"iossimulator", "LC_VERSION_MIN_IPHONEOS"},
    ("macos", None, "arm64"): {"macos", "LC_VERSION_MIN_MACOSX"},
    ("macos", None, "x86_64"): {"macos", "LC_VERSION_MIN_MACOSX"},
}

SYMBOLS = [
    "chat_errors_lookup",
    "chat_errors_lookup_name",
    "chat_errors_message",
    "uniffi_chat_errors_bindings_fn_func_lookup",
    "uniffi_chat_errors_bindings_fn_func_entries",
    "ffi_chat_errors_bindings_uniffi_contract_version",
    "UNIFFI_META_NAMESPACE_CHAT_ERRORS_BINDINGS",
]

CPU = {"ARM64": "arm64", "X86_64": "x86_64"}

failures = []
passed = 0


def expect(condition, what):
    global passed
    if condition:
        passed += 1
    else:
        failures.append(what)


def run(*command):
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def objects(library, arch):
    """(cpu, platforms) of every object of one architecture of the library."""
    out = run(os.environ["LLVM_OBJDUMP"], "--macho", "--private-headers", f"--arch={arch}", library)
    found = []
    for line in out.splitlines():
        words = line.split()
        if line.endswith("):"):
            found.append([None, set()])
        elif words[:1] in (["MH_MAGIC_64"], ["MH_MAGIC"]) and found:
            found[-1][0] = CPU.get(words[1], words[1])
        elif words[:1] == ["cmd"] and words[1].startswith("LC_VERSION_MIN_") and found:
            found[-1][1].add(words[1])
        elif words[:1] == ["platform"] and found:
            found[-1][1].add(words[1])
    return found


def check_library(framework, identifier, library):
    platform, variant, architectures = EXPECTED[identifier]
    path = os.path.join(framework, identifier, library["LibraryPath"])
    headers = os.path.join(framework, identifier, library["HeadersPath"])
    expect(os.path.isfile(path), f"{identifier}: {path} missing")
    for header in ("ChatErrorsFFI.h", "module.modulemap", "chat_errors.h"):
        expect(os.path.isfile(os.path.join(headers, header)), f"{identifier}: {header} missing")
    with open(os.path.join(headers, "module.modulemap"), encoding="utf-8") as modulemap:
        text = modulemap.read()
    expect(re.search(r'module ChatErrorsFFI \{[^}]*header "ChatErrorsFFI.h"', text),
           f"{identifier}: module.modulemap does not declare module ChatErrorsFFI over ChatErrorsFFI.h")
    # The idiomatic Swift reads entries through the C ABI, imported from the same module.
    expect(re.search(r'module ChatErrorsFFI \{[^}]*header "chat_errors.h"', text),
           f"{identifier}: module.modulemap does not put chat_errors.h in module ChatErrorsFFI")

    if len(architectures) > 1:
        with open(path, "rb") as binary:
            universal = binary.read(4) == b"\xca\xfe\xba\xbe"
        expect(universal, f"{identifier}: not a universal (fat) file")
        # (llvm-lipo 14 crashes on a thin archive: ask it about universal files only.)
        info = run(os.environ["LLVM_LIPO"], "-info", path) if universal else ""
        fat = re.search(r"are: (.*)$", info.strip())
        expect(fat and sorted(fat.group(1).split()) == architectures,
               f"{identifier}: llvm-lipo -info says {info.strip()!r}, expected {architectures}")
    for arch in architectures:
        found = objects(path, arch)
        expect(len(found) > 0, f"{identifier} {arch}: no objects")
        wrong_cpu = [cpu for cpu, _ in found if cpu != arch]
        expect(not wrong_cpu, f"{identifier} {arch}: objects for {sorted(set(map(str, wrong_cpu)))}")
        accepted = ACCEPTED[(platform, variant, arch)]
        wrong = [sorted(platforms) for _, platforms in found if len(platforms) != 1 or not platforms <= accepted]
        expect(not wrong, f"{identifier} {arch}: objects declaring {wrong[:3]}, expected one of {sorted(accepted)}")
        symbols = run(os.environ["LLVM_NM"], "-g", "--defined-only", f"--arch={arch}", path)
        defined = {line.split()[-1] for line in symbols.splitlines() if len(line.split()) == 3}
        missing = [symbol for symbol in SYMBOLS if "_" + symbol not in defined]
        expect(not missing, f"{identifier} {arch}: does not export {missing}")
    # The architectures listed are all there is.
    if len(architectures) == 1:
        expect(len(objects(path, "all")) == len(objects(path, architectures[0])),
               f"{identifier}: objects of other architectures")


def main():
    framework = sys.argv[1]
    with open(os.path.join(framework, "Info.plist"), "rb") as plist:
        info = plistlib.load(plist)
    expect(info.get("CFBundlePackageType") == "XFWK", "CFBundlePackageType is not XFWK")
    expect(info.get("XCFrameworkFormatVersion") == "1.0", "XCFrameworkFormatVersion is not 1.0")
    libraries = {library.get("LibraryIdentifier"): library for library in info.get("AvailableLibraries", [])}
    expect(sorted(libraries) == sorted(EXPECTED), f"libraries {sorted(libraries)}, expected {sorted(EXPECTED)}")
    for identifier, library in sorted(libraries.items()):
        if identifier not in EXPECTED:
            continue
        platform, variant, architectures = EXPECTED[identifier]
        expect(library.get("SupportedPlatform") == platform, f"{identifier}: SupportedPlatform")
        expect(library.get("SupportedPlatformVariant") == variant, f"{identifier}: SupportedPlatformVariant")
        expect(library.get("SupportedArchitectures") == architectures, f"{identifier}: SupportedArchitectures")
        expect(library.get("BinaryPath") == library.get("LibraryPath") == "libchat_errors.a",
               f"{identifier}: BinaryPath/LibraryPath")
        check_library(framework, identifier, library)
    for failure in failures:
        print(f"FAIL {failure}")
    print(f"xcframework: {passed} checks ok, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
