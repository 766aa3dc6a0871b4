#pragma once

#include <QStringList>

namespace lf::cli {

/// Runs one leadflow-cli command line (arguments[0] is the program); returns the exit code.
int run(const QStringList &arguments);

} // namespace lf::cli
