// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Catch2's implementation, compiled once for both mains (catchmain.cpp): it is the slowest file
// of the build, and Catch::Session is declared only where the implementation is.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "tests/catchrun.h"

int lp::test::runCatch(int argc, char* argv[])
{
    return Catch::Session().run(argc, argv);
}
