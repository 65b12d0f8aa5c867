// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace lp::test {

// Runs the Catch2 session over the command line; the application object must exist.
int runCatch(int argc, char* argv[]);

} // namespace lp::test
