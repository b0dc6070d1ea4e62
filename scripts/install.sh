#!/usr/bin/env bash
# Builds the C library (release) and installs it under <prefix>:
#   <prefix>/lib/libchat_errors.so.<VERSION>, with the symlinks
#       libchat_errors.so.<ABI> (the SONAME) and libchat_errors.so
#   <prefix>/lib/libchat_errors.a
#   <prefix>/include/chat_errors.h, chat_errors.hpp
#   <prefix>/lib/pkgconfig/chat_errors.pc (shared; `--static` adds the system
#       libraries) and chat_errors-static.pc (links libchat_errors.a)
#   <prefix>/lib/cmake/ChatErrors/ChatErrorsConfig.cmake and
#       ChatErrorsConfigVersion.cmake: imported targets ChatErrors::chat_errors
#       (shared) and ChatErrors::chat_errors_static
# The pkg-config and CMake files locate the prefix from their own path, so the
# installed tree can be moved. Linux (ELF) only.
#
# Usage: scripts/install.sh <prefix>
set -euo pipefail

if [ "$#" -ne 1 ] || [ -z "$1" ]; then
    echo "usage: scripts/install.sh <prefix>" >&2
    exit 2
fi
if [ "$(uname -s)" != Linux ]; then
    echo "scripts/install.sh lays out an ELF shared library: Linux only" >&2
    exit 2
fi
mkdir -p "$1"
prefix=$(cd "$1" && pwd)
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

metadata=$(cargo metadata --format-version 1 --no-deps)
read -r version target_dir < <(python3 -c '
import json, sys
meta = json.load(sys.stdin)
ffi = next(p for p in meta["packages"] if p["name"] == "chat-errors-ffi")
print(ffi["version"], meta["target_directory"])' <<<"$metadata")
abi=$(sed -n 's/^#define CHAT_ERRORS_ABI_VERSION \([0-9][0-9]*\)$/\1/p' include/chat_errors.h)
[ -n "$abi" ] || { echo "CHAT_ERRORS_ABI_VERSION not found in include/chat_errors.h" >&2; exit 1; }

# The system libraries a program linking the static library needs, as rustc
# reports them (none for the no_std C-only library beyond the C library itself).
report=$(cargo rustc --quiet --profile release-c -p chat-errors-ffi --lib --crate-type staticlib -- \
    --print native-static-libs 2>&1)
grep -q 'native-static-libs:' <<<"$report" || { echo "rustc did not report native-static-libs" >&2; exit 1; }
native_libs=$(sed -n 's/.*native-static-libs: *//p' <<<"$report" | tail -n 1)
cargo build --quiet --profile release-c -p chat-errors-ffi

lib="$prefix/lib"
mkdir -p "$lib/pkgconfig" "$lib/cmake/ChatErrors" "$prefix/include"
install -m 0755 "$target_dir/release-c/libchat_errors.so" "$lib/libchat_errors.so.$version"
ln -sfn "libchat_errors.so.$version" "$lib/libchat_errors.so.$abi"
ln -sfn "libchat_errors.so.$abi" "$lib/libchat_errors.so"
install -m 0644 "$target_dir/release-c/libchat_errors.a" "$lib/libchat_errors.a"
install -m 0644 include/chat_errors.h include/chat_errors.hpp "$prefix/include/"

cat >"$lib/pkgconfig/chat_errors.pc" <<EOF
prefix=\${pcfiledir}/../..
libdir=\${prefix}/lib
includedir=\${prefix}/include

Name: chat_errors
Description: The error codes of the Agora Chat SDKs (shared library)
Version: $version
Libs: -L\${libdir} -lchat_errors
Libs.private: $native_libs
Cflags: -I\${includedir}
EOF

cat >"$lib/pkgconfig/chat_errors-static.pc" <<EOF
prefix=\${pcfiledir}/../..
libdir=\${prefix}/lib
includedir=\${prefix}/include

Name: chat_errors-static
Description: The error codes of the Agora Chat SDKs (static library)
Version: $version
Libs: \${libdir}/libchat_errors.a $native_libs
Cflags: -I\${includedir}
EOF

pointer_bits=$(getconf LONG_BIT)
cmake_libs=$(for flag in $native_libs; do printf '%s;' "${flag#-l}"; done)
# The static target's link libraries, when rustc reports any (CMake refuses an empty property value).
static_link=${cmake_libs:+INTERFACE_LINK_LIBRARIES \"${cmake_libs%;}\"}
cat >"$lib/cmake/ChatErrors/ChatErrorsConfig.cmake" <<EOF
# ChatErrors $version: the error codes of the Agora Chat SDKs.
# Imported targets:
#   ChatErrors::chat_errors         the shared library (libchat_errors.so.$abi)
#   ChatErrors::chat_errors_static  the static library
# Both carry the include directory of chat_errors.h and chat_errors.hpp.
get_filename_component(_chat_errors_prefix "\${CMAKE_CURRENT_LIST_DIR}/../../.." ABSOLUTE)
# _chat_errors_import(TARGET SHARED|STATIC LIBRARY [PROPERTY VALUE...])
function(_chat_errors_import target type library)
  if(NOT TARGET \${target})
    add_library(\${target} \${type} IMPORTED)
    set_target_properties(\${target} PROPERTIES
      IMPORTED_LOCATION "\${_chat_errors_prefix}/lib/\${library}"
      INTERFACE_INCLUDE_DIRECTORIES "\${_chat_errors_prefix}/include" \${ARGN})
  endif()
endfunction()
_chat_errors_import(ChatErrors::chat_errors SHARED libchat_errors.so.$version
  IMPORTED_SONAME "libchat_errors.so.$abi")
_chat_errors_import(ChatErrors::chat_errors_static STATIC libchat_errors.a $static_link)
unset(_chat_errors_prefix)
EOF

cat >"$lib/cmake/ChatErrors/ChatErrorsConfigVersion.cmake" <<EOF
# Version $version: a request is met by the same major version (for 0.x, the
# same minor version too) that is not older than the one requested.
set(PACKAGE_VERSION "$version")
set(PACKAGE_VERSION_COMPATIBLE FALSE)
if(NOT PACKAGE_FIND_VERSION VERSION_GREATER PACKAGE_VERSION)
  if(PACKAGE_FIND_VERSION_MAJOR EQUAL "$(cut -d. -f1 <<<"$version")")
    if(NOT PACKAGE_FIND_VERSION_MAJOR EQUAL 0 OR PACKAGE_FIND_VERSION_MINOR EQUAL "$(cut -d. -f2 <<<"$version")")
      set(PACKAGE_VERSION_COMPATIBLE TRUE)
    endif()
  endif()
endif()
if(PACKAGE_FIND_VERSION STREQUAL PACKAGE_VERSION)
  set(PACKAGE_VERSION_EXACT TRUE)
endif()
if(DEFINED CMAKE_SIZEOF_VOID_P AND NOT CMAKE_SIZEOF_VOID_P EQUAL "$((pointer_bits / 8))")
  set(PACKAGE_VERSION "\${PACKAGE_VERSION} ($pointer_bits-bit)")
  set(PACKAGE_VERSION_UNSUITABLE TRUE)
endif()
EOF

echo "installed chat_errors $version (ABI $abi) under $prefix"
