#include "sampledata.h"

#include "io/leadimporter.h"

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
    return report->created;
}

} // namespace lf
