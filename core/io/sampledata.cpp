#include "sampledata.h"

#include "io/leadimporter.h"
#include "scoring/scorer.h"
#include "storage/database.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace lf {

Result<qint64> loadSampleLeads(const Database &database, Progress &progress)
{
    LeadImportOptions options;
    options.actor = QCoreApplication::translate("SampleData", "sample data");
    LeadImporter importer(database);
    auto report = importer.run(u":/sample/leads-sample.csv"_s, options, &progress);
    if (!report)
        return fail(report.error());
    // Imports leave scoring to one pass over the base afterwards.
    auto connection = Connection::open(database, u"sample-scoring"_s);
    if (!connection)
        return fail(connection.error());
    if (auto scored = ScoringService((*connection)->sql()).rescoreAll(); !scored)
        return fail(scored.error());
    return report->created;
}

} // namespace lf
