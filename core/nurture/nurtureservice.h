#pragma once

#include "domain/stage.h"
#include "util/result.h"

#include <QSqlDatabase>

namespace lf {

/// Nurture sequences, enrolments and tasks (being written).
class NurtureService
{
public:
    explicit NurtureService(QSqlDatabase db);

    /// Called by the lead service in the transaction of every stage change: ends the lead's active
    /// enrolments (the lead moved on) and enrols it in the sequences marked to take leads that
    /// enter nurturing.
    Status onStageChanged(qint64 leadId, Stage from, Stage to);

private:
    QSqlDatabase m_db;
};

} // namespace lf
