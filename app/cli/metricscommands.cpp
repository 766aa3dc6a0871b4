// Metrics commands (being written).

#include "cli.h"

namespace lf::cli {

QList<Command> metricsCommands()
{
    return {};
}

} // namespace lf::cli
