// Nurture commands (being written).

#include "cli.h"

namespace lf::cli {

QList<Command> nurtureCommands()
{
    return {};
}

} // namespace lf::cli
