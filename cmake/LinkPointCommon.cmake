# SPDX-FileCopyrightText: 2026 LinkPoint contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# linkpoint_common: the INTERFACE target every LinkPoint target links. It carries the language
# standard, the warnings and the strict Qt macros, so no target sets them on its own.
add_library(linkpoint_common INTERFACE)
target_compile_features(linkpoint_common INTERFACE cxx_std_20)
target_include_directories(linkpoint_common INTERFACE ${PROJECT_SOURCE_DIR})
target_compile_definitions(linkpoint_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    LINKPOINT_VERSION="${PROJECT_VERSION}")
target_compile_options(linkpoint_common INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
        -Wcast-align -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough>
    $<$<CXX_COMPILER_ID:MSVC>:/W4 /permissive- /utf-8>)

set(CMAKE_AUTOMOC ON)
