#pragma once

#include "io/progress.h"
#include "util/result.h"

namespace lf {

class Database;

/// Imports the sample leads shipped with Leadflow (resources/sample/leads-sample.csv, 600 leads
/// in the shape of a HubSpot export) as an ordinary import, so `undo-import` removes them again.
/// Opens its own connection: call it from any thread. Returns the number of leads created.
Result<qint64> loadSampleLeads(const Database &database, Progress &progress);

} // namespace lf
